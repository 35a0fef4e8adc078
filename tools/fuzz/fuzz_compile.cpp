// tools/fuzz/fuzz_compile.cpp: the libFuzzer target over the whole compiler.
//
// Source bytes in; diagnostics or LLVM IR out. Each input goes through exactly the stages
// `csp run --emit-llvm -O0` runs: parse, type-check (standard packages included), code
// generation, the LLVM verifier, printing the IR. Nothing is executed. Whatever the bytes, the
// compiler must end in one of two ways: diagnostics, or a verified module. A crash, a sanitizer
// report, a `BUG:` (which aborts: codegen produced IR the verifier rejects, or an internal
// invariant failed) or a hang is a finding; each one becomes a regression test in
// test/lit/fuzz/. Run it with tools/fuzz.sh (see docs/testing.md).
#include <pthread.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "frontend/ast.h"
#include "frontend/packages.h"
#include "frontend/parse.h"
#include "frontend/sema.h"
#include "frontend/source.h"
#include "jit/jit.h"
#include "runtime/csp_rt.h"

namespace {

// The compiler recurses over the syntax tree; `csp run` gives it a 1 GiB reserved stack
// (tools/csp/main.cpp). Inputs here are at most -max_len bytes, but ASan's frames are larger,
// so the fuzzer compiles on a thread with a 256 MiB stack, committed only as touched.
constexpr size_t kStackBytes = size_t(256) << 20;

struct Job {
  const uint8_t* data;
  size_t size;
};

void compileOne(const Job& job) {
  csp::SourceFile src("fuzz.csp", std::string(reinterpret_cast<const char*>(job.data), job.size));
  csp::Diagnostics diags(&src);
  csp::AstContext ast;
  int syntaxErrors = 0;
  csp::File* file = csp::parseFile(src, ast, diags, &syntaxErrors);
  std::ostringstream sink;
  if (syntaxErrors > 0) {
    diags.print(sink);  // printing is part of the contract: positions, source lines, carets
    return;
  }
  csp::TypeContext types;
  csp::CheckedFile checked;
  // The fuzzer owns the standard packages' syntax trees (checkFile alone keeps them for the
  // process's life, as `csp run` needs): each input frees its own, so memory stays flat
  // over hours of inputs instead of growing by ~2 MB an input until -rss_limit_mb.
  csp::PackageLoader loader(types);
  if (!csp::checkFile(*file, types, diags, &checked, &loader) || diags.hasErrors()) {
    diags.print(sink);
    return;
  }
  csp::RunOptions opts;
  opts.optLevel = 0;
  opts.emitLLVM = true;
  csp::compileAndRun(checked, types, src, diags, opts, sink);
  if (diags.hasErrors()) diags.print(sink);
}

void* compileThread(void* p) {
  compileOne(*static_cast<Job*>(p));
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  // As the driver does: the runtime (Boehm GC) is initialised on the first thread.
  static char name[] = "fuzz.csp";
  static char* args[] = {name, nullptr};
  csp_rt_init(1, args);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Job job{data, size};
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) != 0) std::abort();
  if (pthread_attr_setstacksize(&attr, kStackBytes) != 0 ||
      pthread_create(&thread, &attr, compileThread, &job) != 0)
    std::abort();
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
  return 0;
}
