# test/py/lit.cfg.py: the twin suite against CPython, the oracle for async semantics.
#
# Every X.py here is an asyncio program and X.csp its csp translation; X.out is the exact
# stdout that Debian's /usr/bin/python3 (3.11) printed for X.py. A test runs
# `csp run --procs 1 X.csp` from this directory and passes iff its stdout matches X.out byte
# for byte and it exits 0. One worker, as asyncio has one thread: which task runs next is then
# the scheduler's order, which follows asyncio's (a woken or new task goes to the back of the
# run queue). Goldens come from regen.sh (needs /usr/bin/python3); this suite only compares.
#
# Parameters: --param csp=PATH (required).
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree clean
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs"))
import pydiff  # noqa: E402

csp = lit_config.params.get("csp")
if not csp:
    lit_config.fatal("pass the csp binary with --param csp=PATH")

config.name = "py-twins"
config.test_format = pydiff.PyTwinTest(os.path.abspath(csp))
config.suffixes = [".csp"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = config.test_source_root
