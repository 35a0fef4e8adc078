// frontend/token.cpp: token spellings for messages and the keyword table.
//
// tokName follows the words Go's parser uses in "syntax error: unexpected X, expected Y"
// (cmd/compile/internal/syntax, tokstring and token_string.go): "name" for identifiers,
// "literal" for every literal kind, the keyword or operator spelling itself, and the two
// English words Go uses for punctuation, "comma" and "semicolon or newline". A parser that
// prints an *unexpected* token should prefer Token::text for names, literals and automatic
// semicolons ("newline", "EOF"), as Go does. binaryOpOf maps `op=` to `op` for sema and codegen.
#include "frontend/token.h"

#include <array>
#include <utility>

namespace csp {

const char* tokName(Tok t) {
  switch (t) {
    case Tok::Eof: return "EOF";
    case Tok::Illegal: return "illegal character";
    case Tok::Ident: return "name";
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Rune: case Tok::String:
      return "literal";
    case Tok::Break: return "break";
    case Tok::Case: return "case";
    case Tok::Chan: return "chan";
    case Tok::Const: return "const";
    case Tok::Continue: return "continue";
    case Tok::Default: return "default";
    case Tok::Defer: return "defer";
    case Tok::Else: return "else";
    case Tok::Fallthrough: return "fallthrough";
    case Tok::For: return "for";
    case Tok::Func: return "func";
    case Tok::Go: return "go";
    case Tok::Goto: return "goto";
    case Tok::If: return "if";
    case Tok::Import: return "import";
    case Tok::Interface: return "interface";
    case Tok::Map: return "map";
    case Tok::Package: return "package";
    case Tok::Range: return "range";
    case Tok::Return: return "return";
    case Tok::Select: return "select";
    case Tok::Struct: return "struct";
    case Tok::Switch: return "switch";
    case Tok::Type: return "type";
    case Tok::Var: return "var";
    case Tok::Async: return "async";
    case Tok::Await: return "await";
    case Tok::Add: return "+";
    case Tok::Sub: return "-";
    case Tok::Mul: return "*";
    case Tok::Quo: return "/";
    case Tok::Rem: return "%";
    case Tok::And: return "&";
    case Tok::Or: return "|";
    case Tok::Xor: return "^";
    case Tok::Shl: return "<<";
    case Tok::Shr: return ">>";
    case Tok::AndNot: return "&^";
    case Tok::AddAssign: return "+=";
    case Tok::SubAssign: return "-=";
    case Tok::MulAssign: return "*=";
    case Tok::QuoAssign: return "/=";
    case Tok::RemAssign: return "%=";
    case Tok::AndAssign: return "&=";
    case Tok::OrAssign: return "|=";
    case Tok::XorAssign: return "^=";
    case Tok::ShlAssign: return "<<=";
    case Tok::ShrAssign: return ">>=";
    case Tok::AndNotAssign: return "&^=";
    case Tok::LAnd: return "&&";
    case Tok::LOr: return "||";
    case Tok::Arrow: return "<-";
    case Tok::Inc: return "++";
    case Tok::Dec: return "--";
    case Tok::Eql: return "==";
    case Tok::Lss: return "<";
    case Tok::Gtr: return ">";
    case Tok::Assign: return "=";
    case Tok::Not: return "!";
    case Tok::Neq: return "!=";
    case Tok::Leq: return "<=";
    case Tok::Geq: return ">=";
    case Tok::Define: return ":=";
    case Tok::Ellipsis: return "...";
    case Tok::LParen: return "(";
    case Tok::LBrack: return "[";
    case Tok::LBrace: return "{";
    case Tok::Comma: return "comma";
    case Tok::Period: return ".";
    case Tok::RParen: return ")";
    case Tok::RBrack: return "]";
    case Tok::RBrace: return "}";
    case Tok::Semi: return "semicolon or newline";
    case Tok::Colon: return ":";
    case Tok::Tilde: return "~";
  }
  return "?";
}

Tok binaryOpOf(Tok opAssign) {
  switch (opAssign) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::Illegal;
  }
}

namespace {
constexpr std::array<std::pair<std::string_view, Tok>, 27> kKeywords{{
    {"break", Tok::Break},       {"case", Tok::Case},
    {"chan", Tok::Chan},         {"const", Tok::Const},
    {"continue", Tok::Continue}, {"default", Tok::Default},
    {"defer", Tok::Defer},       {"else", Tok::Else},
    {"fallthrough", Tok::Fallthrough}, {"for", Tok::For},
    {"func", Tok::Func},         {"go", Tok::Go},
    {"goto", Tok::Goto},         {"if", Tok::If},
    {"import", Tok::Import},     {"interface", Tok::Interface},
    {"map", Tok::Map},           {"package", Tok::Package},
    {"range", Tok::Range},       {"return", Tok::Return},
    {"select", Tok::Select},     {"struct", Tok::Struct},
    {"switch", Tok::Switch},     {"type", Tok::Type},
    {"var", Tok::Var},           {"async", Tok::Async},
    {"await", Tok::Await},
}};
}  // namespace

Tok keywordTok(std::string_view s) {
  // Every keyword is 2..11 lowercase ASCII letters; most identifiers fail this quickly.
  if (s.size() < 2 || s.size() > 11 || s[0] < 'a' || s[0] > 'z') return Tok::Ident;
  for (const auto& [word, tok] : kKeywords)
    if (word == s) return tok;
  return Tok::Ident;
}

}  // namespace csp
