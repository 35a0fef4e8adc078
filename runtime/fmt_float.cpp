// runtime/fmt_float.cpp: float formatting for fmt, a port of strconv.AppendFloat (ftoa.go)
// and of fmt's fmtFloat (format.go).
//
// How digits are obtained (the layout code below is Go's, verbatim in spirit):
//  - shortest (prec < 0): std::to_chars gives the shortest digits that round-trip, for
//    float or double according to the bit size, exactly as Go's Ryu-based shortest mode.
//  - fixed precision: snprintf("%.*e"/"%.*f"), which glibc rounds exactly
//    (round-half-even on exact ties), the same result Go's exact decimal rounding gives.
// Digits are then held as a Go decimalSlice: d[0..nd) with no trailing zeros, decimal point
// at dp; zero is nd == 0, dp == 0.
#include "runtime/fmt.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace csp::rt {

namespace {

struct Decimal {
  std::string d;  // significant digits, no leading or trailing zeros
  int dp = 0;     // decimal point position
  int nd() const { return static_cast<int>(d.size()); }
};

// Normalizes digits of "D.DDDDe±X" scientific text.
Decimal from_scientific(const char* s, size_t n) {
  Decimal dec;
  size_t i = 0;
  for (; i < n && s[i] != 'e'; i++) {
    if (s[i] >= '0' && s[i] <= '9') dec.d.push_back(s[i]);
  }
  int exp = 0;
  bool neg_exp = false;
  for (size_t j = i + 1; j < n; j++) {  // the text is not NUL-terminated
    if (s[j] == '-') neg_exp = true;
    if (s[j] >= '0' && s[j] <= '9') exp = exp * 10 + (s[j] - '0');
  }
  if (neg_exp) exp = -exp;
  dec.dp = exp + 1;
  while (!dec.d.empty() && dec.d.back() == '0') dec.d.pop_back();
  if (dec.d.empty()) dec.dp = 0;
  return dec;
}

// Normalizes digits of "DDD.DDD" fixed text.
Decimal from_fixed(const char* s, size_t n) {
  Decimal dec;
  int int_digits = 0;
  bool in_frac = false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '.') {
      in_frac = true;
      continue;
    }
    if (!in_frac) int_digits++;
    dec.d.push_back(s[i]);
  }
  dec.dp = int_digits;
  size_t lead = 0;
  while (lead < dec.d.size() && dec.d[lead] == '0') lead++;
  dec.d.erase(0, lead);
  dec.dp -= static_cast<int>(lead);
  while (!dec.d.empty() && dec.d.back() == '0') dec.d.pop_back();
  if (dec.d.empty()) dec.dp = 0;
  return dec;
}

Decimal shortest_digits(double v, int bit_size) {
  char buf[64];
  std::to_chars_result r = bit_size == 32
      ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::scientific)
      : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  return from_scientific(buf, static_cast<size_t>(r.ptr - buf));
}

// v >= 0. mode 'e': prec digits after the point in scientific form; 'f': after the point.
Decimal fixed_digits(double v, char mode, int prec) {
  int n = std::snprintf(nullptr, 0, mode == 'e' ? "%.*e" : "%.*f", prec, v);
  std::vector<char> buf(static_cast<size_t>(n) + 1);
  std::snprintf(buf.data(), buf.size(), mode == 'e' ? "%.*e" : "%.*f", prec, v);
  return mode == 'e' ? from_scientific(buf.data(), static_cast<size_t>(n))
                     : from_fixed(buf.data(), static_cast<size_t>(n));
}

