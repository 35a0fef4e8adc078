# test/go/lit.cfg.py: the differential suite against real Go.
#
# Every X.go here is a Go program; X.out is the exact stdout that real Go produced for it and
# X.exitcode (optional, default 0) its exit status. A test runs `csp run X.go` from this
# directory, with X.in (optional) as its stdin or else /dev/null, and passes iff stdout
# matches X.out byte for byte and the exit status matches.
# stderr is not compared (Go's panic traces carry addresses), but it is shown on failure.
# Goldens come from regen.sh (needs `go`); this suite only compares.
#
# pending/ holds programs (with their goldens) that csp does not pass yet: the suite skips
# that directory; a program moves up here once csp gets it right.
#
# Markers in a .go file (first lines):
#   // csp-only               not a Go program: regen.sh skips it (its .out is hand-written)
#   // golden: hand-written   Go 1.22 semantics the installed Go cannot run; .out by hand
#
# Parameters: --param csp=PATH (required).
import atexit
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs"))
import godiff  # noqa: E402

csp = lit_config.params.get("csp")
if not csp:
    lit_config.fatal("pass the csp binary with --param csp=PATH")

config.name = "go-differential"
config.test_format = godiff.GoDiffTest(os.path.abspath(csp))
config.suffixes = [".go"]
config.excludes = ["Inputs", "pending"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = config.test_source_root
# godiff runs csp with lit's own environment: point the compiled-object cache (docs/cache.md)
# at a directory of this run's own, removed when lit exits.
os.environ.pop("CSP_CACHE", None)
_cache_dir = tempfile.mkdtemp(prefix="csp-go-cache-")
atexit.register(shutil.rmtree, _cache_dir, True)
os.environ["CSP_CACHE_DIR"] = _cache_dir
