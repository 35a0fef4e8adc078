# test/go_pending/lit.cfg.py: runs the staged differential programs with test/go's format.
#
# Programs here need goroutines, channels, select, sync, time or runtime; each moves to
# test/go/ (with its .out/.exitcode) once csp passes it. Goldens come from real Go through
# test/go/regen.sh: `test/go/regen.sh $PWD/test/go_pending` (absolute path, or relative to
# the current directory). Run: lit.py -sv --param csp=build/bin/csp test/go_pending
import os

_here = os.path.dirname(os.path.abspath(__file__))
_go_cfg = os.path.join(os.path.dirname(_here), "go", "lit.cfg.py")
# test/go's config imports its godiff module from Inputs/ relative to __file__.
__file__ = _go_cfg
exec(compile(open(_go_cfg).read(), _go_cfg, "exec"))
config.name = "go-differential-pending"
config.test_source_root = _here
config.test_exec_root = _here
