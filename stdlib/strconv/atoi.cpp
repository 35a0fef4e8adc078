// stdlib/strconv/atoi.cpp: strconv's integer and bool parsing and formatting, and the text of
// its errors. Follows Go 1.19's strconv/atoi.go (ParseUint, ParseInt, underscoreOK, NumError),
// atob.go and itoa.go (formatBits).
//
// Invariants (Go's, kept on purpose):
//  - Error precedence: empty input is a syntax error before the base is looked at; then the
//    base, then the bit size; digits are checked left to right, so "9x" in base 8 is a syntax
//    error but "77777777777777777777777x" is a range error (overflow is seen first).
//  - Underscores are skipped while scanning (base 0 only) and validated afterwards, on the
//    whole input, by underscore_ok; a range error found first wins.
//  - Range errors return the clamped value: maxVal for ParseUint, the bound of the sign for
//    ParseInt.
#include "stdlib/strconv/internal.h"
#include "stdlib/strconv/strconv.h"

#include "runtime/fmt.h"

namespace csp::gostrconv {

namespace {

// Lower-cases an ASCII letter (and maps some non-letters to other non-letters): Go's lower.
char lower(char c) { return static_cast<char>(c | ('x' - 'X')); }

}  // namespace

bool detail::underscore_ok(std::string_view s) {
  char saw = '^';  // ^ start, 0 digit or base prefix, _ underscore, ! anything else
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' &&
      (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';  // the base prefix counts as a digit
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

namespace {

// Base 0: picks the base from the prefix and strips it (Go keeps a lone "0" as octal "").
int pick_base(std::string_view& s) {
  if (s[0] != '0') return 10;
  if (s.size() >= 3) {
    switch (lower(s[1])) {
      case 'b': s.remove_prefix(2); return 2;
      case 'o': s.remove_prefix(2); return 8;
      case 'x': s.remove_prefix(2); return 16;
      default: break;
    }
  }
  s.remove_prefix(1);
  return 8;
}

// The value of digit c, or 255 if c is not a digit in any base.
unsigned digit_value(char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  char l = lower(c);
  if (l >= 'a' && l <= 'z') return static_cast<unsigned>(l - 'a' + 10);
  return 255;
}

constexpr std::string_view kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";

// Go's formatBits: u in base (2..36), negated first if neg (u is then an int64's bits).
void format_bits(std::string& dst, uint64_t u, int base, bool neg) {
  char a[65];  // 64 binary digits and a sign
  int i = sizeof a;
  if (neg) u = -u;
  auto b = static_cast<uint64_t>(base);
  while (u >= b) {
    a[--i] = kDigits[u % b];
    u /= b;
  }
  a[--i] = kDigits[u];
  if (neg) a[--i] = '-';
  dst.append(a + i, sizeof a - static_cast<size_t>(i));
}

}  // namespace

std::string ErrorText(Status status, int64_t arg) {
  switch (status) {
    case Status::kOk: return "";
    case Status::kSyntax: return "invalid syntax";
    case Status::kRange: return "value out of range";
    case Status::kInvalidBase: return "invalid base " + Itoa(arg);
    case Status::kInvalidBitSize: return "invalid bit size " + Itoa(arg);
  }
  return "";
}

std::string NumErrorText(std::string_view fn, std::string_view num, Status status,
                         int64_t arg) {
  std::string out = "strconv.";
  out += fn;
  out += ": parsing ";
  rt::append_quote(out, num, /*ascii_only=*/false);
  out += ": ";
  out += ErrorText(status, arg);
  return out;
}

UintResult ParseUint(std::string_view s, int64_t base_arg, int64_t bitSize) {
  if (s.empty()) return {0, Status::kSyntax};
  std::string_view s0 = s;
  bool base0 = base_arg == 0;
  int base;
  if (base_arg >= 2 && base_arg <= 36) {
    base = static_cast<int>(base_arg);
  } else if (base0) {
    base = pick_base(s);
  } else {
    return {0, Status::kInvalidBase};
  }
  if (bitSize == 0) {
    bitSize = kIntSize;
  } else if (bitSize < 0 || bitSize > 64) {
    return {0, Status::kInvalidBitSize};
  }
  // cutoff is the smallest number such that cutoff*base > maxUint64.
  uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
  uint64_t max_val = bitSize == 64 ? UINT64_MAX : (uint64_t{1} << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    if (c == '_' && base0) {
      underscores = true;
      continue;
    }
    unsigned d = digit_value(c);
    if (d >= static_cast<unsigned>(base)) return {0, Status::kSyntax};
    if (n >= cutoff) return {max_val, Status::kRange};  // n*base overflows
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + d;
    if (n1 < n || n1 > max_val) return {max_val, Status::kRange};  // n+d overflows
    n = n1;
  }
  if (underscores && !detail::underscore_ok(s0)) return {0, Status::kSyntax};
  return {n, Status::kOk};
}

IntResult ParseInt(std::string_view s, int64_t base, int64_t bitSize) {
  if (s.empty()) return {0, Status::kSyntax};
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  UintResult u = ParseUint(s, base, bitSize);
  if (u.status != Status::kOk && u.status != Status::kRange) return {0, u.status};
  if (bitSize == 0) bitSize = kIntSize;
  uint64_t cutoff = uint64_t{1} << (bitSize - 1);
  if (!neg && u.value >= cutoff) return {static_cast<int64_t>(cutoff - 1), Status::kRange};
  if (neg && u.value > cutoff) return {static_cast<int64_t>(-cutoff), Status::kRange};
  // Go's ParseInt reports ParseUint's range error only through the clamping above.
  auto n = static_cast<int64_t>(neg ? -u.value : u.value);
  return {n, Status::kOk};
}

IntResult Atoi(std::string_view s) { return ParseInt(s, 10, 0); }

std::string FormatInt(int64_t i, int64_t base) {
  std::string s;
  AppendInt(s, i, base);
  return s;
}

std::string FormatUint(uint64_t i, int64_t base) {
  std::string s;
  AppendUint(s, i, base);
  return s;
}

std::string Itoa(int64_t i) { return FormatInt(i, 10); }

void AppendInt(std::string& dst, int64_t i, int64_t base) {
  if (!ValidFormatBase(base)) return;
  format_bits(dst, static_cast<uint64_t>(i), static_cast<int>(base), i < 0);
}

void AppendUint(std::string& dst, uint64_t i, int64_t base) {
  if (!ValidFormatBase(base)) return;
  format_bits(dst, i, static_cast<int>(base), false);
}

BoolResult ParseBool(std::string_view s) {
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
    return {true, Status::kOk};
  }
  if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") {
    return {false, Status::kOk};
  }
  return {false, Status::kSyntax};
}

std::string FormatBool(bool b) { return b ? "true" : "false"; }

void AppendBool(std::string& dst, bool b) { dst += b ? "true" : "false"; }

}  // namespace csp::gostrconv
