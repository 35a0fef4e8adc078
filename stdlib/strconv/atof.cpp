// stdlib/strconv/atof.cpp: ParseFloat and ParseComplex. Follows Go 1.19's strconv/atof.go
// (special, readFloat, atof64exact/atof32exact, atofHex, atof64/atof32, ParseFloat) and
// atoc.go (ParseComplex) step for step: the same syntax, the same fast paths in the same
// order (exact float arithmetic, Eisel-Lemire, then the Decimal slow path), so every result
// bit and every error matches Go's.
//
// Invariants:
//  - bitSize 32 never goes through a double rounding: each path rounds straight to float32.
//  - Only overflow is a range error (the result is then ±Inf); underflow quietly gives ±0 or
//    a subnormal, as in Go.
//  - Exponents are read saturating near 10000 (Go's "move the point a lot"), and at most 19
//    decimal (16 hex) significant digits enter the fast paths; the rest sets trunc.
#include "stdlib/strconv/internal.h"
#include "stdlib/strconv/strconv.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace csp::gostrconv {

using detail::Decimal;
using detail::FloatInfo;
using detail::kFloat32Info;
using detail::kFloat64Info;

namespace {

char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

// math.NaN()'s bits: ParseFloat("NaN", 64) returns exactly this NaN.
constexpr uint64_t kGoNaNBits = 0x7FF8000000000001;

double bits_to_double(uint64_t b) {
  double f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

// The length of the common prefix of s and prefix (lower case), ignoring s's case.
size_t common_prefix_len_ignore_case(std::string_view s, std::string_view prefix) {
  size_t n = std::min(prefix.size(), s.size());
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != prefix[i]) return i;
  }
  return n;
}

// Go's special: a prefix "inf", "infinity" (optionally signed) or "nan", any case.
bool special(std::string_view s, double* f, size_t* n) {
  if (s.empty()) return false;
  double sign = 1;
  size_t nsign = 0;
  switch (s[0]) {
    case '+':
    case '-':
      if (s[0] == '-') sign = -1;
      nsign = 1;
      s.remove_prefix(1);
      [[fallthrough]];
    case 'i':
    case 'I': {
      size_t m = common_prefix_len_ignore_case(s, "infinity");
      // Anything longer than "inf" is ok, but without all of "infinity" only "inf" counts.
      if (3 < m && m < 8) m = 3;
      if (m == 3 || m == 8) {
        *f = sign * std::numeric_limits<double>::infinity();
        *n = nsign + m;
        return true;
      }
      break;
    }
    case 'n':
    case 'N':
      if (common_prefix_len_ignore_case(s, "nan") == 3) {
        *f = bits_to_double(kGoNaNBits);
        *n = 3;
        return true;
      }
      break;
    default:
      break;
  }
  return false;
}

// What readFloat found.
struct Mantissa {
  uint64_t mantissa = 0;
  int64_t exp = 0;  // value = mantissa * base^exp (base 10, or 2 for hex)
  bool neg = false, trunc = false, hex = false;
  size_t n = 0;  // bytes consumed
  bool ok = false;
};

// Go's readFloat: a decimal or hex mantissa and exponent at the start of s.
Mantissa read_float(std::string_view s) {
  Mantissa m;
  size_t& i = m.n;
  bool underscores = false;
  if (i >= s.size()) return m;
  if (s[i] == '+') {
    i++;
  } else if (s[i] == '-') {
    m.neg = true;
    i++;
  }
  uint64_t base = 10;
  int max_mant_digits = 19;  // 10^19 fits in uint64
  char exp_char = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    base = 16;
    max_mant_digits = 16;  // 16^16 fits in uint64
    i += 2;
    exp_char = 'p';
    m.hex = true;
  }
  bool sawdot = false, sawdigits = false;
  int64_t nd = 0, nd_mant = 0, dp = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
      continue;
    }
    uint64_t digit;
    if (c >= '0' && c <= '9') {
      if (c == '0' && nd == 0) {  // ignore leading zeros
        sawdigits = true;
        dp--;
        continue;
      }
      digit = static_cast<uint64_t>(c - '0');
    } else if (base == 16 && lower(c) >= 'a' && lower(c) <= 'f') {
      digit = static_cast<uint64_t>(lower(c) - 'a' + 10);
    } else {
      break;
    }
    sawdigits = true;
    nd++;
    if (nd_mant < max_mant_digits) {
      m.mantissa = m.mantissa * base + digit;
      nd_mant++;
    } else if (digit != 0) {
      m.trunc = true;
    }
  }
  if (!sawdigits) return m;
  if (!sawdot) dp = nd;
  if (base == 16) {
    dp *= 4;
    nd_mant *= 4;
  }
  // Optional exponent; a huge one is clamped (it only has to move the point a lot).
  if (i < s.size() && lower(s[i]) == exp_char) {
    i++;
    if (i >= s.size()) return m;
    int64_t esign = 1;
    if (s[i] == '+') {
      i++;
    } else if (s[i] == '-') {
      i++;
      esign = -1;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return m;
    int64_t e = 0;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s[i] - '0');
    }
    dp += e * esign;
  } else if (base == 16) {
    return m;  // a hex float must have an exponent
  }
  if (m.mantissa != 0) m.exp = dp - nd_mant;
  if (underscores && !detail::underscore_ok(s.substr(0, i))) return m;
  m.ok = true;
  return m;
}