// %e: -d.ddddde±dd
void fmt_e(std::string& dst, bool neg, const Decimal& d, int prec, char fmt) {
  if (neg) dst.push_back('-');
  dst.push_back(d.nd() != 0 ? d.d[0] : '0');
  if (prec > 0) {
    dst.push_back('.');
    int i = 1;
    int m = std::min(d.nd(), prec + 1);
    if (i < m) {
      dst.append(d.d, 1, static_cast<size_t>(m - 1));
      i = m;
    }
    for (; i <= prec; i++) dst.push_back('0');
  }
  dst.push_back(fmt);
  int exp = d.nd() == 0 ? 0 : d.dp - 1;  // 0 has exponent 0
  dst.push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) {
    dst.push_back('0');
    dst.push_back(static_cast<char>('0' + exp));
  } else if (exp < 100) {
    dst.push_back(static_cast<char>('0' + exp / 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  } else {
    dst.push_back(static_cast<char>('0' + exp / 100));
    dst.push_back(static_cast<char>('0' + exp / 10 % 10));
    dst.push_back(static_cast<char>('0' + exp % 10));
  }
}

// %f: -ddddddd.ddddd
void fmt_f(std::string& dst, bool neg, const Decimal& d, int prec) {
  if (neg) dst.push_back('-');
  if (d.dp > 0) {
    int m = std::min(d.nd(), d.dp);
    dst.append(d.d, 0, static_cast<size_t>(m));
    for (; m < d.dp; m++) dst.push_back('0');
  } else {
    dst.push_back('0');
  }
  if (prec > 0) {
    dst.push_back('.');
    for (int i = 1; i <= prec; i++) {
      int j = d.dp + i - 1;
      dst.push_back(0 <= j && j < d.nd() ? d.d[static_cast<size_t>(j)] : '0');
    }
  }
}

// strconv's formatDigits.
void format_digits(std::string& dst, bool shortest, bool neg, const Decimal& d, int prec, char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmt_e(dst, neg, d, prec, fmt);
      return;
    case 'f':
      fmt_f(dst, neg, d, prec);
      return;
    default: {  // 'g', 'G'
      int eprec = prec;
      if (eprec > d.nd() && d.nd() >= d.dp) eprec = d.nd();
      // %e is used if the exponent from the conversion is less than -4 or greater than or
      // equal to the precision; shortest formatting uses precision 6 for this decision.
      if (shortest) eprec = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd()) prec = d.nd();
        fmt_e(dst, neg, d, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > d.dp) prec = d.nd();
      fmt_f(dst, neg, d, std::max(prec - d.dp, 0));
    }
  }
}

struct FloatBits {
  bool neg;
  uint64_t mant;
  int exp;  // unbiased binary exponent of mant's lowest bit + mantbits
  int mantbits;
  bool inf, nan;
};

FloatBits decompose(double v, int bit_size) {
  FloatBits b{};
  uint64_t bits;
  int expbits, bias;
  if (bit_size == 32) {
    float f = static_cast<float>(v);
    uint32_t b32;
    std::memcpy(&b32, &f, 4);
    bits = b32;
    b.mantbits = 23, expbits = 8, bias = -127;
  } else {
    std::memcpy(&bits, &v, 8);
    b.mantbits = 52, expbits = 11, bias = -1023;
  }
  b.neg = (bits >> (expbits + b.mantbits)) != 0;
  int exp = static_cast<int>(bits >> b.mantbits) & ((1 << expbits) - 1);
  b.mant = bits & ((uint64_t{1} << b.mantbits) - 1);
  if (exp == (1 << expbits) - 1) {
    b.nan = b.mant != 0;
    b.inf = !b.nan;
    return b;
  }
  if (exp == 0) {
    exp++;  // denormal
  } else {
    b.mant |= uint64_t{1} << b.mantbits;
  }
  b.exp = exp + bias;
  return b;
}

// %b: -ddddp±ddd
void fmt_b(std::string& dst, const FloatBits& b) {
  if (b.neg) dst.push_back('-');
  dst += std::to_string(b.mant);
  dst.push_back('p');
  int exp = b.exp - b.mantbits;
  if (exp >= 0) dst.push_back('+');
  dst += std::to_string(exp);
}

