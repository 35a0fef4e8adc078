// tools/csp/main.cpp: the `csp` command-line driver.
//
//   csp run [flags] file.csp [args...]   compile file.csp with the JIT and run it
//   csp version                          print the version
//   csp help                             print usage
//
// Exit codes: the program's own (0, os.Exit(n), 2 after a panic); 1 when the program does not
// compile (diagnostics on stderr); 2 for usage errors (message and usage on stderr).
// --compare (compare.cpp): the program's exit code when both runs agree, else 1.
// The stages run in one direction: load -> parse -> check -> codegen/JIT -> run; a stage
// runs only if the previous one reported no errors.
#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <llvm/Config/llvm-config.h>

#include "frontend/ast.h"
#include "frontend/parse.h"
#include "frontend/phase_trace.h"
#include "frontend/sema.h"
#include "frontend/source.h"
#include "frontend/types.h"
#include "jit/jit.h"
#include "runtime/csp_rt.h"
#include "tools/csp/compare.h"
#include "tools/csp/duration.h"

namespace {

constexpr const char* kVersion = "0.1.0";

const char* const kUsage =
    "usage: csp <command> [arguments]\n"
    "\n"
    "commands:\n"
    "  run [flags] file.csp [args...]  compile and run a csp (or Go) program\n"
    "  version                         print csp's version\n"
    "  help                            print this message\n"
    "\n"
    "flags for run:\n"
    "  -O0, -O1, -O2, -O3   optimisation level (default -O2)\n"
    "  --procs N            worker threads running goroutines (default: $GOMAXPROCS, else\n"
    "                       the number of CPUs; runtime.GOMAXPROCS changes it at run time)\n"
    "  --gil                run under a global interpreter lock that behaves like CPython's\n"
    "                       (also CSP_GIL=1; docs/gil.md)\n"
    "  --switch-interval D  the GIL's switch interval, a Go duration (default 5ms, as\n"
    "                       sys.getswitchinterval()); needs --gil or --compare\n"
    "  --gil-stats          print wall and CPU time and the GIL's figures on stderr at exit\n"
    "  --compare            run the program without and with the GIL, check that the outputs\n"
    "                       agree and print both runs' figures side by side (on stderr)\n"
    "  --emit-llvm          print the optimised LLVM IR instead of running\n"
    "  --dump-ast           print the syntax tree instead of running\n";

int usageError(const std::string& msg) {
  std::fprintf(stderr, "csp: %s\n%s", msg.c_str(), kUsage);
  return 2;
}

struct RunArgs {
  csp::RunOptions opts;
  bool dumpAst = false;
  int procs = 0;  // --procs; 0: the runtime's default
  bool gil = false;           // --gil
  int64_t switchInterval = 0;  // --switch-interval in ns; 0: the default
  bool gilStats = false;      // --gil-stats
  bool compare = false;       // --compare
  std::vector<std::string> childFlags;  // the flags --compare passes on to both runs
  std::string file;
};

// The value of a flag given as `--name=v` or `--name v`; false (and *err) when missing.
bool flagValue(const std::string& a, const std::string& name, int argc, char** argv, int* i, std::string* v,
               std::string* err, const char* what) {
  if (a == name) {
    if (*i + 1 >= argc) {
      *err = "run: flag " + name + " needs " + what;
      return false;
    }
    *v = argv[++*i];
  } else {
    *v = a.substr(name.size() + 1);
  }
  return true;
}

// Checks the GIL flags against each other and against CSP_GIL.
bool checkGilFlags(RunArgs* out, bool intervalGiven, std::string* err) {
  if (const char* env = std::getenv("CSP_GIL"); env != nullptr && !out->compare) {
    std::string e = env;
    if (e == "1") out->gil = true;
    else if (!e.empty() && e != "0") {
      *err = "run: CSP_GIL must be 0 or 1, not \"" + e + "\"";
      return false;
    }
  }
  if (out->compare) {
    const char* bad = out->gil ? "--gil" : out->gilStats ? "--gil-stats" : out->opts.emitLLVM ? "--emit-llvm"
                      : out->dumpAst ? "--dump-ast" : nullptr;
    if (bad != nullptr) {
      *err = std::string("run: --compare runs the program both without and with the GIL and prints the figures "
                         "itself; it does not go with ") + bad;
      return false;
    }
  } else if (intervalGiven && !out->gil) {
    *err = "run: --switch-interval needs --gil (or CSP_GIL=1, or --compare)";
    return false;
  }
  return true;
}

// Parses `run`'s flags; flags end at the first non-flag argument (the file), after which
// everything belongs to the program, as with `go run`.
bool parseRunArgs(int argc, char** argv, RunArgs* out, std::string* err) {
  int i = 0;
  bool intervalGiven = false;
  for (; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--") { i++; break; }
    if (a.empty() || a[0] != '-') break;
    out->childFlags.push_back(a);  // (the GIL flags and --procs' value below replace it)
    if (a.size() == 3 && a[1] == 'O' && a[2] >= '0' && a[2] <= '3') {
      out->opts.optLevel = a[2] - '0';
    } else if (a == "--emit-llvm" || a == "-emit-llvm") {
      out->opts.emitLLVM = true;
    } else if (a == "--dump-ast" || a == "-dump-ast") {
      out->dumpAst = true;
    } else if (a == "--procs" || a.rfind("--procs=", 0) == 0) {
      std::string v;
      if (a == "--procs") {
        if (i + 1 >= argc) {
          *err = "run: flag --procs needs a number";
          return false;
        }
        v = argv[++i];
      } else {
        v = a.substr(8);
      }
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end != '\0' || n < 1 || n > 256) {
        *err = "run: --procs wants a number of workers from 1 to 256, not \"" + v + "\"";
        return false;
      }
      out->procs = static_cast<int>(n);
      if (a == "--procs") out->childFlags.push_back("--procs=" + v);
      continue;
    } else if (a == "--gil") {
      out->gil = true;
      continue;
    } else if (a == "--switch-interval" || a.rfind("--switch-interval=", 0) == 0) {
      std::string v;
      if (!flagValue(a, "--switch-interval", argc, argv, &i, &v, err, "a duration such as 5ms")) return false;
      int64_t ns = 0;
      if (!csp::driver::parseGoDuration(v, &ns) || ns <= 0) {
        *err = "run: --switch-interval wants a positive duration such as 5ms or 100us, not \"" + v + "\"";
        return false;
      }
      out->switchInterval = ns;
      intervalGiven = true;
      continue;
    } else if (a == "--gil-stats") {
      out->gilStats = true;
      continue;
    } else if (a == "--compare") {
      out->compare = true;
      continue;
    } else {
      *err = "run: unknown flag " + a;
      return false;
    }
  }
  // Only -O levels (and --procs, pushed as one word) go to --compare's children.
  std::vector<std::string> kept;
  for (const std::string& f : out->childFlags)
    if ((f.size() == 3 && f[1] == 'O') || f.rfind("--procs=", 0) == 0) kept.push_back(f);
  out->childFlags = kept;
  if (!checkGilFlags(out, intervalGiven, err)) return false;
  if (i >= argc) {
    *err = "run: no file given";
    return false;
  }
  out->file = argv[i];
  for (; i < argc; i++) out->opts.args.push_back(argv[i]);
  return true;
}

