// stdlib/strconv/quote.cpp: strconv's quoting and unquoting. Quoting is the runtime's port
// of Go's strconv/quote.go (runtime/quote.cpp, shared with fmt's %q); UnquoteChar, Unquote
// and QuotedPrefix follow Go 1.19's quote.go (UnquoteChar, unquote) step for step.
//
// Invariants (Go's): Unquote accepts exactly one literal with nothing after it; a raw string
// loses its '\r' bytes and is not checked for valid UTF-8; a quoted string without escapes
// must be valid UTF-8 (otherwise it takes the escape path, where each bad byte becomes
// U+FFFD); a single-quoted literal holds exactly one character; unescaped newlines are
// rejected; \x and octal escapes give single bytes, \u and \U valid runes only.
#include "stdlib/strconv/strconv.h"

#include "runtime/fmt.h"
#include "runtime/unicode.h"

namespace csp::gostrconv {

std::string Quote(std::string_view s) {
  std::string out;
  AppendQuote(out, s);
  return out;
}
std::string QuoteToASCII(std::string_view s) {
  std::string out;
  AppendQuoteToASCII(out, s);
  return out;
}
std::string QuoteToGraphic(std::string_view s) {
  std::string out;
  AppendQuoteToGraphic(out, s);
  return out;
}
std::string QuoteRune(int32_t r) {
  std::string out;
  AppendQuoteRune(out, r);
  return out;
}
std::string QuoteRuneToASCII(int32_t r) {
  std::string out;
  AppendQuoteRuneToASCII(out, r);
  return out;
}
std::string QuoteRuneToGraphic(int32_t r) {
  std::string out;
  AppendQuoteRuneToGraphic(out, r);
  return out;
}

void AppendQuote(std::string& dst, std::string_view s) { rt::append_quote(dst, s, false, false); }
void AppendQuoteToASCII(std::string& dst, std::string_view s) {
  rt::append_quote(dst, s, true, false);
}
void AppendQuoteToGraphic(std::string& dst, std::string_view s) {
  rt::append_quote(dst, s, false, true);
}
void AppendQuoteRune(std::string& dst, int32_t r) { rt::append_quote_rune(dst, r, false, false); }
void AppendQuoteRuneToASCII(std::string& dst, int32_t r) {
  rt::append_quote_rune(dst, r, true, false);
}
void AppendQuoteRuneToGraphic(std::string& dst, int32_t r) {
  rt::append_quote_rune(dst, r, false, true);
}

bool CanBackquote(std::string_view s) { return rt::can_backquote(s); }
bool IsPrint(int32_t r) { return rt::is_print(r); }
bool IsGraphic(int32_t r) { return rt::is_graphic(r); }

namespace {

int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

UnquoteCharResult syntax_error() { return {0, false, {}, Status::kSyntax}; }

// The value of the escape \c... whose rest (after c) is s; advances s past it.
bool unescape(char c, std::string_view& s, char quote, int32_t* value, bool* multibyte) {
  switch (c) {
    case 'a': *value = '\a'; return true;
    case 'b': *value = '\b'; return true;
    case 'f': *value = '\f'; return true;
    case 'n': *value = '\n'; return true;
    case 'r': *value = '\r'; return true;
    case 't': *value = '\t'; return true;
    case 'v': *value = '\v'; return true;
    case '\\': *value = '\\'; return true;
    case '\'':
    case '"':
      if (c != quote) return false;
      *value = c;
      return true;
    case 'x':
    case 'u':
    case 'U': {
      size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      uint32_t v = 0;
      for (size_t j = 0; j < n; j++) {
        int x = unhex(s[j]);
        if (x < 0) return false;
        v = v << 4 | static_cast<uint32_t>(x);
      }
      s.remove_prefix(n);
      if (c == 'x') {  // a single byte, possibly not UTF-8
        *value = static_cast<int32_t>(v);
        return true;
      }
      if (!rt::valid_rune(v)) return false;
      *value = static_cast<int32_t>(v);
      *multibyte = true;
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = c - '0';
      if (s.size() < 2) return false;
      for (size_t j = 0; j < 2; j++) {  // one digit already; two more
        int x = s[j] - '0';
        if (x < 0 || x > 7) return false;
        v = v << 3 | x;
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      *value = v;
      return true;
    }
    default:
      return false;
  }
}

}  // namespace

UnquoteCharResult UnquoteChar(std::string_view s, char quote) {
  if (s.empty()) return syntax_error();
  auto c = static_cast<unsigned char>(s[0]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) {
    return syntax_error();
  }
  if (c >= rt::kRuneSelf) {
    int32_t r;
    int size = rt::decode_rune(reinterpret_cast<const uint8_t*>(s.data()),
                               static_cast<int64_t>(s.size()), &r);
    return {r, true, s.substr(static_cast<size_t>(size)), Status::kOk};
  }
  if (c != '\\') return {c, false, s.substr(1), Status::kOk};
  if (s.size() <= 1) return syntax_error();
  char esc = s[1];
  s.remove_prefix(2);
  int32_t value = 0;
  bool multibyte = false;
  if (!unescape(esc, s, quote, &value, &multibyte)) return syntax_error();
  return {value, multibyte, s, Status::kOk};
}

namespace {

bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    if (p[i] < rt::kRuneSelf) {
      i++;
      continue;
    }
    int32_t r;
    int w = rt::decode_rune(p + i, n - i, &r);
    if (w == 1) return false;  // RuneError of width 1: an invalid encoding
    i += w;
  }
  return true;
}

struct Unquoted {
  std::string out;
  std::string_view rem;
  Status status;
};

// Go's unquote: the quoted literal at the start of in, unescaped (or verbatim, quotes
// included, when !unescape), and what follows it.
Unquoted unquote(std::string_view in, bool unescape) {
  if (in.size() < 2) return {"", in, Status::kSyntax};
  char quote = in[0];
  size_t end = in.find(quote, 1);
  if (end == std::string_view::npos) return {"", in, Status::kSyntax};
  end++;  // position after the terminating quote; may be wrong if escapes are present
  switch (quote) {
    case '`': {
      std::string out;
      if (!unescape) {
        out = in.substr(0, end);
      } else {
        for (char c : in.substr(1, end - 2)) {
          if (c != '\r') out.push_back(c);  // raw strings drop carriage returns
        }
      }
      return {out, in.substr(end), Status::kOk};
    }
    case '"':
    case '\'': {
      // Quoted strings without escape sequences.
      std::string_view lit = in.substr(0, end);
      if (lit.find('\\') == std::string_view::npos && lit.find('\n') == std::string_view::npos) {
        std::string_view body = in.substr(1, end - 2);
        bool valid;
        if (quote == '"') {
          valid = valid_utf8(body);
        } else {
          int32_t r = rt::kRuneError;
          int n = 0;
          if (!body.empty()) {
            n = rt::decode_rune(reinterpret_cast<const uint8_t*>(body.data()),
                                static_cast<int64_t>(body.size()), &r);
          }
          valid = 1 + static_cast<size_t>(n) + 1 == end && (r != rt::kRuneError || n != 1);
        }
        if (valid) return {std::string(unescape ? body : lit), in.substr(end), Status::kOk};
      }
      // Quoted strings with escape sequences.
      std::string_view in0 = in;
      in.remove_prefix(1);  // the starting quote
      std::string buf;
      while (!in.empty() && in[0] != quote) {
        // The next character; unescaped newlines are invalid.
        UnquoteCharResult c = UnquoteChar(in, quote);
        if (in[0] == '\n' || c.status != Status::kOk) return {"", in0, Status::kSyntax};
        in = c.tail;
        if (unescape) {
          if (c.value < rt::kRuneSelf || !c.multibyte) {
            buf.push_back(static_cast<char>(c.value));
          } else {
            uint8_t enc[4];
            int n = rt::encode_rune(enc, c.value);
            buf.append(reinterpret_cast<const char*>(enc), static_cast<size_t>(n));
          }
        }
        if (quote == '\'') break;  // a single character
      }
      if (in.empty() || in[0] != quote) return {"", in0, Status::kSyntax};
      in.remove_prefix(1);  // the terminating quote
      if (unescape) return {buf, in, Status::kOk};
      return {std::string(in0.substr(0, in0.size() - in.size())), in, Status::kOk};
    }
    default:
      return {"", in, Status::kSyntax};
  }
}

}  // namespace

StringResult Unquote(std::string_view s) {
  Unquoted u = unquote(s, true);
  if (!u.rem.empty()) return {"", Status::kSyntax};
  return {std::move(u.out), u.status};
}

StringResult QuotedPrefix(std::string_view s) {
  Unquoted u = unquote(s, false);
  return {std::move(u.out), u.status};
}

}  // namespace csp::gostrconv
