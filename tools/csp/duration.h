// tools/csp/duration.h: Go's duration syntax for the driver's flags (--switch-interval=5ms).
#pragma once

#include <cstdint>
#include <string>

namespace csp::driver {

// Parses s as Go's time.ParseDuration does: an optional sign, then one or more decimal numbers
// each with a unit, "ns", "us" (or "µs", "μs"), "ms", "s", "m", "h" ("1.5ms", "2m30s"); "0"
// alone is zero. False on anything else or on overflow of int64 nanoseconds.
bool parseGoDuration(const std::string& s, int64_t* ns);

// A duration as Go's Duration.String prints it ("5ms", "1.5s", "100µs", "2m30s").
std::string formatGoDuration(int64_t ns);

// The same to 3 significant digits, for tables ("4.98ms", "1.23s", "812ns").
std::string formatShortDuration(int64_t ns);

}  // namespace csp::driver
