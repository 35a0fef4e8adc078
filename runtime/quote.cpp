// runtime/quote.cpp: Go's strconv quoting (Quote, QuoteToASCII, QuoteToGraphic, QuoteRune,
// QuoteRuneToASCII, QuoteRuneToGraphic, CanBackquote) for %q, %#v, %+q and the strconv
// package (stdlib/strconv). Port of strconv/quote.go.
#include "runtime/fmt.h"
#include "runtime/unicode.h"

namespace csp::rt {

namespace {

constexpr const char* kLowerHex = "0123456789abcdef";

void append_escaped_rune(std::string& buf, int32_t r, char quote, bool ascii_only,
                         bool graphic_only) {
  if (r == quote || r == '\\') {  // always backslashed
    buf.push_back('\\');
    buf.push_back(static_cast<char>(r));
    return;
  }
  if (ascii_only) {
    if (r < kRuneSelf && is_print(r)) {
      buf.push_back(static_cast<char>(r));
      return;
    }
  } else if (graphic_only ? is_graphic(r) : is_print(r)) {
    uint8_t enc[4];
    int n = encode_rune(enc, r);
    buf.append(reinterpret_cast<const char*>(enc), static_cast<size_t>(n));
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
    default: break;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf.push_back(kLowerHex[(r >> 4) & 0xF]);
    buf.push_back(kLowerHex[r & 0xF]);
    return;
  }
  if (!valid_rune(r)) r = kRuneError;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf.push_back(kLowerHex[(r >> s) & 0xF]);
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf.push_back(kLowerHex[(r >> s) & 0xF]);
  }
}

}  // namespace

void append_quote(std::string& dst, std::string_view s, bool ascii_only, bool graphic_only) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int64_t>(s.size());
  dst.push_back('"');
  for (int64_t i = 0; i < n;) {
    int32_t r = p[i];
    int width = 1;
    if (r >= kRuneSelf) width = decode_rune(p + i, n - i, &r);
    if (width == 1 && r == kRuneError) {
      dst += "\\x";
      dst.push_back(kLowerHex[p[i] >> 4]);
      dst.push_back(kLowerHex[p[i] & 0xF]);
    } else {
      append_escaped_rune(dst, r, '"', ascii_only, graphic_only);
    }
    i += width;
  }
  dst.push_back('"');
}

void append_quote_rune(std::string& dst, int64_t r, bool ascii_only, bool graphic_only) {
  dst.push_back('\'');
  if (!valid_rune(r)) r = kRuneError;
  append_escaped_rune(dst, static_cast<int32_t>(r), '\'', ascii_only, graphic_only);
  dst.push_back('\'');
}

bool can_backquote(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    int32_t r;
    int wid = decode_rune(p + i, n - i, &r);
    i += wid;
    if (wid > 1) {
      if (r == 0xFEFF) return false;  // BOMs are invisible and should not be quoted
      continue;
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

}  // namespace csp::rt
