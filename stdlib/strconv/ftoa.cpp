// stdlib/strconv/ftoa.cpp: FormatFloat/AppendFloat and FormatComplex. The formatting itself
// is the runtime's port of Go's strconv/ftoa.go (runtime/fmt_float.cpp, rt::append_float,
// shared with fmt's %e/%f/%g/%x/%b); this file adds what only strconv can reach: unknown
// format bytes (Go writes '%' and the byte), out-of-range precisions, and ctoa.go.
#include "stdlib/strconv/strconv.h"

#include "runtime/fmt.h"

#include <climits>
#include <cmath>

namespace csp::gostrconv {

namespace {

bool known_format(char fmt) {
  switch (fmt) {
    case 'b': case 'e': case 'E': case 'f': case 'g': case 'G': case 'x': case 'X': return true;
    default: return false;
  }
}

}  // namespace

void AppendFloat(std::string& dst, double f, char fmt, int64_t prec, int64_t bitSize) {
  if (!ValidFloatBitSize(bitSize)) return;
  int bits = static_cast<int>(bitSize);
  if (!known_format(fmt)) {
    // Go checks for NaN and ±Inf (of the value rounded to bitSize) before the format.
    double v = bits == 32 ? static_cast<double>(static_cast<float>(f)) : f;
    if (std::isnan(v) || std::isinf(v)) {
      rt::append_float(dst, v, 'g', -1, bits);
    } else {
      dst.push_back('%');
      dst.push_back(fmt);
    }
    return;
  }
  // Any negative precision means shortest; a precision beyond INT_MAX could not be
  // allocated by Go either.
  int p = prec < 0 ? -1 : prec > INT_MAX ? INT_MAX : static_cast<int>(prec);
  rt::append_float(dst, f, fmt, p, bits);
}

std::string FormatFloat(double f, char fmt, int64_t prec, int64_t bitSize) {
  std::string s;
  AppendFloat(s, f, fmt, prec, bitSize);
  return s;
}

// Go's ctoa.go: "(" + real + signed imaginary + "i)", each part a float of half the size.
std::string FormatComplex(double re, double im, char fmt, int64_t prec, int64_t bitSize) {
  if (!ValidComplexBitSize(bitSize)) return "";
  int64_t part_size = bitSize / 2;
  std::string ims = FormatFloat(im, fmt, prec, part_size);
  std::string s = "(";
  AppendFloat(s, re, fmt, prec, part_size);
  if (ims.empty() || (ims[0] != '+' && ims[0] != '-')) s.push_back('+');
  s += ims;
  s += "i)";
  return s;
}

}  // namespace csp::gostrconv
