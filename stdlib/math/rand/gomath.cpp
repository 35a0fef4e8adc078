// stdlib/math/rand/gomath.cpp: math.Log, math.Exp and float64 -> uint64 as Go computes them on
// amd64 (see gomath.h). Each function is a transcription of Go 1.19's assembly
// (math/log_amd64.s, math/exp_amd64.s), one C++ operation per SSE instruction, in order.
#include "stdlib/math/rand/gomath.h"

#include <bit>
#include <cmath>

// No a*b+c here may become one fused operation, whatever the target: GCC fuses across
// statements by default for C++ (-ffp-contract=fast) when the target has FMA (-march=native,
// x86-64-v3), clang within an expression (-ffp-contract=on).
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

namespace csp::gorand::detail {

namespace {

double from_bits(uint64_t b) { return std::bit_cast<double>(b); }

// CVTSD2SL: rounds with the current (nearest-even) mode; out of range or NaN gives the
// "integer indefinite" value INT32_MIN.
int32_t cvtsd2sl(double v) {
  double r = std::nearbyint(v);
  if (r >= -2147483648.0 && r <= 2147483647.0) return static_cast<int32_t>(r);
  return INT32_MIN;
}

// CVTTSD2SQ: truncates; out of range or NaN gives INT64_MIN.
int64_t cvttsd2sq(double v) {
  if (v >= -9223372036854775808.0 && v < 9223372036854775808.0) return static_cast<int64_t>(v);
  return INT64_MIN;
}

// exp_amd64.s's constants (exprodata and the #defines).
constexpr double kLog2e = 1.4426950408889634073599246810018920;
constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
constexpr double kOverflow = 7.09782712893384e+02;
constexpr double kExpC[] = {
    2.4801587301587301587e-5,  // exprodata+64
    1.9841269841269841270e-4,  // +56
    1.3888888888888888889e-3,  // +48
    8.3333333333333333333e-3,  // +40
    4.1666666666666666667e-2,  // +32
    1.6666666666666666667e-1,  // +24
    0.5,                       // +0
    1.0,                       // +8
};
constexpr uint64_t kPosInf = 0x7FF0000000000000;
constexpr uint64_t kNegInf = 0xFFF0000000000000;

// The special cases before the argument reduction: sets *out and returns true when x is not
// finite or overflows.
bool exp_special(double x, double* out) {
  uint64_t bx = std::bit_cast<uint64_t>(x);
  if ((bx & ~(uint64_t(1) << 63)) >= kPosInf) {  // NaN or ±Inf
    *out = bx == kNegInf ? 0.0 : x;
    return true;
  }
  if (x > kOverflow) {
    *out = from_bits(kPosInf);
    return true;
  }
  return false;
}

// The "ldexp" tail: fr * 2**k, with the assembly's overflow, denormal and underflow steps.
double exp_scale(double fr, int32_t k) {
  int32_t bx = k + 0x3FF;  // ADDL $0x3FF, BX; k <= 1025 here, so no wrap
  if (bx <= 0) {
    if (bx < -52) return 0.0;
    fr = fr * from_bits(uint64_t(bx + 0x3FE) << 52);
    bx = 1;
  } else if (bx >= 0x7FF) {
    return from_bits(kPosInf);
  }
  return fr * from_bits(uint64_t(bx) << 52);
}

}  // namespace

double go_log(double x) {
  constexpr double kHSqrt2 = 7.07106781186547524401e-01;
  constexpr double kLn2Hi = 6.93147180369123816490e-01;
  constexpr double kLn2Lo = 1.90821492927058770002e-10;
  constexpr double kL1 = 6.666666666666735130e-01;
  constexpr double kL2 = 3.999999999940941908e-01;
  constexpr double kL3 = 2.857142874366239149e-01;
  constexpr double kL4 = 2.222219843214978396e-01;
  constexpr double kL5 = 1.818357216161805012e-01;
  constexpr double kL6 = 1.531383769920937332e-01;
  constexpr double kL7 = 1.479819860511658591e-01;
  uint64_t bx = std::bit_cast<uint64_t>(x);
  if ((bx & ~(uint64_t(1) << 63)) == 0) return from_bits(kNegInf);
  if (static_cast<int64_t>(bx) < 0) return from_bits(0x7FF8000000000001);
  if (static_cast<int64_t>(bx) >= static_cast<int64_t>(kPosInf)) return x;
  // f1, ki := math.Frexp(x), done on the bits (so subnormals are taken as normal).
  double f1 = from_bits((bx & 0x000FFFFFFFFFFFFF) | 0x3FE0000000000000);
  double k = static_cast<double>(static_cast<int32_t>((bx >> 52) & 0x7FF) - 0x3FE);
  // CMPSD NLT: !(HSqrt2 < f1), then k -= 0 or 1 and f1 *= 1 or 2.
  double adj = !(kHSqrt2 < f1) ? 1.0 : 0.0;
  k = k - adj;
  f1 = f1 * (adj + 1.0);
  double f = f1 - 1.0;
  double s = f / (2.0 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * ((((kL7 * s4 + kL5) * s4) + kL3) * s4 + kL1);
  double t2 = s4 * ((kL6 * s4 + kL4) * s4 + kL2);
  double r = t1 + t2;
  double hfsq = 0.5 * f * f;
  double inner = s * (r + hfsq) + kLn2Lo * k;
  return k * kLn2Hi - ((hfsq - inner) - f);
}

double go_exp_sse2(double x) {
  double out;
  if (exp_special(x, &out)) return out;
  int32_t k = cvtsd2sl(kLog2e * x);
  double fk = static_cast<double>(k);
  double r = x - kLn2U * fk;
  r = r - kLn2L * fk;
  r = r * 0.0625;
  double p = kExpC[0];
  for (int i = 1; i < 8; i++) p = p * r + kExpC[i];
  r = r * p;
  for (int i = 0; i < 4; i++) r = r * (2.0 + r);
  return exp_scale(r + 1.0, k);
}

double go_exp_fma(double x) {
  double out;
  if (exp_special(x, &out)) return out;
  int32_t k = cvtsd2sl(kLog2e * x);
  double fk = static_cast<double>(k);
  double r = std::fma(-fk, kLn2U, x);  // VFNMADD231SD
  r = std::fma(-fk, kLn2L, r);
  r = r * 0.0625;
  double p = kExpC[0];
  for (int i = 1; i < 8; i++) p = std::fma(p, r, kExpC[i]);  // VFMADD213SD
  r = r * p;
  for (int i = 0; i < 3; i++) r = r * (r + 2.0);
  return exp_scale(std::fma(r + 2.0, r, 1.0), k);
}

bool go_exp_uses_fma() {
#if defined(__x86_64__) || defined(__i386__)
  static const bool fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
  return fma;
#else
  return false;
#endif
}

double go_exp(double x) { return go_exp_uses_fma() ? go_exp_fma(x) : go_exp_sse2(x); }

uint64_t go_float64_to_uint64(double x) {
  constexpr double kCutoff = 9223372036854775808.0;  // 1<<63
  if (x < kCutoff) return static_cast<uint64_t>(cvttsd2sq(x));
  return static_cast<uint64_t>(cvttsd2sq(x - kCutoff)) | (uint64_t(1) << 63);
}

}  // namespace csp::gorand::detail
