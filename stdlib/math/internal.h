// stdlib/math/internal.h: what the .cpp files of stdlib/math share: float bit access, Go's
// amd64 conversions and wrapping integer arithmetic, the Exp code path switch, and the rule
// that no floating-point contraction happens. Internal to stdlib/math (and its tests).
//
// Invariants:
//  - Every stdlib/math .cpp includes this header before defining any function, so the
//    pragma at its end turns FP contraction off for all of them, whatever the build's flags:
//    Go on amd64 never fuses a*b+c (only math.FMA is fused), so neither may we.
//  - Go's float64 -> int64 conversion on amd64 is CVTTSD2SQ: truncation, and
//    0x8000000000000000 for NaN and out-of-range values (C++ leaves those undefined).
//  - Go's signed integers wrap; the helpers below do the same without C++'s UB.
#pragma once

#include "stdlib/math/math.h"

#include <bit>
#include <cstdint>

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace csp::gomath::detail {

inline uint64_t bits(double f) { return std::bit_cast<uint64_t>(f); }
inline double from_bits(uint64_t b) { return std::bit_cast<double>(b); }

// Go's math constants for float64 bit fields (bits.go).
inline constexpr uint64_t kNaNBits = 0x7FF8000000000001;  // Go's NaN()
inline constexpr uint64_t kInfBits = 0x7FF0000000000000;
inline constexpr uint64_t kNegInfBits = 0xFFF0000000000000;
inline constexpr uint64_t kOneBits = 0x3FF0000000000000;
inline constexpr uint64_t kMask = 0x7FF;
inline constexpr unsigned kShift = 64 - 11 - 1;
inline constexpr int64_t kBias = 1023;
inline constexpr uint64_t kSignMask = uint64_t{1} << 63;
inline constexpr uint64_t kFracMask = (uint64_t{1} << kShift) - 1;

inline double go_nan() { return from_bits(kNaNBits); }
inline double pos_inf() { return from_bits(kInfBits); }
inline double neg_inf() { return from_bits(kNegInfBits); }
inline bool is_nan(double f) { return f != f; }
inline bool is_inf(double f, int sign) {
  return (sign >= 0 && f > MaxFloat64) || (sign <= 0 && f < -MaxFloat64);
}

// Go's int64(f) on amd64 (CVTTSD2SQ).
inline int64_t go_f2i64(double f) {
  if (f >= -0x1p63 && f < 0x1p63) return static_cast<int64_t>(f);
  return INT64_MIN;
}

// Go's wrapping int arithmetic.
inline int64_t wrap_add(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}
inline int64_t wrap_sub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}
inline int64_t wrap_neg(int64_t a) { return static_cast<int64_t>(0 - static_cast<uint64_t>(a)); }

// SQRTSD, as Go's intrinsic: a negative argument gives x86's default NaN 0xFFF8000000000000
// and a NaN argument comes back quieted; never a libm call (errno, wrappers).
inline double sqrtsd(double x) {
#if defined(__x86_64__)
  return _mm_cvtsd_f64(_mm_sqrt_sd(_mm_setzero_pd(), _mm_set_sd(x)));
#else
  return __builtin_sqrt(x);
#endif
}

// x*y+z as Go's amd64 code computes it: MULSD into x's register, then ADDSD z into the
// product's, so with two NaN operands the first one's payload wins (x over y, product over z).
// Plain C++ x * y + z leaves the operand order to the compiler: clang commutes the add.
inline double mul_add_in_order(double x, double y, double z) {
#if defined(__x86_64__)
  asm("mulsd %1, %0" : "+x"(x) : "x"(y));
  asm("addsd %1, %0" : "+x"(x) : "x"(z));
  return x;
#else
  return x * y + z;
#endif
}

// (x, bias) -> x with normal exponent, as Go's normalize in bits.go.
struct Normalized {
  double y;
  int64_t exp;
};
inline Normalized normalize(double x) {
  constexpr double kSmallestNormal = 0x1p-1022;
  if (from_bits(bits(x) & ~kSignMask) < kSmallestNormal) return {x * 0x1p52, -52};
  return {x, 0};
}

// Whether Go would use the CPU's fused multiply-add: exp_amd64.s takes its FMA path when
// cpu.X86.HasAVX && cpu.X86.HasFMA (exp_amd64.go), and the math.FMA intrinsic uses
// VFMADD231SD when cpu.X86.HasFMA (else Go's software FMA, whose NaN results differ).
// Answered once from CPUID/XGETBV as Go's internal/cpu does; set_fma_path overrides it
// (for tests of the other path: concurrent callers may see either path meanwhile).
bool fma_path();
void set_fma_path(bool on);
// Exp as exp_amd64.s computes it on the given path.
double exp_amd64(double x, bool fma);

// Go's sin/cos argument reduction for huge arguments (trig_reduce.go).
inline constexpr double kReduceThreshold = 1 << 29;
struct Reduced {
  uint64_t j;
  double z;
};
Reduced trig_reduce(double x);

}  // namespace csp::gomath::detail

// No a*b+c fusion from here on (GCC ignores STDC FP_CONTRACT; the optimize pragma applies
// to every function defined after it in the translation unit).
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif
