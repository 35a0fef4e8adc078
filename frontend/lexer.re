// frontend/lexer.re: the csp lexer. re2c (--utf8) turns this file into gen/lexer.cpp.
//
// It follows Go's lexical grammar and, for errors, the wording and positions of Go's own
// scanner (cmd/compile/internal/syntax/scanner.go and source.go, Go 1.19):
//
//   - Lexer::scan() is the re2c dispatch: white space, newlines, comment openers,
//     identifiers, operators, and the first byte of number, string and rune literals.
//   - Literal bodies and comment bodies are scanned by small hand-written routines over a
//     CharReader, a transcription of Go's scanner so that the messages match exactly.
//   - CharReader mirrors Go's source.nextch: it decodes UTF-8 and reports-and-skips NUL
//     bytes ("invalid NUL character"), bytes that are not UTF-8 ("invalid UTF-8
//     encoding") and BOMs that are not at offset 0, wherever they occur.
//
// Invariants:
//   - The text is NUL-terminated at limit_ (std::string guarantees it). The only rule that
//     can match a NUL is "\x00", so the generated DFA never reads past limit_; hand-written
//     routines check `at < limit` before every read.
//   - Every call of scan() consumes at least one byte or returns Eof, so the lexer cannot
//     loop; once at limit_ it returns Eof forever.
//   - insertSemi_ is Go's nlsemi: set by a token after which a newline becomes ';'. An
//     Illegal token (an error was reported) leaves it unchanged, as Go skips such bytes.
//   - Literals that had an error keep their kind (like Go's BasicLit.Bad); the error is
//     already reported, and callers stop after a stage with errors.
#include "frontend/lexer.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace csp {
namespace {

/*!include:re2c "unicode_categories.re" */

// --- UTF-8 -----------------------------------------------------------------------------

struct Decoded {
  int32_t ch;  // -1: not valid UTF-8
  int width;   // bytes consumed (1 for invalid input, as Go's utf8.DecodeRune)
};

// Decodes the UTF-8 sequence at p (p < lim), rejecting overlong forms and surrogates.
Decoded decodeRune(const char* p, const char* lim) {
  const auto* s = reinterpret_cast<const unsigned char*>(p);
  const long n = lim - p;
  unsigned c = s[0];
  if (c < 0x80) return {static_cast<int32_t>(c), 1};
  auto cont = [&](long i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) return {static_cast<int32_t>((c & 0x1F) << 6 | (s[1] & 0x3F)), 2};
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    int32_t r = (c & 0x0F) << 12 | (s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    if (r < 0x800 || (r >= 0xD800 && r < 0xE000)) return {-1, 1};
    return {r, 3};
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    int32_t r = (c & 0x07) << 18 | (s[1] & 0x3F) << 12 | (s[2] & 0x3F) << 6 | (s[3] & 0x3F);
    if (r < 0x10000 || r > 0x10FFFF) return {-1, 1};
    return {r, 4};
  }
  return {-1, 1};
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | r >> 6);
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | r >> 12);
    out += static_cast<char>(0x80 | (r >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | r >> 18);
    out += static_cast<char>(0x80 | (r >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (r >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// --- Unicode classes (re2c's tables) -----------------------------------------------------

enum class RuneClass { Letter, Digit, Print, Other };

// The class of the one valid UTF-8 encoded code point at p (followed by a NUL or more text).
RuneClass classifyAt(const char* p) {
  const char* YYCURSOR = p;
  const char* YYMARKER = nullptr;
  (void)YYMARKER;
  /*!re2c
    re2c:yyfill:enable = 0;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:indent:top = 1;

    L             { return RuneClass::Letter; }
    Nd            { return RuneClass::Digit; }
    M | N | P | S { return RuneClass::Print; }
    *             { return RuneClass::Other; }
  */
}

RuneClass classify(uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return RuneClass::Other;
  std::string buf;
  appendUtf8(buf, r);
  return classifyAt(buf.c_str());
}

// Go's strconv.IsPrint.
bool isPrint(uint32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return classify(r) != RuneClass::Other;
}

// Go's fmt "%#U": U+0040 '@'.
std::string formatU(uint32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", r);
  std::string s = buf;
  if (isPrint(r)) {
    s += " '";
    appendUtf8(s, r);
    s += "'";
  }
  return s;
}

// Go's fmt "%q" of a rune (strconv.QuoteRune): 'a', '\n', '\x01', '\u200b'.
std::string quoteRune(uint32_t r) {
  char buf[16];
  switch (r) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
  }
  if (isPrint(r)) {
    std::string s = "'";
    appendUtf8(s, r);
    return s + "'";
  }
  if (r < 0x20 || r == 0x7F) std::snprintf(buf, sizeof buf, "'\\x%02x'", r);
  else if (r < 0x10000) std::snprintf(buf, sizeof buf, "'\\u%04x'", r);
  else std::snprintf(buf, sizeof buf, "'\\U%08x'", r);
  return buf;
}

// --- Context and character reader --------------------------------------------------------

struct Ctx {
  const SourceFile& file;
  Diagnostics& diags;
  const char* begin;
  const char* limit;

  void error(const char* at, std::string msg) const {
    diags.error(file.posOf(static_cast<size_t>(at - begin)), std::move(msg));
  }
};

// Go's source.nextch over [at, limit): `ch` is the current character (-1 at the end), `at`
// its first byte. Bad bytes are reported and skipped when they become current.
class CharReader {
 public:
  CharReader(const Ctx& ctx, const char* at) : ctx_(ctx), at_(at) { load(); }

  int32_t ch() const { return ch_; }
  const char* at() const { return at_; }
  int width() const { return width_; }
  void next() {
    at_ += width_;
    load();
  }

 private:
  void load() {
    for (;;) {
      if (at_ >= ctx_.limit) {
        ch_ = -1;
        width_ = 0;
        return;
      }
      auto c = static_cast<unsigned char>(*at_);
      if (c != 0 && c < 0x80) {
        ch_ = c;
        width_ = 1;
        return;
      }
      if (c == 0) {
        ctx_.error(at_, "invalid NUL character");
        at_++;
        continue;
      }
      Decoded d = decodeRune(at_, ctx_.limit);
      if (d.ch < 0) {
        ctx_.error(at_, "invalid UTF-8 encoding");
        at_++;
        continue;
      }
      if (d.ch == 0xFEFF) {
        if (at_ != ctx_.begin) ctx_.error(at_, "invalid BOM in the middle of the file");
        at_ += d.width;
        continue;
      }
      ch_ = d.ch;
      width_ = d.width;
      return;
    }
  }

  const Ctx& ctx_;
  const char* at_;
  int32_t ch_ = -1;
  int width_ = 0;
};

Token makeToken(const Ctx& ctx, Tok kind, const char* start, const char* end) {
  Token t;
  t.kind = kind;
  t.pos = ctx.file.posOf(static_cast<size_t>(start - ctx.begin));
  t.text.assign(start, end);
  return t;
}

// --- Numbers (Go's scanner.number, digits, invalidSep) -----------------------------------

int lower(int32_t ch) { return ('a' - 'A') | ch; }
bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// digits = { digit | '_' }. Returns bit 0: a digit was seen, bit 1: a '_' was seen. For
// base <= 10 it accepts every decimal digit and records the first one >= base in *invalid.
int digits(CharReader& r, int base, const char** invalid) {
  int digsep = 0;
  if (base <= 10) {
    const int32_t max = '0' + base;
    while (isDecimal(r.ch()) || r.ch() == '_') {
      int ds = 1;
      if (r.ch() == '_') ds = 2;
      else if (r.ch() >= max && invalid && !*invalid) *invalid = r.at();
      digsep |= ds;
      r.next();
    }
  } else {
    while (isHex(r.ch()) || r.ch() == '_') {
      digsep |= r.ch() == '_' ? 2 : 1;
      r.next();
    }
  }
  return digsep;
}

// The index of the first '_' in x that does not separate two digits, or -1.
long invalidSep(std::string_view x) {
  int x1 = ' ';
  int d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<long>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<long>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<long>(x.size()) - 1;
  return -1;
}

// A number literal starting at `start`; r is at its first digit, or just after the '.' if
// seenPoint.
Token scanNumber(const Ctx& ctx, CharReader& r, const char* start, bool seenPoint) {
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  int prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  const char* invalid = nullptr;
  if (!seenPoint) {
    if (r.ch() == '0') {
      r.next();
      switch (lower(r.ch())) {
        case 'x': r.next(); base = 16; prefix = 'x'; break;
        case 'o': r.next(); base = 8; prefix = 'o'; break;
        case 'b': r.next(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1; break;
      }
    }
    digsep |= digits(r, base, &invalid);
    if (r.ch() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        ctx.error(r.at(), std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      r.next();
      seenPoint = true;
    }
  }
  if (seenPoint) {
    kind = Tok::Float;
    digsep |= digits(r, base, &invalid);
  }
  if ((digsep & 1) == 0 && ok) {
    ctx.error(r.at(), std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }
  if (int e = lower(r.ch()); e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        ctx.error(r.at(), quoteRune(r.ch()) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        ctx.error(r.at(), quoteRune(r.ch()) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    r.next();
    kind = Tok::Float;
    if (r.ch() == '+' || r.ch() == '-') r.next();
    digsep = digits(r, 10, nullptr) | (digsep & 2);
    if ((digsep & 1) == 0 && ok) {
      ctx.error(r.at(), "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    ctx.error(r.at(), "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  if (r.ch() == 'i') {
    kind = Tok::Imag;
    r.next();
  }
  Token t = makeToken(ctx, kind, start, r.at());
  if (kind == Tok::Int && invalid && ok) {
    ctx.error(invalid, "invalid digit " + quoteRune(static_cast<unsigned char>(*invalid)) + " in " +
                           baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) && ok) {
    if (long i = invalidSep(t.text); i >= 0) ctx.error(start + i, "'_' must separate successive digits");
  }
  return t;
}

// --- Escapes, runes and strings (Go's scanner.escape, rune, stdString, rawString) --------

struct EscapeValue {
  uint32_t value = 0;
  bool isByte = false;  // \x and octal escapes denote bytes, not code points
};

// An escape after its backslash; r is at the character after '\'. On success *out holds
// the value. Returns false after reporting an error; true (with no value) at EOF, which the
// caller reports.
bool scanEscape(const Ctx& ctx, CharReader& r, int32_t quote, EscapeValue* out) {
  int n = 0;
  uint32_t base = 0, max = 0;
  const int32_t c = r.ch();
  switch (c) {
    case 'a': r.next(); out->value = '\a'; return true;
    case 'b': r.next(); out->value = '\b'; return true;
    case 'f': r.next(); out->value = '\f'; return true;
    case 'n': r.next(); out->value = '\n'; return true;
    case 'r': r.next(); out->value = '\r'; return true;
    case 't': r.next(); out->value = '\t'; return true;
    case 'v': r.next(); out->value = '\v'; return true;
    case '\\': r.next(); out->value = '\\'; return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3; base = 8; max = 255; out->isByte = true;
      break;
    case 'x': r.next(); n = 2; base = 16; max = 255; out->isByte = true; break;
    case 'u': r.next(); n = 4; base = 16; max = 0x10FFFF; break;
    case 'U': r.next(); n = 8; base = 16; max = 0x10FFFF; break;
    default:
      if (c == quote) {
        r.next();
        out->value = static_cast<uint32_t>(c);
        return true;
      }
      if (c < 0) return true;
      ctx.error(r.at(), "unknown escape");
      return false;
  }
  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (r.ch() < 0) return true;
    uint32_t d = base;
    if (isDecimal(r.ch())) d = static_cast<uint32_t>(r.ch() - '0');
    else if ('a' <= lower(r.ch()) && lower(r.ch()) <= 'f') d = static_cast<uint32_t>(lower(r.ch()) - 'a' + 10);
    if (d >= base) {
      ctx.error(r.at(), "invalid character " + quoteRune(static_cast<uint32_t>(r.ch())) + " in " +
                            baseName(static_cast<int>(base)) + " escape");
      return false;
    }
    x = x * base + d;
    r.next();
  }
  if (x > max && base == 8) {
    ctx.error(r.at(), "octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    ctx.error(r.at(), "escape is invalid Unicode code point " + formatU(x));
    return false;
  }
  out->value = x;
  return true;
}

// rune_lit = "'" ( unicode_value | byte_value ) "'". r is at the opening quote.
Token scanRune(const Ctx& ctx, CharReader& r, const char* start) {
  bool ok = true;
  uint32_t value = 0;
  r.next();
  for (int n = 0;; n++) {
    if (r.ch() == '\'') {
      if (ok) {
        if (n == 0) {
          ctx.error(r.at(), "empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          ctx.error(start, "more than one character in rune literal");
          ok = false;
        }
      }
      r.next();
      break;
    }
    if (r.ch() == '\\') {
      r.next();
      EscapeValue ev;
      if (!scanEscape(ctx, r, '\'', &ev)) ok = false;
      if (n == 0) value = ev.value;
      continue;
    }
    if (r.ch() == '\n') {
      if (ok) {
        ctx.error(r.at(), "newline in rune literal");
        ok = false;
      }
      break;
    }
    if (r.ch() < 0) {
      if (ok) {
        ctx.error(start, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    if (n == 0) value = static_cast<uint32_t>(r.ch());
    r.next();
  }
  Token t = makeToken(ctx, Tok::Rune, start, r.at());
  t.rune = ok ? value : 0;
  return t;
}

// Appends the source bytes of the current character of r to out.
void appendCurrent(std::string& out, const CharReader& r) {
  out.append(r.at(), static_cast<size_t>(r.width()));
}

// string_lit = `"` { unicode_value | byte_value } `"`. r is at the opening quote. The
// token's text is the decoded value.
Token scanString(const Ctx& ctx, CharReader& r, const char* start) {
  std::string value;
  r.next();
  for (;;) {
    if (r.ch() == '"') {
      r.next();
      break;
    }
    if (r.ch() == '\\') {
      r.next();
      EscapeValue ev;
      const char* escAt = r.at();
      if (scanEscape(ctx, r, '"', &ev) && r.at() != escAt) {
        if (ev.isByte) value += static_cast<char>(ev.value);
        else appendUtf8(value, ev.value);
      }
      continue;
    }
    if (r.ch() == '\n') {
      ctx.error(r.at(), "newline in string");
      break;
    }
    if (r.ch() < 0) {
      ctx.error(start, "string not terminated");
      break;
    }
    appendCurrent(value, r);
    r.next();
  }
  Token t = makeToken(ctx, Tok::String, start, start);
  t.text = std::move(value);
  return t;
}

// raw_string_lit = "`" { unicode_char | newline } "`", carriage returns removed.
Token scanRawString(const Ctx& ctx, CharReader& r, const char* start) {
  std::string value;
  r.next();
  for (;;) {
    if (r.ch() == '`') {
      r.next();
      break;
    }
    if (r.ch() < 0) {
      ctx.error(start, "string not terminated");
      break;
    }
    if (r.ch() != '\r') appendCurrent(value, r);
    r.next();
  }
  Token t = makeToken(ctx, Tok::String, start, start);
  t.text = std::move(value);
  return t;
}

// --- Comments and identifiers ------------------------------------------------------------

// Skips a line comment up to, not including, its newline. Returns the end.
const char* skipLineComment(const Ctx& ctx, const char* p) {
  CharReader r(ctx, p);
  while (r.ch() >= 0 && r.ch() != '\n') r.next();
  return r.at();
}

// Skips a general comment whose "/*" starts at `start`; sets *multiline if it holds a
// newline. Returns the end.
const char* skipGeneralComment(const Ctx& ctx, const char* start, bool* multiline) {
  CharReader r(ctx, start + 2);
  for (;;) {
    if (r.ch() < 0) {
      ctx.error(start, "comment not terminated");
      return r.at();
    }
    if (r.ch() == '*') {
      r.next();
      if (r.ch() == '/') {
        r.next();
        return r.at();
      }
      continue;
    }
    if (r.ch() == '\n') *multiline = true;
    r.next();
  }
}

// Checks the non-ASCII characters of an identifier (Go's atIdentChar): letters are fine,
// digits are fine except first, anything else is reported but kept in the name.
void checkIdent(const Ctx& ctx, const char* start, const char* end) {
  for (const char* p = start; p < end;) {
    if (static_cast<unsigned char>(*p) < 0x80) {
      p++;
      continue;
    }
    Decoded d = decodeRune(p, end);
    RuneClass c = classifyAt(p);
    if (c == RuneClass::Digit && p == start)
      ctx.error(p, "identifier cannot begin with digit " + formatU(static_cast<uint32_t>(d.ch)));
    else if (c != RuneClass::Letter && c != RuneClass::Digit)
      ctx.error(p, "invalid character " + formatU(static_cast<uint32_t>(d.ch)) + " in identifier");
    p += d.width;
  }
}

bool allowsSemi(Tok k) {
  return k == Tok::Break || k == Tok::Continue || k == Tok::Fallthrough || k == Tok::Return;
}

}  // namespace

Lexer::Lexer(const SourceFile& file, Diagnostics& diags)
    : file_(file),
      diags_(diags),
      begin_(file.text().c_str()),
      cursor_(begin_),
      limit_(begin_ + file.text().size()) {}

Token Lexer::next() {
  size_t before = diags_.count();
  Token t = scan();
  t.bad = diags_.count() != before;
  return t;
}

Token Lexer::scan() {
  const bool nlsemi = insertSemi_;
  insertSemi_ = false;
  const Ctx ctx{file_, diags_, begin_, limit_};
  auto tok = [&](Tok k, const char* start) { return makeToken(ctx, k, start, cursor_); };
  auto semiTok = [&](const char* at, const char* text) {
    Token t = makeToken(ctx, Tok::Semi, at, at);
    t.text = text;
    return t;
  };
  auto closer = [&](Tok k, const char* start) {
    insertSemi_ = true;
    return tok(k, start);
  };
  for (;;) {
    const char* start = cursor_;
    /*!re2c
      re2c:yyfill:enable = 0;
      re2c:define:YYCTYPE = "unsigned char";
      re2c:define:YYCURSOR = cursor_;
      re2c:define:YYMARKER = marker_;
      re2c:indent:top = 2;

      nonascii = [\u0080-\uD7FF\uE000-\uFEFE\uFF00-\U0010FFFF];
      ident    = ([a-zA-Z_] | nonascii) ([a-zA-Z0-9_] | nonascii)*;

      "\x00" {
        if (start == limit_) {
          cursor_ = limit_;
          return nlsemi ? semiTok(limit_, "EOF") : tok(Tok::Eof, limit_);
        }
        ctx.error(start, "invalid NUL character");
        continue;
      }
      "\uFEFF" {
        if (start != begin_) ctx.error(start, "invalid BOM in the middle of the file");
        continue;
      }
      [ \t\r]+ { continue; }
      "\n" {
        if (nlsemi) return semiTok(start, "\n");
        continue;
      }
      "//" {
        cursor_ = skipLineComment(ctx, cursor_);
        continue;
      }
      "/*" {
        bool multiline = false;
        cursor_ = skipGeneralComment(ctx, start, &multiline);
        if (multiline && nlsemi) return semiTok(start, "\n");
        continue;
      }
      ident {
        checkIdent(ctx, start, cursor_);
        Token t = tok(Tok::Ident, start);
        t.kind = keywordTok(t.text);
        insertSemi_ = t.kind == Tok::Ident || allowsSemi(t.kind);
        return t;
      }
      [0-9] | "." [0-9] {
        const bool seenPoint = *start == '.';
        CharReader r(ctx, seenPoint ? start + 1 : start);
        Token t = scanNumber(ctx, r, start, seenPoint);
        cursor_ = r.at();
        insertSemi_ = true;
        return t;
      }
      ['] {
        CharReader r(ctx, start);
        Token t = scanRune(ctx, r, start);
        cursor_ = r.at();
        insertSemi_ = true;
        return t;
      }
      ["] {
        CharReader r(ctx, start);
        Token t = scanString(ctx, r, start);
        cursor_ = r.at();
        insertSemi_ = true;
        return t;
      }
      [`] {
        CharReader r(ctx, start);
        Token t = scanRawString(ctx, r, start);
        cursor_ = r.at();
        insertSemi_ = true;
        return t;
      }

      "+"   { return tok(Tok::Add, start); }
      "-"   { return tok(Tok::Sub, start); }
      "*"   { return tok(Tok::Mul, start); }
      "/"   { return tok(Tok::Quo, start); }
      "%"   { return tok(Tok::Rem, start); }
      "&"   { return tok(Tok::And, start); }
      "|"   { return tok(Tok::Or, start); }
      "^"   { return tok(Tok::Xor, start); }
      "<<"  { return tok(Tok::Shl, start); }
      ">>"  { return tok(Tok::Shr, start); }
      "&^"  { return tok(Tok::AndNot, start); }
      "+="  { return tok(Tok::AddAssign, start); }
      "-="  { return tok(Tok::SubAssign, start); }
      "*="  { return tok(Tok::MulAssign, start); }
      "/="  { return tok(Tok::QuoAssign, start); }
      "%="  { return tok(Tok::RemAssign, start); }
      "&="  { return tok(Tok::AndAssign, start); }
      "|="  { return tok(Tok::OrAssign, start); }
      "^="  { return tok(Tok::XorAssign, start); }
      "<<=" { return tok(Tok::ShlAssign, start); }
      ">>=" { return tok(Tok::ShrAssign, start); }
      "&^=" { return tok(Tok::AndNotAssign, start); }
      "&&"  { return tok(Tok::LAnd, start); }
      "||"  { return tok(Tok::LOr, start); }
      "<-"  { return tok(Tok::Arrow, start); }
      "++"  { return closer(Tok::Inc, start); }
      "--"  { return closer(Tok::Dec, start); }
      "=="  { return tok(Tok::Eql, start); }
      "<"   { return tok(Tok::Lss, start); }
      ">"   { return tok(Tok::Gtr, start); }
      "="   { return tok(Tok::Assign, start); }
      "!"   { return tok(Tok::Not, start); }
      "!="  { return tok(Tok::Neq, start); }
      "<="  { return tok(Tok::Leq, start); }
      ">="  { return tok(Tok::Geq, start); }
      ":="  { return tok(Tok::Define, start); }
      "..." { return tok(Tok::Ellipsis, start); }
      "("   { return tok(Tok::LParen, start); }
      "["   { return tok(Tok::LBrack, start); }
      "{"   { return tok(Tok::LBrace, start); }
      ","   { return tok(Tok::Comma, start); }
      "."   { return tok(Tok::Period, start); }
      ")"   { return closer(Tok::RParen, start); }
      "]"   { return closer(Tok::RBrack, start); }
      "}"   { return closer(Tok::RBrace, start); }
      ";"   { return tok(Tok::Semi, start); }
      ":"   { return tok(Tok::Colon, start); }
      "~"   { return tok(Tok::Tilde, start); }

      * {
        auto c = static_cast<unsigned char>(*start);
        if (c >= 0x80) {
          ctx.error(start, "invalid UTF-8 encoding");
          continue;
        }
        ctx.error(start, "invalid character " + formatU(c));
        insertSemi_ = nlsemi;
        return tok(Tok::Illegal, start);
      }
    */
  }
}

}  // namespace csp
