// jit/optimize.h: the LLVM new-pass-manager pipeline run on each module before the JIT.
#pragma once

#include <llvm/IR/Module.h>
#include <llvm/Target/TargetMachine.h>

namespace csp {

// Runs buildO0DefaultPipeline (optLevel 0) or buildPerModuleDefaultPipeline(O1..O3) on m.
// tm supplies target information (cost models, TargetLibraryInfo); m must already carry
// tm's data layout and triple.
void optimizeModule(llvm::Module& m, llvm::TargetMachine& tm, int optLevel);

}  // namespace csp