constexpr double kFloat64Pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr float kFloat32Pow10[] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f,
                                   1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

// Go's atof64exact: mantissa * 10^exp with a single correctly rounded float64 operation,
// when both operands are exact (integers <= 10^15, powers of ten <= 10^22).
bool atof64_exact(uint64_t mantissa, int64_t exp, bool neg, double* out) {
  if ((mantissa >> kFloat64Info.mantbits) != 0) return false;
  auto f = static_cast<double>(mantissa);
  if (neg) f = -f;
  if (exp == 0) {  // an integer
    *out = f;
    return true;
  }
  if (exp > 0 && exp <= 15 + 22) {  // int * 10^k
    // A big exponent with few digits: move some zeros into the integer part.
    if (exp > 22) {
      f *= kFloat64Pow10[exp - 22];
      exp = 22;
    }
    if (f > 1e15 || f < -1e15) return false;  // the exponent was really too large
    *out = f * kFloat64Pow10[exp];
    return true;
  }
  if (exp < 0 && exp >= -22) {  // int / 10^k
    *out = f / kFloat64Pow10[-exp];
    return true;
  }
  return false;
}

// Go's atof32exact: the same in float32 (integers <= 10^7, powers of ten <= 10^10).
bool atof32_exact(uint64_t mantissa, int64_t exp, bool neg, float* out) {
  if ((mantissa >> kFloat32Info.mantbits) != 0) return false;
  auto f = static_cast<float>(mantissa);
  if (neg) f = -f;
  if (exp == 0) {
    *out = f;
    return true;
  }
  if (exp > 0 && exp <= 7 + 10) {
    if (exp > 10) {
      f *= kFloat32Pow10[exp - 10];
      exp = 10;
    }
    if (f > 1e7f || f < -1e7f) return false;
    *out = f * kFloat32Pow10[exp];
    return true;
  }
  if (exp < 0 && exp >= -10) {
    *out = f / kFloat32Pow10[-exp];
    return true;
  }
  return false;
}

// Go's atofHex: rounds mantissa * 2^exp (trunc: non-zero bits were dropped) to the float
// described by flt, half to even; returns its bits and whether it overflowed to ±Inf.
uint64_t atof_hex(const FloatInfo& flt, uint64_t mantissa, int64_t exp, bool neg, bool trunc,
                  bool* overflow) {
  const int64_t max_exp = (int64_t{1} << flt.expbits) + flt.bias - 2;
  const int64_t min_exp = flt.bias + 1;
  exp += flt.mantbits;  // the mantissa is now implicitly divided by 2^mantbits
  // Bring the mantissa to a leading 1 followed by mantbits bits and two rounding bits, the
  // lowest of which is sticky (set if it or any dropped bit was non-zero).
  while (mantissa != 0 && (mantissa >> (flt.mantbits + 2)) == 0) {
    mantissa <<= 1;
    exp--;
  }
  if (trunc) mantissa |= 1;
  while ((mantissa >> (1 + flt.mantbits + 2)) != 0) {
    mantissa = mantissa >> 1 | (mantissa & 1);
    exp++;
  }
  // Too small: denormalize in hopes of making it representable (-2: the rounding bits).
  while (mantissa > 1 && exp < min_exp - 2) {
    mantissa = mantissa >> 1 | (mantissa & 1);
    exp++;
  }
  // Round using the two bottom bits, half to even.
  uint64_t round = mantissa & 3;
  mantissa >>= 2;
  round |= mantissa & 1;
  exp += 2;
  if (round == 3) {
    mantissa++;
    if (mantissa == uint64_t{1} << (1 + flt.mantbits)) {
      mantissa >>= 1;
      exp++;
    }
  }
  if ((mantissa >> flt.mantbits) == 0) exp = flt.bias;  // denormal or zero
  *overflow = exp > max_exp;
  if (*overflow) {  // infinity
    mantissa = uint64_t{1} << flt.mantbits;
    exp = max_exp + 1;
  }
  uint64_t bits = mantissa & ((uint64_t{1} << flt.mantbits) - 1);
  bits |= static_cast<uint64_t>((exp - flt.bias) & ((1 << flt.expbits) - 1)) << flt.mantbits;
  if (neg) bits |= uint64_t{1} << flt.mantbits << flt.expbits;
  return bits;
}

float bits_to_float(uint64_t b) {
  auto b32 = static_cast<uint32_t>(b);
  float f;
  std::memcpy(&f, &b32, sizeof f);
  return f;
}

bool in_int_range(int64_t e) { return e >= INT32_MIN && e <= INT32_MAX; }

