// jit/codegen_debug.cpp: the DWARF the JIT'd object carries for tracebacks.
//
// One DISubprogram per function, named as Go names it in traces ("main.fib", "main.(*T).M",
// "main.main.func1"), and a DILocation on every instruction (FuncGen::setLoc); no variables or
// types. (A LineTablesOnly unit would be the same size but LLVM then omits the subprogram
// DIEs, and with them the function names and inlining records a trace needs.) LLVM keeps inlined calls' locations and emits
// DW_TAG_inlined_subroutine entries, so a trace can show inlined frames as Go does. Runtime
// glue the compiler generates (defer thunks, wrappers) is named "csp.*": tracebacks skip it.
// jit/symbolize.cpp reads this back from the object when a panic is printed.
#include "jit/codegen.h"

namespace csp {

llvm::DISubprogram* ModuleGen::subprogram(llvm::Function* f, const std::string& goName, int line,
                                          llvm::DIFile* file) {
  if (!file) file = difile_;
  llvm::DISubroutineType* ty = dib_->createSubroutineType(dib_->getOrCreateTypeArray({}));
  llvm::DISubprogram* sp = dib_->createFunction(
      file, goName, goName, file, line, ty, line, llvm::DINode::FlagZero,
      llvm::DISubprogram::SPFlagDefinition);
  f->setSubprogram(sp);
  return sp;
}

void FuncGen::setLoc(Pos p) {
  b_.SetCurrentDebugLocation(llvm::DILocation::get(m_.ctx(), p.line > 0 ? p.line : 0,
                                                   p.col > 0 ? p.col : 0, sp_));
}

}  // namespace csp
