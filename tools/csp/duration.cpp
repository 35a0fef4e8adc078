// tools/csp/duration.cpp: Go's time.ParseDuration and Duration.String (go/src/time/format.go,
// time.go), for the driver's flags. Same grammar, same overflow rule, same output.
#include "tools/csp/duration.h"

#include <cstdio>
#include <cstring>

namespace csp::driver {

namespace {

struct Unit {
  const char* name;
  uint64_t ns;
};

// Longest names first where one is a prefix of another ("ms" before "m").
const Unit kUnits[] = {{"ns", 1},           {"us", 1000},          {"\xc2\xb5s", 1000}, {"\xce\xbcs", 1000},
                       {"ms", 1000000},     {"s", 1000000000},     {"m", 60000000000ull}, {"h", 3600000000000ull}};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool parseGoDuration(const std::string& in, int64_t* out) {
  size_t i = 0, n = in.size();
  bool neg = false;
  if (i < n && (in[i] == '-' || in[i] == '+')) neg = in[i++] == '-';
  if (in.substr(i) == "0") {
    *out = 0;
    return true;
  }
  if (i == n) return false;
  uint64_t total = 0;
  const uint64_t limit = uint64_t{1} << 63;  // |int64 min|
  while (i < n) {
    // [0-9]*(\.[0-9]*)?
    uint64_t whole = 0;
    size_t start = i;
    bool overflow = false;
    while (i < n && isDigit(in[i])) {
      if (whole > (limit - static_cast<uint64_t>(in[i] - '0')) / 10) overflow = true;
      else whole = whole * 10 + static_cast<uint64_t>(in[i] - '0');
      i++;
    }
    bool sawWhole = i > start;
    uint64_t frac = 0, scale = 1;
    bool sawFrac = false;
    if (i < n && in[i] == '.') {
      i++;
      size_t fs = i;
      while (i < n && isDigit(in[i])) {
        if (scale < 1000000000000000000ull) {  // more digits than that cannot change the result
          frac = frac * 10 + static_cast<uint64_t>(in[i] - '0');
          scale *= 10;
        }
        i++;
      }
      sawFrac = i > fs;
    }
    if (overflow || (!sawWhole && !sawFrac)) return false;
    // The unit: a run of non-digit, non-dot characters.
    size_t us = i;
    while (i < n && in[i] != '.' && !isDigit(in[i])) i++;
    if (i == us) return false;  // "missing unit in duration"
    std::string unit = in.substr(us, i - us);
    const Unit* u = nullptr;
    for (const Unit& k : kUnits)
      if (unit == k.name) u = &k;
    if (u == nullptr) return false;  // "unknown unit"
    if (whole > limit / u->ns) return false;
    uint64_t v = whole * u->ns;
    if (frac > 0) {
      // (float64 in Go: frac * unit / scale, truncated.)
      v += static_cast<uint64_t>(static_cast<double>(frac) * (static_cast<double>(u->ns) / static_cast<double>(scale)));
      if (v > limit) return false;
    }
    total += v;
    if (total > limit) return false;
  }
  if (!neg && total > limit - 1) return false;
  *out = neg ? static_cast<int64_t>(0 - total) : static_cast<int64_t>(total);
  return true;
}

namespace {

// Go's fmtFrac: v's last prec digits as a fraction without trailing zeros; v /= 10^prec.
std::string fracPart(uint64_t* v, int prec) {
  std::string digits;
  bool print = false;
  for (int i = 0; i < prec; i++) {
    int d = static_cast<int>(*v % 10);
    print = print || d != 0;
    if (print) digits.insert(digits.begin(), static_cast<char>('0' + d));
    *v /= 10;
  }
  return print ? "." + digits : "";
}

}  // namespace

std::string formatGoDuration(int64_t d) {
  if (d == 0) return "0s";
  bool neg = d < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
  std::string s;
  if (u < 1000000000) {
    // Under a second: ns, µs or ms with a fraction.
    if (u < 1000) return (neg ? "-" : "") + std::to_string(u) + "ns";
    int prec;
    const char* unit;
    if (u < 1000000) {
      prec = 3;
      unit = "\xc2\xb5s";
    } else {
      prec = 6;
      unit = "ms";
    }
    std::string f = fracPart(&u, prec);
    s = std::to_string(u) + f + unit;
  } else {
    std::string f = fracPart(&u, 9);
    uint64_t secs = u % 60;
    u /= 60;
    s = std::to_string(secs) + f + "s";
    if (u > 0) {
      s = std::to_string(u % 60) + "m" + s;
      u /= 60;
      if (u > 0) s = std::to_string(u) + "h" + s;
    }
  }
  return (neg ? "-" : "") + s;
}

std::string formatShortDuration(int64_t ns) {
  if (ns < 0) return "-" + formatShortDuration(-ns);
  if (ns < 1000) return std::to_string(ns) + "ns";
  double v = static_cast<double>(ns);
  const char* unit;
  if (ns >= 1000000000) {
    v /= 1e9;
    unit = "s";
  } else if (ns >= 1000000) {
    v /= 1e6;
    unit = "ms";
  } else {
    v /= 1e3;
    unit = "\xc2\xb5s";
  }
  char buf[32];
  snprintf(buf, sizeof buf, "%.*f%s", v >= 100 ? 0 : v >= 10 ? 1 : 2, v, unit);
  return buf;
}

}  // namespace csp::driver
