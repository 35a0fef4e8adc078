// stdlib/math/rand/gomath.cpp: float64 -> uint64 as Go compiles it for amd64 (see gomath.h;
// math.Log and math.Exp come from stdlib/math).
#include "stdlib/math/rand/gomath.h"

#include <cstdint>

namespace csp::gorand::detail {

namespace {

// CVTTSD2SQ: truncates; out of range or NaN gives INT64_MIN.
int64_t cvttsd2sq(double v) {
  if (v >= -9223372036854775808.0 && v < 9223372036854775808.0) return static_cast<int64_t>(v);
  return INT64_MIN;
}

}  // namespace

uint64_t go_float64_to_uint64(double x) {
  constexpr double kCutoff = 9223372036854775808.0;  // 1<<63
  if (x < kCutoff) return static_cast<uint64_t>(cvttsd2sq(x));
  return static_cast<uint64_t>(cvttsd2sq(x - kCutoff)) | (uint64_t(1) << 63);
}

}  // namespace csp::gorand::detail
