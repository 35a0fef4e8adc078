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

File* parseFile(const SourceFile& src, AstContext& ast, Diagnostics& diags);

}  // namespace csp
