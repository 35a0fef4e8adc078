// frontend/sema.h: semantic analysis (type checking) of a parsed csp file.
//
// checkFile() resolves every identifier, computes the type and mode of every expression,
// evaluates constant expressions exactly, and reports Go's errors (with go/types' wording and
// positions) to Diagnostics. Passes, in order (see sema.cpp):
//   1. collect package-level objects (imports, consts, types, vars, funcs) into the package
//      scope; report redeclarations;
//   2. resolve type declarations, then constants (with iota), then function signatures;
//   3. check package-level variable initializers and compute Go's initialization order;
//   4. check every function body (statements, expressions, labels, missing return);
//   5. report unused variables and imports.
//
// Guarantees to codegen when there are no errors:
//  - Expr::type is set on every value expression, and is never an untyped type except for
//    untyped nil: untyped constants and untyped non-constant results (comparisons, shifts of
//    untyped constants) carry the type they were finally converted to (go/types'
//    updateExprType), e.g. the `1` in `var x int8 = 1` has type int8, and an untyped constant
//    passed to an `any` parameter has its default type.
//  - Expr::mode == Constant expressions have Expr::value set, representable in Expr::type.
//  - Ident::obj is set on every identifier that denotes something (not on `_`, field names,
//    or labels' Ident where obj is the Label object).
//  - CallExpr::callKind (and builtin) are set; BranchStmt::target is set for break/continue.
//  - Constructs outside the current milestone are reported as "<construct> not implemented
//    yet" at their position, so codegen only ever sees what it supports.
#pragma once

#include <vector>

#include "frontend/ast.h"
#include "frontend/source.h"
#include "frontend/types.h"

namespace csp {

// One package-level initialization `lhs = rhs` (a var spec, or part of one), in the order Go
// runs them. lhs may contain nullptr for `_`. rhs has one expression per lhs entry, or a
// single multi-valued call for several lhs.
struct PackageInit {
  std::vector<Object*> lhs;
  std::vector<Expr*> rhs;
};

class PackageLoader;

struct CheckedFile {
  File* file = nullptr;
  std::string path = "main";        // the package's import path ("main" for the program)
  std::string debugFile;            // what debug info calls its file ("" for the program: its path)
  Scope* scope = nullptr;           // the package scope (a standard package's members)
  std::vector<Object*> globals;     // package-level variables, in source order
  std::vector<PackageInit> inits;   // package-level variable initializers, in Go's order
  std::vector<FuncDecl*> funcs;     // every function declaration with a body, source order
  std::vector<FuncDecl*> initFuncs; // func init() declarations, in source order
  Object* mainFunc = nullptr;       // func main
  // The program: every standard package it imports, directly or not, each after the packages
  // it imports (Go's initialization order; PackageLoader::initOrder). Empty for a package.
  std::vector<CheckedFile*> deps;
};

// Returns true if the file type-checked without errors. Imports of standard packages are
// loaded through `loader` (nullptr: a loader private to this call, which then cannot be
// compiled: use it for diagnostics only).
bool checkFile(File& file, TypeContext& types, Diagnostics& diags, CheckedFile* out,
               PackageLoader* loader = nullptr);
// Checks one standard package (package `path`); used by PackageLoader.
bool checkPackage(File& file, const std::string& path, TypeContext& types, Diagnostics& diags,
                  CheckedFile* out, PackageLoader* loader);

}  // namespace csp
