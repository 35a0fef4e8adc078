// test/unit/lexer_test.cpp: the lexer (frontend/lexer.re) against Go's lexical grammar.
//
// Expected messages and columns were taken from Go 1.19's compiler (`go tool compile`) on the
// same input, wrapped in "package main\n\nvar x = ...".
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include "frontend/lexer.h"

namespace csp {
namespace {

struct Lexed {
  std::vector<Token> toks;           // up to and including Eof
  std::vector<std::string> errors;   // "line:col: message"
};

Lexed lex(const std::string& src) {
  SourceFile file("t.csp", src);
  Diagnostics diags(&file);
  Lexer lx(file, diags);
  Lexed out;
  for (size_t i = 0; i <= src.size() + 2; i++) {
    out.toks.push_back(lx.next());
    if (out.toks.back().kind == Tok::Eof) break;
  }
  for (const auto& d : diags.all())
    out.errors.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message);
  return out;
}

// Kinds of all tokens before Eof, as their spellings with automatic semicolons shown as
// "\\n" or "EOF": a compact way to check a whole stream.
std::string kinds(const std::string& src) {
  std::string s;
  for (const Token& t : lex(src).toks) {
    if (t.kind == Tok::Eof) break;
    if (!s.empty()) s += ' ';
    if (t.kind == Tok::Semi) s += t.text == "\n" ? "\\n" : t.text;
    else if (t.kind == Tok::Ident || t.kind == Tok::Int || t.kind == Tok::Float || t.kind == Tok::Imag) s += t.text;
    else s += tokName(t.kind);
  }
  return s;
}

// Errors for `src` placed as Go's test wrapper does ("var x = " on line 3).
std::vector<std::string> errorsOf(const std::string& expr) {
  return lex("package main\n\nvar x = " + expr + "\n").errors;
}

Token single(const std::string& src) {
  Lexed l = lex(src);
  EXPECT_TRUE(l.errors.empty()) << src << ": " << (l.errors.empty() ? "" : l.errors[0]);
  return l.toks.at(0);
}

using V = std::vector<std::string>;

// --- semicolon insertion ---------------------------------------------------------------------

TEST(LexerSemi, AfterIdentLiteralAndClosers) {
  EXPECT_EQ(kinds("x\n1\n1.5\n2i\n'a'\n\"s\"\n`r`\n)\n]\n}\n"),
            "x \\n 1 \\n 1.5 \\n 2i \\n literal \\n literal \\n literal \\n ) \\n ] \\n } \\n");
}

TEST(LexerSemi, AfterKeywordsThatEndStatements) {
  EXPECT_EQ(kinds("break\ncontinue\nfallthrough\nreturn\n"),
            "break \\n continue \\n fallthrough \\n return \\n");
  EXPECT_EQ(kinds("func\nif\nvar\nasync\nawait\n"), "func if var async await");
}

TEST(LexerSemi, AfterIncDec) { EXPECT_EQ(kinds("i++\nj--\n"), "i ++ \\n j -- \\n"); }

TEST(LexerSemi, NotAfterOperators) {
  EXPECT_EQ(kinds("a +\nb ,\nc (\n[\n{\n= .\n"), "a + b comma c ( [ { = .");
}

TEST(LexerSemi, AtEofWithoutNewline) {
  Lexed l = lex("x");
  ASSERT_EQ(l.toks.size(), 3u);
  EXPECT_EQ(l.toks[1].kind, Tok::Semi);
  EXPECT_EQ(l.toks[1].text, "EOF");
  EXPECT_EQ(l.toks[1].pos.col, 2);
  EXPECT_EQ(l.toks[2].kind, Tok::Eof);
  EXPECT_EQ(kinds("return // done"), "return EOF");
  EXPECT_EQ(kinds("x +"), "x +");
}

TEST(LexerSemi, PositionIsTheNewline) {
  Lexed l = lex("a := f(x)   // call\nb");
  const Token& semi = l.toks[6];
  ASSERT_EQ(semi.kind, Tok::Semi);
  EXPECT_EQ(semi.text, "\n");
  EXPECT_EQ(semi.pos.line, 1);
  EXPECT_EQ(semi.pos.col, 20);
}

TEST(LexerSemi, ExplicitSemicolonText) {
  Lexed l = lex("a; b");
  EXPECT_EQ(l.toks[1].kind, Tok::Semi);
  EXPECT_EQ(l.toks[1].text, ";");
}

TEST(LexerSemi, GeneralCommentWithNewlineActsAsNewline) {
  EXPECT_EQ(kinds("x /* a\nb */ y"), "x \\n y EOF");
  EXPECT_EQ(kinds("x /* a b */ y"), "x y EOF");
  EXPECT_EQ(kinds("x + /* a\nb */ y"), "x + y EOF");
  Lexed l = lex("x /* a\nb */ y");
  EXPECT_EQ(l.toks[1].pos.col, 3);  // Go places it at the comment
}

TEST(LexerSemi, EofForeverAfterEnd) {
  SourceFile file("t.csp", "x");
  Diagnostics diags(&file);
  Lexer lx(file, diags);
  lx.next();
  lx.next();
  for (int i = 0; i < 5; i++) EXPECT_EQ(lx.next().kind, Tok::Eof);
}

// --- identifiers, keywords, operators ----------------------------------------------------------

TEST(LexerIdent, UnicodeLettersAndDigits) {
  EXPECT_EQ(kinds("_x9 äöü αβγ кошка 日本語 x١"), "_x9 äöü αβγ кошка 日本語 x١ EOF");
  EXPECT_TRUE(lex("café := 1").errors.empty());
}

TEST(LexerIdent, InvalidCharactersInIdentifier) {
  EXPECT_EQ(errorsOf("a§b"), V{"3:10: invalid character U+00A7 '§' in identifier"});
  EXPECT_EQ(errorsOf("§"), V{"3:9: invalid character U+00A7 '§' in identifier"});
  EXPECT_EQ(errorsOf("x\u00a0y"), V{"3:10: invalid character U+00A0 in identifier"});
  EXPECT_EQ(errorsOf("\u06f6"), V{"3:9: identifier cannot begin with digit U+06F6 '۶'"});
  EXPECT_EQ(lex("a§b").toks[0].kind, Tok::Ident);  // kept as one name, like Go
}

TEST(LexerIdent, Keywords) {
  const char* src = "break case chan const continue default defer else fallthrough for func go goto "
                    "if import interface map package range return select struct switch type var "
                    "async await";
  std::vector<Tok> want = {Tok::Break, Tok::Case, Tok::Chan, Tok::Const, Tok::Continue,
                           Tok::Default, Tok::Defer, Tok::Else, Tok::Fallthrough, Tok::For,
                           Tok::Func, Tok::Go, Tok::Goto, Tok::If, Tok::Import, Tok::Interface,
                           Tok::Map, Tok::Package, Tok::Range, Tok::Return, Tok::Select,
                           Tok::Struct, Tok::Switch, Tok::Type, Tok::Var, Tok::Async, Tok::Await};
  Lexed l = lex(src);
  ASSERT_GE(l.toks.size(), want.size());
  for (size_t i = 0; i < want.size(); i++) EXPECT_EQ(l.toks[i].kind, want[i]) << i;
  EXPECT_EQ(keywordTok("funcs"), Tok::Ident);
  EXPECT_EQ(keywordTok("Func"), Tok::Ident);
}

TEST(LexerOps, AllOperators) {
  const char* src = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- "
                    "== < > = ! != <= >= := ... ( [ { , . ) ] } ; : ~";
  std::vector<Tok> want = {
      Tok::Add, Tok::Sub, Tok::Mul, Tok::Quo, Tok::Rem, Tok::And, Tok::Or, Tok::Xor, Tok::Shl,
      Tok::Shr, Tok::AndNot, Tok::AddAssign, Tok::SubAssign, Tok::MulAssign, Tok::QuoAssign,
      Tok::RemAssign, Tok::AndAssign, Tok::OrAssign, Tok::XorAssign, Tok::ShlAssign,
      Tok::ShrAssign, Tok::AndNotAssign, Tok::LAnd, Tok::LOr, Tok::Arrow, Tok::Inc, Tok::Dec,
      Tok::Eql, Tok::Lss, Tok::Gtr, Tok::Assign, Tok::Not, Tok::Neq, Tok::Leq, Tok::Geq,
      Tok::Define, Tok::Ellipsis, Tok::LParen, Tok::LBrack, Tok::LBrace, Tok::Comma, Tok::Period,
      Tok::RParen, Tok::RBrack, Tok::RBrace, Tok::Semi, Tok::Colon, Tok::Tilde};
  Lexed l = lex(src);
  EXPECT_TRUE(l.errors.empty());
  ASSERT_GE(l.toks.size(), want.size());
  for (size_t i = 0; i < want.size(); i++) {
    EXPECT_EQ(l.toks[i].kind, want[i]) << i;
    EXPECT_EQ(l.toks[i].text, i == 40 ? "," : i == 45 ? ";" : tokName(want[i])) << i;
  }
}

TEST(LexerOps, MaximalMunch) {
  EXPECT_EQ(kinds("a<-b"), "a <- b EOF");
  EXPECT_EQ(kinds("x..y"), "x . . y EOF");
  EXPECT_EQ(kinds("a&^=b&&c"), "a &^= b && c EOF");
  EXPECT_EQ(kinds("x.5"), "x .5 EOF");
}

TEST(LexerOps, Positions) {
  Lexed l = lex("package main\n\tx  :=\t42");
  EXPECT_EQ(l.toks[3].text, "x");
  EXPECT_EQ(l.toks[3].pos.line, 2);
  EXPECT_EQ(l.toks[3].pos.col, 2);
  EXPECT_EQ(l.toks[4].pos.col, 5);
  EXPECT_EQ(l.toks[5].pos.col, 8);
}

// --- numbers -----------------------------------------------------------------------------------

TEST(LexerNumber, ValidForms) {
  struct Case { const char* src; Tok kind; };
  const Case cases[] = {
      {"0", Tok::Int},          {"42", Tok::Int},         {"1_000_000", Tok::Int},
      {"0x1F", Tok::Int},       {"0XdeadBEEF", Tok::Int}, {"0x_1f", Tok::Int},
      {"0o17", Tok::Int},       {"0O17", Tok::Int},       {"017", Tok::Int},
      {"0b1010", Tok::Int},     {"0B_1", Tok::Int},       {"00", Tok::Int},
      {"1.5", Tok::Float},      {"1.", Tok::Float},       {".5", Tok::Float},
      {"1e10", Tok::Float},     {"1E+10", Tok::Float},    {"1e-10", Tok::Float},
      {"09.5", Tok::Float},     {"08e1", Tok::Float},     {"0x1p-2", Tok::Float},
      {"0x1.8p3", Tok::Float},  {"0X.8P0", Tok::Float},   {"0x_1p4", Tok::Float},
      {"1_0.2_5e1_0", Tok::Float},
      {"2i", Tok::Imag},        {"1.5i", Tok::Imag},      {"0x1p2i", Tok::Imag},
      {"0i", Tok::Imag},        {"089i", Tok::Imag},
  };
  for (const Case& c : cases) {
    Token t = single(c.src);
    EXPECT_EQ(t.kind, c.kind) << c.src;
    EXPECT_EQ(t.text, c.src);
  }
}

TEST(LexerNumber, Errors) {
  EXPECT_EQ(errorsOf("0x"), V{"3:11: hexadecimal literal has no digits"});
  EXPECT_EQ(errorsOf("0b"), V{"3:11: binary literal has no digits"});
  EXPECT_EQ(errorsOf("0o"), V{"3:11: octal literal has no digits"});
  EXPECT_EQ(errorsOf("0b102"), V{"3:13: invalid digit '2' in binary literal"});
  EXPECT_EQ(errorsOf("0128"), V{"3:12: invalid digit '8' in octal literal"});
  EXPECT_EQ(errorsOf("0o8"), V{"3:11: invalid digit '8' in octal literal"});
  EXPECT_EQ(errorsOf("1__0"), V{"3:11: '_' must separate successive digits"});
  EXPECT_EQ(errorsOf("1_"), V{"3:10: '_' must separate successive digits"});
  EXPECT_EQ(errorsOf("0x1_p3"), V{"3:12: '_' must separate successive digits"});
  EXPECT_EQ(errorsOf("1_.5"), V{"3:10: '_' must separate successive digits"});
  EXPECT_EQ(errorsOf("1e"), V{"3:11: exponent has no digits"});
  EXPECT_EQ(errorsOf("0x1.5"), V{"3:14: hexadecimal mantissa requires a 'p' exponent"});
  EXPECT_EQ(errorsOf("1p3"), V{"3:10: 'p' exponent requires hexadecimal mantissa"});
  EXPECT_EQ(errorsOf("0b1e3"), V{"3:12: 'e' exponent requires decimal mantissa"});
  EXPECT_EQ(errorsOf("0o1.2"), V{"3:12: invalid radix point in octal literal"});
  EXPECT_EQ(errorsOf("0x.p1"), V{"3:12: hexadecimal literal has no digits"});
}

// --- runes -------------------------------------------------------------------------------------

TEST(LexerRune, Values) {
  struct Case { const char* src; char32_t value; };
  const Case cases[] = {
      {"'a'", 'a'},       {"'ä'", 0xE4},     {"'本'", 0x672C},     {"'\\a'", 7},
      {"'\\b'", 8},       {"'\\f'", 12},     {"'\\n'", 10},        {"'\\r'", 13},
      {"'\\t'", 9},       {"'\\v'", 11},     {"'\\\\'", '\\'},     {"'\\''", '\''},
      {"'\\x41'", 0x41},  {"'\\xff'", 0xFF}, {"'\\000'", 0},       {"'\\377'", 255},
      {"'\\u12e4'", 0x12E4}, {"'\\U00101234'", 0x101234}, {"'\"'", '"'},
  };
  for (const Case& c : cases) {
    Token t = single(c.src);
    EXPECT_EQ(t.kind, Tok::Rune) << c.src;
    EXPECT_EQ(t.text, c.src);
    EXPECT_EQ(t.rune, c.value) << c.src;
  }
}

TEST(LexerRune, Errors) {
  EXPECT_EQ(errorsOf("'ab'"), V{"3:9: more than one character in rune literal"});
  EXPECT_EQ(errorsOf("''"), V{"3:10: empty rune literal or unescaped '"});
  EXPECT_EQ(errorsOf("'\\q'"), V{"3:11: unknown escape"});
  EXPECT_EQ(errorsOf("'\\\"'"), V{"3:11: unknown escape"});
  EXPECT_EQ(errorsOf("'\\400'"), V{"3:14: octal escape value 256 > 255"});
  EXPECT_EQ(errorsOf("'\\xg0'"), V{"3:12: invalid character 'g' in hexadecimal escape"});
  EXPECT_EQ(errorsOf("'\\uD800'"), V{"3:16: escape is invalid Unicode code point U+D800"});
  EXPECT_EQ(errorsOf("'\\U00110000'"), V{"3:20: escape is invalid Unicode code point U+110000"});
  EXPECT_EQ(errorsOf("'a"), V{"3:11: newline in rune literal"});
  EXPECT_EQ(lex("x = 'a").errors, V{"1:5: rune literal not terminated"});
}

// --- strings -----------------------------------------------------------------------------------

TEST(LexerString, InterpretedValues) {
  EXPECT_EQ(single("\"\"").text, "");
  EXPECT_EQ(single("\"héllo\"").text, "héllo");
  EXPECT_EQ(single("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"").text, "\a\b\f\n\r\t\v\\\"");
  EXPECT_EQ(single("\"\\x41\\101\\u00e9\\U0001F600\"").text, "AAé\xF0\x9F\x98\x80");
  // \x and octal escapes are bytes, not code points; \u is UTF-8.
  EXPECT_EQ(single("\"\\xff\\377\"").text, std::string("\xff\xff"));
  EXPECT_EQ(single("\"\\u00ff\"").text, "\xC3\xBF");
  EXPECT_EQ(single("\"'\"").text, "'");
  EXPECT_EQ(single("\"\\000\"").text, std::string(1, '\0'));
}

TEST(LexerString, RawValues) {
  Token t = single("`a\\n\r\nb\"c`");
  EXPECT_EQ(t.kind, Tok::String);
  EXPECT_EQ(t.text, "a\\n\nb\"c");  // carriage returns removed, no escapes
  Lexed l = lex("`line1\nline2` x");
  EXPECT_EQ(l.toks[1].pos.line, 2);
  EXPECT_EQ(l.toks[1].pos.col, 8);
}

TEST(LexerString, Errors) {
  EXPECT_EQ(errorsOf("\"abc"), V{"3:13: newline in string"});
  EXPECT_EQ(errorsOf("\"\\q\""), V{"3:11: unknown escape"});
  EXPECT_EQ(errorsOf("\"\\'\""), V{"3:11: unknown escape"});
  EXPECT_EQ(errorsOf("\"\\z\\x\""),
            (V{"3:11: unknown escape", "3:14: invalid character '\"' in hexadecimal escape"}));
  EXPECT_EQ(errorsOf("\"\\U0000D999\""), V{"3:20: escape is invalid Unicode code point U+D999"});
  EXPECT_EQ(lex("x = \"abc").errors, V{"1:5: string not terminated"});
  EXPECT_EQ(lex("x = `abc\n").errors, V{"1:5: string not terminated"});
  EXPECT_EQ(lex("x = \"\\").errors, V{"1:5: string not terminated"});
}

// --- comments, bad bytes, illegal characters ---------------------------------------------------

TEST(LexerComment, SkippedAndUnterminated) {
  EXPECT_EQ(kinds("a // b c\nd"), "a \\n d EOF");
  EXPECT_EQ(kinds("a /**/ b /***/ c /* ** */ d"), "a b c d EOF");
  EXPECT_EQ(lex("x = 1 /* abc\n").errors, V{"1:7: comment not terminated"});
  EXPECT_EQ(lex("/*").errors, V{"1:1: comment not terminated"});
}

TEST(LexerBadInput, IllegalCharacters) {
  EXPECT_EQ(errorsOf("@"), V{"3:9: invalid character U+0040 '@'"});
  EXPECT_EQ(errorsOf("\x01"), V{"3:9: invalid character U+0001"});
  EXPECT_EQ(errorsOf("\x7f"), V{"3:9: invalid character U+007F"});
  Lexed l = lex("x @\ny");
  ASSERT_GE(l.toks.size(), 4u);
  EXPECT_EQ(l.toks[1].kind, Tok::Illegal);
  EXPECT_EQ(l.toks[1].text, "@");
  EXPECT_EQ(l.toks[2].kind, Tok::Semi);  // Go skips the character: x still ends the line
}

TEST(LexerBadInput, NulBomAndInvalidUtf8) {
  using namespace std::string_literals;
  EXPECT_EQ(lex("x = 1\0\n"s).errors, V{"1:6: invalid NUL character"});
  EXPECT_EQ(lex("x = \"a\0b\"\n"s).errors, V{"1:7: invalid NUL character"});
  EXPECT_EQ(lex("x = \"a\xff" "b\"").errors, V{"1:7: invalid UTF-8 encoding"});
  EXPECT_EQ(lex("// \xfe\nx").errors, V{"1:4: invalid UTF-8 encoding"});
  EXPECT_EQ(lex("x \xc3(").errors, V{"1:3: invalid UTF-8 encoding"});
  // A surrogate is three bad bytes; Diagnostics keeps one copy per line, as Go does.
  EXPECT_EQ(lex("x\xed\xa0\x80").errors.size(), 1u);
  // A BOM is skipped at the start and reported anywhere else, even in literals and comments.
  Lexed l = lex("\xEF\xBB\xBFpackage main");
  EXPECT_TRUE(l.errors.empty());
  EXPECT_EQ(l.toks[0].kind, Tok::Package);
  EXPECT_EQ(lex("x\xEF\xBB\xBF").errors, V{"1:2: invalid BOM in the middle of the file"});
  EXPECT_EQ(lex("\"a\xEF\xBB\xBF\"").errors, V{"1:3: invalid BOM in the middle of the file"});
  EXPECT_EQ(lex("/* \xEF\xBB\xBF */").errors, V{"1:4: invalid BOM in the middle of the file"});
}

TEST(LexerBadInput, RandomBytesNeverCrashOrHang) {
  std::mt19937 rng(12345);
  const std::string alphabet = "\"'`\\/*\n\r\t .0123456789xXbBoOeEpPi_+-=<>!&|^%()[]{};:,~@$?"
                               "abcdefuUnrtv\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBB\xBF\xFF\xED\0";
  for (int iter = 0; iter < 10000; iter++) {
    std::string src(rng() % 64, ' ');
    for (char& c : src)
      c = (rng() % 4 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
    SourceFile file("fuzz.csp", src);
    Diagnostics diags(&file);
    Lexer lx(file, diags);
    size_t n = 0;
    while (lx.next().kind != Tok::Eof) {
      ASSERT_LE(++n, src.size() + 1) << "no progress";
    }
    for (const auto& d : diags.all()) {
      ASSERT_TRUE(d.pos.valid());
      ASSERT_FALSE(d.message.empty());
    }
  }
}

TEST(LexerPerf, OneMegabyteIsFast) {
  std::string unit =
      "func f(a, b int) (int, error) {\n\tx := a*b + 0x1F - 1.5e3 // comment\n"
      "\ts := \"hello, \\u4e16\\n\" + `raw`\n\tif x >= 10 && b != 'c' {\n\t\treturn x, nil\n\t}\n"
      "\t/* block */ y := []int{1, 2, 3}\n\tfor i := range y { x += i }\n\treturn 0, nil\n}\n";
  std::string src = "package main\n";
  while (src.size() < (1u << 20)) src += unit;
  SourceFile file("big.csp", src);
  Diagnostics diags(&file);
  Lexer lx(file, diags);
  auto t0 = std::chrono::steady_clock::now();
  size_t n = 0;
  while (lx.next().kind != Tok::Eof) n++;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_FALSE(diags.hasErrors());
  EXPECT_GT(n, 100000u);
  // Not a benchmark (machines are noisy), only a guard against accidental quadratic work.
  EXPECT_LT(ms, 2000) << n << " tokens";
  std::printf("lexed %zu bytes, %zu tokens in %lld ms\n", src.size(), n, static_cast<long long>(ms));
}

TEST(LexerToken, Names) {
  EXPECT_STREQ(tokName(Tok::Ident), "name");
  EXPECT_STREQ(tokName(Tok::Int), "literal");
  EXPECT_STREQ(tokName(Tok::String), "literal");
  EXPECT_STREQ(tokName(Tok::Func), "func");
  EXPECT_STREQ(tokName(Tok::Comma), "comma");
  EXPECT_STREQ(tokName(Tok::Semi), "semicolon or newline");
  EXPECT_STREQ(tokName(Tok::AndNotAssign), "&^=");
  EXPECT_STREQ(tokName(Tok::Eof), "EOF");
}

}  // namespace
}  // namespace csp
