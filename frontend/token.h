// frontend/token.h: the tokens of csp (Go's tokens plus `async` and `await`).
//
// The lexer (lexer.re) produces these; the parser (parser.yy) maps each Tok to its Bison
// symbol. Automatic semicolons inserted by the lexer (Go spec "Semicolons") are Tok::Semi
// tokens whose text is "\n" (or "EOF" at end of input), so diagnostics can say
// "unexpected newline" as Go does.
#pragma once

#include <string>
#include <string_view>

#include "frontend/source.h"

namespace csp {

enum class Tok {
  Eof,
  Illegal,  // the lexer already reported an error for it

  // Literals. Token::text is the literal as written (raw), except for String and Rune, whose
  // Token::value holds the decoded bytes (UTF-8) / the code point in Token::rune.
  Ident, Int, Float, Imag, Rune, String,

  // Keywords.
  Break, Case, Chan, Const, Continue, Default, Defer, Else, Fallthrough, For, Func, Go, Goto,
  If, Import, Interface, Map, Package, Range, Return, Select, Struct, Switch, Type, Var,
  Async, Await,  // csp extension

  // Operators and punctuation.
  Add, Sub, Mul, Quo, Rem,            // + - * / %
  And, Or, Xor, Shl, Shr, AndNot,     // & | ^ << >> &^
  AddAssign, SubAssign, MulAssign, QuoAssign, RemAssign,          // += -= *= /= %=
  AndAssign, OrAssign, XorAssign, ShlAssign, ShrAssign, AndNotAssign,  // &= |= ^= <<= >>= &^=
  LAnd, LOr, Arrow, Inc, Dec,         // && || <- ++ --
  Eql, Lss, Gtr, Assign, Not,         // == < > = !
  Neq, Leq, Geq, Define, Ellipsis,    // != <= >= := ...
  LParen, LBrack, LBrace, Comma, Period,
  RParen, RBrack, RBrace, Semi, Colon,
  Tilde,                              // ~ (generics are not in csp; lexed to give a clear error)
};

// The spelling used in messages: "+", "func", "name", "literal"...
const char* tokName(Tok t);
// Keyword lookup: Tok::Ident if `s` is not a keyword.
Tok keywordTok(std::string_view s);
// The binary operator of an assignment operator (`+=` -> `+`, `&^=` -> `&^`); Tok::Illegal
// for any other token.
Tok binaryOpOf(Tok opAssign);

struct Token {
  Tok kind = Tok::Eof;
  Pos pos;
  std::string text;   // raw spelling; for String: the decoded value; for auto-semicolon: "\n"
  char32_t rune = 0;  // for Rune: the code point (or byte value for \x / octal escapes)
  bool bad = false;   // the lexer reported an error inside this token (a malformed literal)
};

}  // namespace csp
