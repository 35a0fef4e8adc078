// stdlib/strconv/eisel_lemire.cpp: ParseFloat's fast path, the Eisel-Lemire algorithm
// (https://nigeltao.github.io/blog/2020/eisel-lemire.html). Follows Go 1.19's
// strconv/eisel_lemire.go step for step; the comments name the blog post's sections as Go's do.
//
// Invariants: a true result is the correctly rounded man * 10^exp10; false means "undecided"
// (halfway ambiguity, a too wide product, subnormal or overflowing results, exp10 outside the
// table) and the caller must fall back to Decimal, exactly where Go falls back.
#include "stdlib/strconv/internal.h"

#include <bit>
#include <cstring>

namespace csp::gostrconv::detail {

namespace {

constexpr int kMinExp10 = -348;
constexpr int kMaxExp10 = 347;

// {low, high} 64 bits of the top 128 bits of 10^q, q = kMinExp10 + row, rounded down.
constexpr uint64_t kPowersOfTen[][2] = {
#include "stdlib/strconv/pow10_table.inc"
};
static_assert(sizeof kPowersOfTen / sizeof kPowersOfTen[0] == kMaxExp10 - kMinExp10 + 1);

void mul64(uint64_t a, uint64_t b, uint64_t* hi, uint64_t* lo) {
  unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  *hi = static_cast<uint64_t>(p >> 64);
  *lo = static_cast<uint64_t>(p);
}

// The shared body. mant_keep is the number of result mantissa bits (53 or 24), bias the
// exponent bias; returns the biased exponent and the mantissa (with its implicit bit), or
// false.
bool eisel_lemire(uint64_t man, int exp10, int mant_keep, int bias, uint64_t* ret_mant,
                  uint64_t* ret_exp2) {
  if (exp10 < kMinExp10 || kMaxExp10 < exp10) return false;
  // The bits below the 54 (or 25) kept after the top one.
  const int low_bits = 64 - 1 - mant_keep;             // 10 for float64, 39 for float32
  const uint64_t low_mask = (uint64_t{1} << (low_bits - 1)) - 1;  // 0x1FF or 0x3FFFFFFFFF

  // Normalization.
  int clz = std::countl_zero(man);
  man <<= clz;
  // Go computes 217706*exp10>>16 with an arithmetic shift (floor); C++20 >> does the same.
  uint64_t ret_exp2_v =
      static_cast<uint64_t>((217706 * exp10 >> 16) + 64 + bias) - static_cast<uint64_t>(clz);

  // Multiplication.
  const uint64_t* pow = kPowersOfTen[exp10 - kMinExp10];
  uint64_t x_hi, x_lo;
  mul64(man, pow[1], &x_hi, &x_lo);

  // Wider Approximation.
  if ((x_hi & low_mask) == low_mask && x_lo + man < man) {
    uint64_t y_hi, y_lo;
    mul64(man, pow[0], &y_hi, &y_lo);
    uint64_t merged_hi = x_hi, merged_lo = x_lo + y_hi;
    if (merged_lo < x_lo) merged_hi++;
    if ((merged_hi & low_mask) == low_mask && merged_lo + 1 == 0 && y_lo + man < man) {
      return false;
    }
    x_hi = merged_hi;
    x_lo = merged_lo;
  }

  // Shifting to 54 Bits (25 for float32).
  uint64_t msb = x_hi >> 63;
  uint64_t ret_mantissa = x_hi >> (msb + static_cast<uint64_t>(low_bits - 1));
  ret_exp2_v -= 1 ^ msb;

  // Half-way Ambiguity.
  if (x_lo == 0 && (x_hi & low_mask) == 0 && (ret_mantissa & 3) == 1) return false;

  // From 54 to 53 Bits (25 to 24).
  ret_mantissa += ret_mantissa & 1;
  ret_mantissa >>= 1;
  if ((ret_mantissa >> mant_keep) > 0) {
    ret_mantissa >>= 1;
    ret_exp2_v += 1;
  }
  *ret_mant = ret_mantissa;
  *ret_exp2 = ret_exp2_v;
  return true;
}

}  // namespace

bool eisel_lemire64(uint64_t man, int exp10, bool neg, double* f) {
  // Exp10 Range.
  if (man == 0) {
    *f = neg ? -0.0 : 0.0;
    return true;
  }
  uint64_t mant, exp2;
  if (!eisel_lemire(man, exp10, 53, 1023, &mant, &exp2)) return false;
  // exp2 is unsigned: 0 or "negative" means subnormal, 0x7FF or above Inf/NaN.
  if (exp2 - 1 >= 0x7FF - 1) return false;
  uint64_t bits = exp2 << 52 | (mant & 0x000FFFFFFFFFFFFF);
  if (neg) bits |= 0x8000000000000000;
  std::memcpy(f, &bits, sizeof bits);
  return true;
}

bool eisel_lemire32(uint64_t man, int exp10, bool neg, float* f) {
  if (man == 0) {
    *f = neg ? -0.0f : 0.0f;
    return true;
  }
  uint64_t mant, exp2;
  if (!eisel_lemire(man, exp10, 24, 127, &mant, &exp2)) return false;
  if (exp2 - 1 >= 0xFF - 1) return false;
  auto bits = static_cast<uint32_t>(exp2 << 23 | (mant & 0x007FFFFF));
  if (neg) bits |= 0x80000000;
  std::memcpy(f, &bits, sizeof bits);
  return true;
}

}  // namespace csp::gostrconv::detail
