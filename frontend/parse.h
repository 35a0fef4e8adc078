// frontend/parse.h: entry point of the parser (parser.yy, Bison lalr1.cc).
//
// parseFile() parses one source file into an AST owned by `ast`. Syntax errors are reported
// to `diags` with Go's wording and positions ("syntax error: unexpected newline, expecting
// comma or )"); the parser recovers at statement and declaration boundaries to find more
// errors, and always returns a File (possibly partial). It never crashes or loops on any
// input.
#pragma once

#include "frontend/ast.h"
#include "frontend/source.h"

namespace csp {

// *syntaxErrors (if given) receives the number of "syntax error: ..." diagnostics. As in gc,
// only those stop compilation before type checking: lexical errors (a bad escape, an invalid
// digit, an unterminated comment) and the parser's other complaints do not, so that every
// error is reported, sorted by position.
File* parseFile(const SourceFile& src, AstContext& ast, Diagnostics& diags, int* syntaxErrors = nullptr);

}  // namespace csp
