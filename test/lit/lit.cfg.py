# test/lit/lit.cfg.py: lit configuration for the one-behaviour-per-file tests.
#
# Each test/lit/**/*.csp file carries its own RUN and CHECK lines; lit's internal shell
# runs the RUN lines. Parameters (lit --param NAME=VALUE):
#   csp        path to the csp binary (required)
#   filecheck  path to FileCheck (default: FileCheck from llvm-19, else PATH)
#   exec_root  where lit puts temporary files (default: $TMPDIR/csp-lit-UID/lit)
# Substitutions available in RUN lines:
#   %csp          the csp binary
#   FileCheck     the FileCheck binary
#   not           LLVM's `not` (found through PATH; a portable Inputs/bin/not is the fallback)
#   %python       the Python running lit (for generating inputs)
#   %expect-exit  `%expect-exit N cmd args...` succeeds iff cmd exits with status N (a crash,
#                 i.e. death by a signal, always fails); cmd's stdout/stderr pass through.
#   %idle-cpu     `%idle-cpu MAX_MS cmd args...` succeeds iff cmd exits 0 and uses under MAX_MS
#                 ms of CPU after it writes the line `idle` to stderr (Inputs/idle_cpu.py).
#   %gil-check    `%gil-check [--max-cpu-ratio X] [--min-cpu-ratio X] [--min-forced N]
#                 [--attempts N] -- cmd args...` checks a csp run's CPU/wall and GIL figures
#                 as the runtime reports them (Inputs/gil_check.py); prints `gil_check: ok`.
# Inputs/ directories hold helpers and data, never tests.
import atexit
import os
import shutil
import sys
import tempfile

import lit.formats

config.name = "csp"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".csp"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
# Temporary files (%t) go outside the source tree: --param exec_root=DIR, else a per-user
# directory under the system temp dir.
config.test_exec_root = lit_config.params.get("exec_root") or os.path.join(
    tempfile.gettempdir(), "csp-lit-%d" % os.getuid(), "lit")

_inputs = os.path.join(config.test_source_root, "Inputs")


def _tool(param, candidates):
    value = lit_config.params.get(param)
    if value:
        return os.path.abspath(value)
    for c in candidates:
        found = c if os.path.isabs(c) and os.access(c, os.X_OK) else shutil.which(c)
        if found:
            return found
    return None


csp = _tool("csp", [])
if csp is None:
    lit_config.fatal("pass the csp binary with --param csp=PATH")
filecheck = _tool("filecheck", ["/usr/lib/llvm-19/bin/FileCheck", "FileCheck-19", "FileCheck"])
if filecheck is None:
    lit_config.fatal("FileCheck not found: pass --param filecheck=PATH")

# `not` is resolved by lit's internal shell through PATH.
_llvm_not = "/usr/lib/llvm-19/bin/not"
_not_dir = os.path.dirname(_llvm_not) if os.access(_llvm_not, os.X_OK) else os.path.join(_inputs, "bin")
config.environment["PATH"] = os.pathsep.join([_not_dir, os.environ.get("PATH", "/usr/bin:/bin")])
# Deterministic runtime behaviour for tests: no user settings leak in.
for var in ("GOMAXPROCS", "CSP_PROCS", "CSP_GIL", "CSP_GIL_STATS_FILE"):
    config.environment.pop(var, None)
config.environment["LC_ALL"] = "C"
# tools/stackcheck.sh runs the suite with CSP_STACKCHECK set (runtime/sched/stack.h).
if "CSP_STACKCHECK" in os.environ:
    config.environment["CSP_STACKCHECK"] = os.environ["CSP_STACKCHECK"]
# The compiled-object cache (docs/cache.md) goes to a directory of this run's own, removed
# when lit exits: tests never see entries from another build or run, nor touch ~/.cache.
# Tests of the cache itself (cache/) set CSP_CACHE_DIR per RUN line.
config.environment.pop("CSP_CACHE", None)
_cache_dir = tempfile.mkdtemp(prefix="csp-lit-cache-")
atexit.register(shutil.rmtree, _cache_dir, True)
config.environment["CSP_CACHE_DIR"] = _cache_dir

# Tests of goroutines' small first segments say `REQUIRES: small-stacks`: sanitizer builds
# have none (runtime/sched/stack_abi.h); ctest passes --param sanitize=<name> for those.
if not lit_config.params.get("sanitize"):
    config.available_features.add("small-stacks")

# %rss-factor: what a test that checks a memory bound itself multiplies it by (an argument
# to its program): 10 on sanitizer builds, whose shadow memory and quarantines multiply what
# a program holds (test/CMakeLists.txt loosens the stress tests' bounds the same way), else 1.
config.substitutions.append(("%rss-factor", "10" if lit_config.params.get("sanitize") else "1"))

# Tests that need two workers running at once (test/lit/sched/) say `REQUIRES: multicore`.
if len(os.sched_getaffinity(0)) >= 2:
    config.available_features.add("multicore")

config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("%expect-exit", sys.executable + " " + os.path.join(_inputs, "expect_exit.py")))
config.substitutions.append(("%gil-check", sys.executable + " " + os.path.join(_inputs, "gil_check.py")))
config.substitutions.append(("%idle-cpu", sys.executable + " " + os.path.join(_inputs, "idle_cpu.py")))
config.substitutions.append(("%csp", csp))
config.substitutions.append((r"(?<![\w./-])FileCheck\b", filecheck))
