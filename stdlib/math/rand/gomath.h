// stdlib/math/rand/gomath.h: the few math functions math/rand needs, computed bit for bit as
// Go computes them on amd64, so that NormFloat64, ExpFloat64 and Zipf return Go's values:
// math.Log and math.Exp from stdlib/math, and the amd64 float64 -> uint64 conversion of
// cmd/compile (ssagen's float64ToUint64). Go is BSD-licensed. Internal to stdlib/math/rand/.
//
// Invariants:
//  - Every operation is one IEEE double operation rounded to nearest, in Go's order; the
//    fused steps of the FMA path are std::fma, and nothing else is fused, whatever the target
//    (gomath.cpp turns contraction off for GCC and clang).
//  - go_log(x) follows the assembly where it differs from the pure-Go math.log: it doubles
//    f1 when f1 <= Sqrt2/2 (Go's log.go: <; both give the same bits at f1 == Sqrt2/2), and
//    takes a subnormal x as if its exponent field were that of a normal number.
//  - No state; safe from any thread.
#pragma once

#include <cstdint>

#include "stdlib/math/internal.h"
#include "stdlib/math/math.h"

namespace csp::gorand::detail {

// math.Log and math.Exp as Go computes them on amd64: stdlib/math's port (exp_amd64 on the FMA
// or SSE2 path, chosen once like Go's useFMA).
inline double go_log(double x) { return gomath::Log(x); }
inline double go_exp(double x) { return gomath::Exp(x); }
inline double go_exp_fma(double x) { return gomath::detail::exp_amd64(x, true); }
inline double go_exp_sse2(double x) { return gomath::detail::exp_amd64(x, false); }
inline bool go_exp_uses_fma() { return gomath::detail::fma_path(); }
// uint64(x) for a float64 x, as Go compiles it for amd64 (out of range: 1<<63, or the
// two's complement of the truncated value for negative x in int64 range).
uint64_t go_float64_to_uint64(double x);

}  // namespace csp::gorand::detail
