// runtime/fmt_format.cpp: Formatter, the port of Go's fmt/format.go for booleans, integers,
// runes and strings (floats are in fmt_float.cpp). Each method mirrors the Go function of the
// same name; keep them that way so that diffing against Go's source stays easy.
#include "runtime/fmt.h"
#include "runtime/unicode.h"

namespace csp::rt {

void Formatter::write_padding(int n) {
  if (n <= 0) return;
  buf_.append(static_cast<size_t>(n), f.zero ? '0' : ' ');
}

void Formatter::pad(std::string_view s) {
  if (!f.wid_present || f.wid == 0) {
    buf_.append(s);
    return;
  }
  int width = f.wid - static_cast<int>(rune_count(reinterpret_cast<const uint8_t*>(s.data()),
                                                  static_cast<int64_t>(s.size())));
  if (!f.minus) {
    write_padding(width);
    buf_.append(s);
  } else {
    buf_.append(s);
    write_padding(width);
  }
}

void Formatter::fmt_boolean(bool v) { pad_string(v ? "true" : "false"); }

void Formatter::fmt_integer(uint64_t u, int base, bool is_signed, char32_t verb,
                            const char* digits) {
  bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;

  std::string tmp(static_cast<size_t>(68 + (f.wid_present || f.prec_present ? 3 + f.wid + f.prec : 0)),
                  '\0');
  char* buf = tmp.data();
  int i = static_cast<int>(tmp.size());

  // Two ways to ask for extra leading zero digits: %.3d or %03d. If both are given the zero
  // flag is ignored and padding with spaces is used instead.
  int prec = 0;
  if (f.prec_present) {
    prec = f.prec;
    if (prec == 0 && u == 0) {  // precision 0 and value 0 print nothing but padding
      bool old_zero = f.zero;
      f.zero = false;
      write_padding(f.wid);
      f.zero = old_zero;
      return;
    }
  } else if (f.zero && f.wid_present) {
    prec = f.wid;
    if (negative || f.plus || f.space) prec--;  // leave room for the sign
  }

  int shift = base == 16 ? 4 : base == 8 ? 3 : base == 2 ? 1 : 0;
  if (base == 10) {
    for (; u >= 10; u /= 10) buf[--i] = static_cast<char>('0' + u % 10);
  } else {
    for (; u >= static_cast<uint64_t>(base); u >>= shift) buf[--i] = digits[u & (base - 1)];
  }
  buf[--i] = digits[u];
  int len = static_cast<int>(tmp.size());
  while (i > 0 && prec > len - i) buf[--i] = '0';

  if (f.sharp) {  // prefixes: 0b, 0, 0x
    if (base == 2) {
      buf[--i] = 'b';
      buf[--i] = '0';
    } else if (base == 8) {
      if (buf[i] != '0') buf[--i] = '0';
    } else if (base == 16) {
      buf[--i] = digits[16];
      buf[--i] = '0';
    }
  }
  if (verb == 'O') {
    buf[--i] = 'o';
    buf[--i] = '0';
  }
  if (negative) {
    buf[--i] = '-';
  } else if (f.plus) {
    buf[--i] = '+';
  } else if (f.space) {
    buf[--i] = ' ';
  }
  // Zero padding was handled like a precision above, or is ignored after a precision.
  bool old_zero = f.zero;
  f.zero = false;
  pad(std::string_view(buf + i, static_cast<size_t>(len - i)));
  f.zero = old_zero;
}

// "U+0078", or with # "U+0078 'x'".
void Formatter::fmt_unicode(uint64_t u) {
  int prec = 4;
  if (f.prec_present && f.prec > 4) prec = f.prec;
  std::string tmp(static_cast<size_t>(2 + prec + 2 + 4 + 1 + 20), '\0');
  char* buf = tmp.data();
  int len = static_cast<int>(tmp.size());
  int i = len;
  if (f.sharp && u <= static_cast<uint64_t>(kMaxRune) && is_print(static_cast<int32_t>(u))) {
    buf[--i] = '\'';
    uint8_t enc[4];
    int w = encode_rune(enc, static_cast<int64_t>(u));
    i -= w;
    for (int k = 0; k < w; k++) buf[i + k] = static_cast<char>(enc[k]);
    buf[--i] = '\'';
    buf[--i] = ' ';
  }
  for (; u >= 16; u >>= 4) {
    buf[--i] = kUpperDigits[u & 0xF];
    prec--;
  }
  buf[--i] = kUpperDigits[u];
  prec--;
  for (; prec > 0; prec--) buf[--i] = '0';
  buf[--i] = '+';
  buf[--i] = 'U';
  bool old_zero = f.zero;
  f.zero = false;
  pad(std::string_view(buf + i, static_cast<size_t>(len - i)));
  f.zero = old_zero;
}

void Formatter::fmt_c(uint64_t c) {
  int64_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int64_t>(c);
  uint8_t enc[4];
  int w = encode_rune(enc, r);
  pad(std::string_view(reinterpret_cast<const char*>(enc), static_cast<size_t>(w)));
}

void Formatter::fmt_qc(uint64_t c) {
  int64_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int64_t>(c);
  std::string q;
  append_quote_rune(q, r, f.plus);
  pad(q);
}

// Cuts s to the precision, counted in runes.
std::string_view Formatter::truncate(std::string_view s) const {
  if (!f.prec_present) return s;
  int n = f.prec;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t i = 0;
  while (i < s.size()) {
    n--;
    if (n < 0) return s.substr(0, i);
    int32_t r;
    i += static_cast<size_t>(decode_rune(p + i, static_cast<int64_t>(s.size() - i), &r));
  }
  return s;
}

void Formatter::fmt_s(std::string_view s) { pad_string(truncate(s)); }

// %x / %X on a string: hex of each byte; with space, separated; with #, 0x prefixes.
void Formatter::fmt_sx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (f.prec_present && f.prec < length) length = f.prec;
  int width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
  } else {
    if (f.wid_present) write_padding(f.wid);
    return;
  }
  if (f.wid_present && f.wid > width && !f.minus) write_padding(f.wid - width);
  if (f.sharp) {
    buf_.push_back('0');
    buf_.push_back(digits[16]);
  }
  for (int i = 0; i < length; i++) {
    if (f.space && i > 0) {
      buf_.push_back(' ');
      if (f.sharp) {
        buf_.push_back('0');
        buf_.push_back(digits[16]);
      }
    }
    auto c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    buf_.push_back(digits[c >> 4]);
    buf_.push_back(digits[c & 0xF]);
  }
  if (f.wid_present && f.wid > width && f.minus) write_padding(f.wid - width);
}

void Formatter::fmt_q(std::string_view s) {
  s = truncate(s);
  if (f.sharp && can_backquote(s)) {
    std::string b;
    b.reserve(s.size() + 2);
    b.push_back('`');
    b.append(s);
    b.push_back('`');
    pad_string(b);
    return;
  }
  std::string q;
  append_quote(q, s, f.plus);
  pad(q);
}

}  // namespace csp::rt
