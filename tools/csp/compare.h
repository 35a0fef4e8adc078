// tools/csp/compare.h: `csp run --compare prog.csp` (docs/gil.md): the program runs twice, as
// two child processes of this binary, without and then with the GIL; their outputs are
// compared and one table shows both runs' figures side by side.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace csp::driver {

struct CompareArgs {
  std::vector<std::string> runFlags;  // `run` flags both children get (-O2, --procs 2, ...)
  std::string file;
  std::vector<std::string> progArgs;  // after the file
  int64_t switchIntervalNs = 0;       // the GIL run's --switch-interval (0: the default)
};

// Runs both children and prints the program's output once (stdout to stdout, stderr to
// stderr), then on stderr whether the outputs agree and the table. Returns the exit code:
// the program's when both runs agree (stdout and exit status), else 1.
int runCompare(const CompareArgs& args);

// The environment variable a child writes its figures to (gil.h, gil_set_stats): internal to
// the driver.
constexpr const char* kStatsFileVar = "CSP_GIL_STATS_FILE";

}  // namespace csp::driver