// Go's atof64.
double atof64(std::string_view s, size_t* n, Status* status) {
  *status = Status::kOk;
  double val;
  if (special(s, &val, n)) return val;
  Mantissa m = read_float(s);
  *n = m.n;
  if (!m.ok) {
    *status = Status::kSyntax;
    return 0;
  }
  bool overflow = false;
  if (m.hex) {
    double f = bits_to_double(atof_hex(kFloat64Info, m.mantissa, m.exp, m.neg, m.trunc, &overflow));
    if (overflow) *status = Status::kRange;
    return f;
  }
  // Pure floating-point arithmetic, then Eisel-Lemire (its exp10 range is far inside int).
  double f;
  if (!m.trunc && atof64_exact(m.mantissa, m.exp, m.neg, &f)) return f;
  if (in_int_range(m.exp) && detail::eisel_lemire64(m.mantissa, static_cast<int>(m.exp), m.neg, &f)) {
    if (!m.trunc) return f;
    // A truncated mantissa may still give the right result: check the upper bound too.
    double f_up;
    if (detail::eisel_lemire64(m.mantissa + 1, static_cast<int>(m.exp), m.neg, &f_up) &&
        f == f_up) {
      return f;
    }
  }
  // Slow fallback.
  Decimal d;
  if (!d.set(s.substr(0, m.n))) {
    *status = Status::kSyntax;
    return 0;
  }
  f = bits_to_double(d.float_bits(kFloat64Info, &overflow));
  if (overflow) *status = Status::kRange;
  return f;
}

// Go's atof32: as atof64, every path rounding straight to float32.
float atof32(std::string_view s, size_t* n, Status* status) {
  *status = Status::kOk;
  double val;
  if (special(s, &val, n)) return static_cast<float>(val);
  Mantissa m = read_float(s);
  *n = m.n;
  if (!m.ok) {
    *status = Status::kSyntax;
    return 0;
  }
  bool overflow = false;
  if (m.hex) {
    float f = bits_to_float(atof_hex(kFloat32Info, m.mantissa, m.exp, m.neg, m.trunc, &overflow));
    if (overflow) *status = Status::kRange;
    return f;
  }
  float f;
  if (!m.trunc && atof32_exact(m.mantissa, m.exp, m.neg, &f)) return f;
  if (in_int_range(m.exp) && detail::eisel_lemire32(m.mantissa, static_cast<int>(m.exp), m.neg, &f)) {
    if (!m.trunc) return f;
    float f_up;
    if (detail::eisel_lemire32(m.mantissa + 1, static_cast<int>(m.exp), m.neg, &f_up) &&
        f == f_up) {
      return f;
    }
  }
  Decimal d;
  if (!d.set(s.substr(0, m.n))) {
    *status = Status::kSyntax;
    return 0;
  }
  f = bits_to_float(d.float_bits(kFloat32Info, &overflow));
  if (overflow) *status = Status::kRange;
  return f;
}

// Go's convErr for ParseComplex: a range error is kept pending, anything else is returned.
bool conv_err(Status st, Status* pending) {
  if (st == Status::kRange) {
    *pending = st;
    return false;
  }
  return st != Status::kOk;
}

}  // namespace

double detail::parse_float_prefix(std::string_view s, int64_t bit_size, size_t* n,
                                  Status* status) {
  if (bit_size == 32) return atof32(s, n, status);
  return atof64(s, n, status);
}

FloatResult ParseFloat(std::string_view s, int64_t bitSize) {
  size_t n = 0;
  Status st;
  double f = detail::parse_float_prefix(s, bitSize, &n, &st);
  if (n != s.size() && st != Status::kSyntax) return {0, Status::kSyntax};
  if (st == Status::kSyntax) return {0, st};
  return {f, st};
}

ComplexResult ParseComplex(std::string_view s, int64_t bitSize) {
  int64_t size = bitSize == 64 ? 32 : 64;  // complex64 uses float32 parts
  // Remove parentheses, if any.
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
  Status pending = Status::kOk;
  // The real part (or the imaginary part, if followed by 'i').
  size_t n = 0;
  Status st;
  double re = detail::parse_float_prefix(s, size, &n, &st);
  if (conv_err(st, &pending)) return {0, 0, st};
  s.remove_prefix(n);
  if (s.empty()) return {re, 0, pending};
  switch (s[0]) {
    case '+':
      // Consume the '+' so that "+NaNi" parses, but not in "++" (don't hide that error).
      if (s.size() > 1 && s[1] != '+') s.remove_prefix(1);
      break;
    case '-':
      break;
    case 'i':
      if (s.size() == 1) return {0, re, pending};  // only an imaginary part
      return {0, 0, Status::kSyntax};
    default:
      return {0, 0, Status::kSyntax};
  }
  double im = detail::parse_float_prefix(s, size, &n, &st);
  if (conv_err(st, &pending)) return {0, 0, st};
  s.remove_prefix(n);
  if (s != "i") return {0, 0, Status::kSyntax};
  return {re, im, pending};
}

}  // namespace csp::gostrconv