// The program has run and the runtime has flushed its output: tearing down the syntax tree,
// the types and LLVM's statics would only delay the exit (about a millisecond for hello
// world), so leave as a C program's _exit does, after flushing the C and C++ streams.
[[noreturn]] void exitNow(int code) {
  csp::tracePhase("exit");
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  std::_Exit(code);
}

int runFile(const RunArgs& ra) {
  csp::SourceFile src("", "");
  std::string err;
  if (!csp::SourceFile::load(ra.file, &src, &err)) {
    std::fprintf(stderr, "csp: %s\n", err.c_str());
    return 1;
  }
  csp::tracePhase("load");
  csp::RunOptions opts = ra.opts;
  if (!ra.dumpAst) {
    if (std::optional<int> code = csp::runCached(src, opts)) exitNow(*code);
    opts.cacheTried = true;
  }
  csp::Diagnostics diags(&src);
  csp::AstContext ast;
  int syntaxErrors = 0;
  csp::File* file = csp::parseFile(src, ast, diags, &syntaxErrors);
  csp::tracePhase("parse");
  if (syntaxErrors > 0 || (ra.dumpAst && diags.hasErrors())) {
    diags.print(std::cerr);
    return 1;
  }
  if (ra.dumpAst) {
    csp::dumpAst(*file, std::cout);
    return 0;
  }
  csp::TypeContext types;
  csp::CheckedFile checked;
  if (!csp::checkFile(*file, types, diags, &checked) || diags.hasErrors()) {
    diags.print(std::cerr);
    return 1;
  }
  csp::tracePhase("check");
  int code = csp::compileAndRun(checked, types, src, diags, opts, std::cout);
  if (diags.hasErrors()) diags.print(std::cerr);
  exitNow(code);
}

