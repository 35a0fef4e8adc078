// frontend/packages.h: the standard packages as csp sources, and loading them for imports.
//
// Each standard package is one csp file, stdlib/<path>/<base>.csp, embedded in the binary
// (tools/embed_stdlib.py writes kStdlibSources). It is an ordinary csp package: declarations,
// functions written in csp, and functions without a body, which are implemented in C++
// (frontend/bridge.h: how their calls are lowered; stdlib/README.md).
//
// PackageLoader parses and type-checks a package the first time it is imported, then its own
// imports the same way, and keeps everything (sources, ASTs, checked results) alive as long
// as it lives: codegen needs it. A standard package with errors is an internal bug (bug()),
// never a diagnostic of the user's program. Import cycles among standard packages are bugs too.
//
// Who calls what: one PackageLoader per compilation, used from the compiling thread only.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/sema.h"
#include "frontend/source.h"
#include "frontend/types.h"

namespace csp {

struct EmbeddedSource {
  const char* path;  // import path: "strings", "math/rand"
  const char* file;  // "stdlib/strings/strings.csp"
  const char* text;
};
extern const EmbeddedSource kStdlibSources[];
extern const size_t kStdlibSourceCount;

class PackageLoader {
 public:
  explicit PackageLoader(TypeContext& types) : types_(types) {}
  PackageLoader(const PackageLoader&) = delete;
  PackageLoader& operator=(const PackageLoader&) = delete;

  // The package object for `import "path"` (its members are the package scope), loading and
  // checking it on first use; nullptr if there is no such standard package.
  Object* load(const std::string& path);
  // Every package loaded, each after the packages it imports (Go's initialization order).
  const std::vector<CheckedFile*>& initOrder() const { return order_; }

 private:
  struct Package {
    std::string path;
    std::unique_ptr<SourceFile> src;
    std::unique_ptr<Diagnostics> diags;
    std::unique_ptr<AstContext> ast;
    CheckedFile checked;
    Object* obj = nullptr;
    bool loading = false;
  };
  TypeContext& types_;
  std::map<std::string, std::unique_ptr<Package>> pkgs_;
  std::vector<CheckedFile*> order_;
};

}  // namespace csp
