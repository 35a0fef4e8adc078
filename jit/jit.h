// jit/jit.h: compile a checked csp file to LLVM IR and run it with ORC LLJIT.
//
// Pipeline: codegen (AST -> LLVM IR, one Module per file; runtime entry points called by
// name) -> LLVM new pass manager at -O<optLevel> -> LLJIT, with the runtime's entry points
// registered explicitly from csp_rt_symbols() -> run main.main as goroutine 1.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "frontend/sema.h"
#include "frontend/source.h"

namespace csp {

struct RunOptions {
  int optLevel = 2;            // 0..3
  bool emitLLVM = false;       // print the optimised IR to irOut instead of running
  // os.Args: program path then its arguments. compileAndRun does not use them: the driver
  // passes them to csp_rt_init (nothing compiled depends on them).
  std::vector<std::string> args;
  bool cacheTried = false;     // runCached already missed: compileAndRun need not look again
};

// A cache hit needs no front end: the key (docs/cache.md) covers the source bytes, its path,
// the options, the host CPU and the csp binary itself (and so the embedded standard packages),
// and only programs that compiled without errors are ever stored. So the driver calls this
// right after reading the source: on a hit it runs the cached object and returns the exit
// code; otherwise (cache off, a miss, --emit-llvm) nullopt, and the driver compiles. The
// runtime must be initialised as for compileAndRun.
std::optional<int> runCached(const SourceFile& src, const RunOptions& opts);

// Generates code for `checked`, then either prints the IR (emitLLVM) or runs the program.
// The runtime must already be initialised: csp_rt_init(argc, argv) called on the process's
// first thread (Boehm GC requires it; linking registers GC roots), before compileAndRun,
// which may then run on any thread.
// Codegen may report located errors to `diags` (then nothing runs and 1 is returned).
// Returns the process exit code: the program's (0, os.Exit(n), 2 after a panic), or 1 if
// compilation failed. Internal JIT failures are "BUG:" errors.
int compileAndRun(CheckedFile& checked, TypeContext& types, const SourceFile& src,
                  Diagnostics& diags, const RunOptions& opts, std::ostream& irOut);

}  // namespace csp
