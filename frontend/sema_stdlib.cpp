// frontend/sema_stdlib.cpp: imports of the standard packages, which are csp source files
// loaded and checked by PackageLoader (frontend/packages.h).
#include "frontend/sema_checker.h"

namespace csp::sema {

Object* Checker::stdPackage(const std::string& path) {
  auto it = stdPkgs_.find(path);
  if (it != stdPkgs_.end()) return it->second;
  Object* pkg = loader_ ? loader_->load(path) : nullptr;
  stdPkgs_[path] = pkg;
  return pkg;
}

}  // namespace csp::sema
