// frontend/lexer.h: the csp lexer (re2c, frontend/lexer.re).
//
// Lexer turns one SourceFile into Tokens on demand. It implements Go's lexical grammar:
// UTF-8 source (a NUL byte, invalid UTF-8 or a BOM not at the start is an error), line and
// general comments, identifiers (Unicode letters and digits), all integer literal forms
// (decimal, 0x, 0o/0 octal, 0b, '_' separators), decimal and hex floats with exponents,
// imaginary literals, rune and string literals with every escape, raw strings, and automatic
// semicolon insertion. Errors go to Diagnostics with Go's wording and position; the lexer
// then recovers and continues, so it never loops forever or crashes on any input.
#pragma once

#include <cstddef>

#include "frontend/source.h"
#include "frontend/token.h"

namespace csp {

class Lexer {
 public:
  Lexer(const SourceFile& file, Diagnostics& diags);

  // The next token. After the end it returns Tok::Eof forever (with, first, an automatic
  // semicolon if the last line needs one).
  Token next();

 private:
  Token scan();  // the re2c-generated body

  const SourceFile& file_;
  Diagnostics& diags_;
  const char* begin_;   // start of the text
  const char* cursor_;  // next byte to read
  const char* limit_;   // one past the last byte (text is NUL-terminated there)
  const char* marker_ = nullptr;
  bool insertSemi_ = false;  // the last token allows an automatic semicolon at newline
};

}  // namespace csp