// %x: -0x1.yyyyyyp±ddd or -0x0p+00
void fmt_x(std::string& dst, int prec, char fmt, FloatBits b) {
  uint64_t mant = b.mant;
  int exp = b.exp;
  if (mant == 0) exp = 0;
  mant <<= 60 - b.mantbits;  // leading 1 (if any) at bit 60
  while (mant != 0 && (mant & (uint64_t{1} << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {  // round
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t{1} << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t{1} << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t{1} << 61)) {  // wrapped around
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? kUpperDigits : kLowerDigits;
  if (b.neg) dst.push_back('-');
  dst.push_back('0');
  dst.push_back(fmt);
  dst.push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
  mant <<= 4;  // remove leading 0 or 1
  if (prec < 0 && mant != 0) {
    dst.push_back('.');
    for (; mant != 0; mant <<= 4) dst.push_back(hex[(mant >> 60) & 15]);
  } else if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++, mant <<= 4) dst.push_back(hex[(mant >> 60) & 15]);
  }
  dst.push_back(fmt == 'X' ? 'P' : 'p');
  dst.push_back(exp < 0 ? '-' : '+');
  if (exp < 0) exp = -exp;
  if (exp < 10) dst.push_back('0');  // at least two digits
  dst += std::to_string(exp);
}

}  // namespace

void append_float(std::string& dst, double v, char fmt, int prec, int bit_size) {
  FloatBits b = decompose(v, bit_size);
  if (b.nan || b.inf) {
    dst += b.nan ? "NaN" : b.neg ? "-Inf" : "+Inf";
    return;
  }
  if (fmt == 'b') return fmt_b(dst, b);
  if (fmt == 'x' || fmt == 'X') return fmt_x(dst, prec, fmt, b);
  double a = std::fabs(bit_size == 32 ? static_cast<double>(static_cast<float>(v)) : v);
  bool shortest = prec < 0;
  Decimal d;
  if (shortest) {
    d = shortest_digits(a, bit_size);
    switch (fmt) {
      case 'e': case 'E': prec = std::max(d.nd() - 1, 0); break;
      case 'f': prec = std::max(d.nd() - d.dp, 0); break;
      default: prec = d.nd(); break;
    }
  } else if (fmt == 'e' || fmt == 'E') {
    d = fixed_digits(a, 'e', prec);
  } else if (fmt == 'f') {
    d = fixed_digits(a, 'f', prec);
  } else {  // g, G
    if (prec == 0) prec = 1;
    d = fixed_digits(a, 'e', prec - 1);
  }
  format_digits(dst, shortest, b.neg, d, prec, fmt);
}

double any_float(const csp_any& a) {
  if (a.type->kind == CSP_KIND_FLOAT32) {
    float f;
    auto lo = static_cast<uint32_t>(a.data);
    std::memcpy(&f, &lo, 4);
    return f;
  }
  double d;
  std::memcpy(&d, &a.data, 8);
  return d;
}

// Go's fmt.fmtFloat: sign handling, Inf/NaN, the # flag, zero padding after the sign.
void Formatter::fmt_float(double v, int size, char verb, int prec) {
  if (f.prec_present) prec = f.prec;
  std::string num = "+";  // reserve room for a leading sign
  append_float(num, v, verb, prec, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  } else {
    num[0] = '+';
  }
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  // Infinities and NaN don't look like numbers: never pad them with zeros.
  if (num[1] == 'I' || num[1] == 'N') {
    bool old_zero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    pad(num);
    f.zero = old_zero;
    return;
  }
  // The sharp flag forces a decimal point but keeps trailing zeros for %e, %f, and %g
  // prints prec significant digits.
  if (f.sharp && verb != 'b') {
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') digits = prec == -1 ? 6 : prec;
    std::string tail;
    bool has_point = false, saw_nonzero = false;
    for (size_t i = 1; i < num.size(); i++) {
      char c = num[i];
      if (c == '.') {
        has_point = true;
        continue;
      }
      if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.resize(i);
        break;
      }
      if (c != '0') saw_nonzero = true;
      if (saw_nonzero) digits--;  // significant digits after the first non-zero one
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') digits--;  // a leading 0 counts once
      num.push_back('.');
    }
    for (; digits > 0; digits--) num.push_back('0');
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    // Zero padding goes between the sign and the digits.
    if (f.zero && f.wid_present && f.wid > static_cast<int>(num.size())) {
      buf_.push_back(num[0]);
      write_padding(f.wid - static_cast<int>(num.size()));
      buf_.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

}  // namespace csp::rt
