// stdlib/strconv/internal.h: pieces of the strconv port shared between its .cpp files (not
// part of the API in strconv.h).
#pragma once

#include "stdlib/strconv/strconv.h"

#include <cstdint>
#include <string_view>

namespace csp::gostrconv::detail {

// Go's underscoreOK (atoi.cpp): underscores in a number literal only between digits, or
// between a base prefix and a digit.
bool underscore_ok(std::string_view s);

// Go's floatInfo: the layout of float32 or float64.
struct FloatInfo {
  unsigned mantbits;
  unsigned expbits;
  int bias;
};
inline constexpr FloatInfo kFloat32Info{23, 8, -127};
inline constexpr FloatInfo kFloat64Info{52, 11, -1023};

// Go's decimal (decimal.go): a multiprecision decimal, digits d[0..nd) with the decimal point
// at dp, used by ParseFloat's slow path. Digits beyond the capacity are dropped and recorded
// in trunc (only non-zero ones).
struct Decimal {
  static constexpr int kCapacity = 800;
  char d[kCapacity];
  int nd = 0;
  int64_t dp = 0;  // Go's int
  bool neg = false;
  bool trunc = false;

  // Go's decimal.set: parses a number readFloat already accepted (decimal, not hex).
  bool set(std::string_view s);
  // Binary shift left (k > 0) or right (k < 0).
  void shift(int k);
  // The integer part, rounded half to even (trunc counts as "above half").
  uint64_t rounded_integer() const;
  // Go's decimal.floatBits: the bits of the float nearest this value; overflow -> ±Inf bits.
  uint64_t float_bits(const FloatInfo& flt, bool* overflow);
};

// Eisel-Lemire (eisel_lemire.go): man * 10^exp10 correctly rounded, or false when the
// algorithm cannot decide (then the caller falls back to Decimal).
bool eisel_lemire64(uint64_t man, int exp10, bool neg, double* f);
bool eisel_lemire32(uint64_t man, int exp10, bool neg, float* f);

// Go's parseFloatPrefix: parses a float at the start of s; *n is the length of the prefix
// read (also on errors, as Go's n). Status kOk, kSyntax or kRange.
double parse_float_prefix(std::string_view s, int64_t bit_size, size_t* n, Status* status);

}  // namespace csp::gostrconv::detail