// The compiler's stages recurse over the syntax tree, so a deeply nested program (100,000
// parentheses, a sum of 200,000 terms) needs a deep stack. They run on a thread whose stack
// is reserved up front and committed by the kernel only as it is touched, like Go's
// compiler running on a goroutine stack that may grow to 1 GB.
constexpr size_t kCompilerStackBytes = size_t(1) << 30;

struct CompileJob {
  const RunArgs* args;
  int exitCode = 1;
};

void* compileThread(void* p) {
  auto* job = static_cast<CompileJob*>(p);
  job->exitCode = runFile(*job->args);
  return nullptr;
}

int runOnBigStack(const RunArgs& ra) {
  CompileJob job{&ra};
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) != 0) return runFile(ra);
  bool started = pthread_attr_setstacksize(&attr, kCompilerStackBytes) == 0 &&
                 pthread_create(&thread, &attr, compileThread, &job) == 0;
  pthread_attr_destroy(&attr);
  if (!started) return runFile(ra);  // no big stack to be had: compile on this one
  pthread_join(thread, nullptr);
  return job.exitCode;
}

}  // namespace

int main(int argc, char** argv) {
  csp::PhaseTrace::get();  // starts the phase clock (CSP_TRACE_PHASES)
  if (argc < 2) return usageError("no command given");
  std::string cmd = argv[1];
  if (cmd == "run") {
    RunArgs ra;
    std::string err;
    if (!parseRunArgs(argc - 2, argv + 2, &ra, &err)) return usageError(err);
    if (ra.compare) {
      csp::driver::CompareArgs ca;
      ca.runFlags = ra.childFlags;
      ca.file = ra.file;
      ca.progArgs.assign(ra.opts.args.begin() + 1, ra.opts.args.end());
      ca.switchIntervalNs = ra.switchInterval;
      return csp::driver::runCompare(ca);
    }
    // The runtime (Boehm GC) must be initialised on the process's first thread; it gets the
    // program's arguments (os.Args), not csp's.
    std::vector<char*> progArgv;
    for (const std::string& a : ra.opts.args) progArgv.push_back(const_cast<char*>(a.c_str()));
    progArgv.push_back(nullptr);
    csp_rt_init(static_cast<int>(ra.opts.args.size()), progArgv.data());
    if (ra.procs > 0) csp_rt_set_procs(ra.procs);
    csp_rt_set_gil(ra.gil, ra.switchInterval);
    const char* statsFile = std::getenv(csp::driver::kStatsFileVar);  // (a --compare child)
    if (ra.gilStats || (statsFile != nullptr && *statsFile)) csp_rt_set_gil_stats(ra.gilStats, statsFile);
    csp_rt_set_exit(exitNow);  // main returning ends the process at once, as in Go
    csp_rt_set_small_stacks(true);  // every goroutine's function is JIT'd code
    return runOnBigStack(ra);
  }
  if (cmd == "version" || cmd == "--version") {
    std::printf("csp version %s (LLVM %s)\n", kVersion, LLVM_VERSION_STRING);
    return 0;
  }
  if (cmd == "help" || cmd == "-h" || cmd == "--help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  return usageError("unknown command \"" + cmd + "\"");
}
