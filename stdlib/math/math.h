// stdlib/math/math.h: Go's package math (Go 1.19), bit for bit as on linux/amd64.
//
// Every function returns exactly the bits Go 1.19 returns on linux/amd64, NaN payloads
// included (Go's NaN() is 0x7FF8000000000001; NaNs made by the hardware, e.g. Inf-Inf, are
// x86's 0xFFF8000000000000). To get there:
//  - The functions Go implements in amd64 assembly follow that assembly: Exp (exp_amd64.s,
//    whose FMA path is taken, as in Go, when the CPU has AVX and FMA), Log (log_amd64.s,
//    which does not normalise subnormal arguments), Hypot, Max/Min.
//  - Go's compiler intrinsics: Floor, Ceil, Trunc, RoundToEven (ROUNDSD: exact, NaNs
//    quieted), Sqrt (SQRTSD), FMA (VFMADD231SD when the CPU has FMA, else fma.go's software
//    FMA, whose exact zeros and NaNs differ from IEEE's; both are reproduced).
//  - Everything else follows the pure-Go code operation by operation: same constants (Go's
//    constant expressions are folded exactly, so e.g. 1/Ln10 is written as Go's folded
//    value, not divided in double), same order of operations, no fused multiply-adds
//    (every .cpp is compiled with FP contraction off, see internal.h), Go's amd64
//    float-to-integer conversions (out of range gives 0x8000000000000000), Go's wrapping
//    integer arithmetic.
// Go's int is int64_t here, uint is uint64_t. Functions that return several results in Go
// return a small struct, fields named like Go's results.
//
// The implementation is spread over basic.cpp (bits, rounding, frexp/ldexp, mod, min/max,
// FMA, sqrt/cbrt/hypot), trig.cpp, exp_log.cpp (with pow), hyper.cpp, special.cpp (erf,
// gamma) and bessel.cpp; each names the Go files it follows.
#pragma once

#include <cstdint>

namespace csp::gomath {

// ---- constants (const.go); the float values are Go's, rounded once to float64 ----------
inline constexpr double E = 0x1.5bf0a8b145769p+1;
inline constexpr double Pi = 0x1.921fb54442d18p+1;
inline constexpr double Phi = 0x1.9e3779b97f4a8p+0;
inline constexpr double Sqrt2 = 0x1.6a09e667f3bcdp+0;
inline constexpr double SqrtE = 0x1.a61298e1e069cp+0;
inline constexpr double SqrtPi = 0x1.c5bf891b4ef6bp+0;
inline constexpr double SqrtPhi = 0x1.45a3146a88456p+0;
inline constexpr double Ln2 = 0x1.62e42fefa39efp-1;
inline constexpr double Log2E = 0x1.71547652b82fep+0;
inline constexpr double Ln10 = 0x1.26bb1bbb55516p+1;
inline constexpr double Log10E = 0x1.bcb7b1526e50ep-2;
inline constexpr double MaxFloat32 = 0x1.fffffep+127;
inline constexpr double SmallestNonzeroFloat32 = 0x1p-149;
inline constexpr double MaxFloat64 = 0x1.fffffffffffffp+1023;
inline constexpr double SmallestNonzeroFloat64 = 0x1p-1074;

inline constexpr int64_t MaxInt = INT64_MAX;
inline constexpr int64_t MinInt = INT64_MIN;
inline constexpr int64_t MaxInt8 = INT8_MAX;
inline constexpr int64_t MinInt8 = INT8_MIN;
inline constexpr int64_t MaxInt16 = INT16_MAX;
inline constexpr int64_t MinInt16 = INT16_MIN;
inline constexpr int64_t MaxInt32 = INT32_MAX;
inline constexpr int64_t MinInt32 = INT32_MIN;
inline constexpr int64_t MaxInt64 = INT64_MAX;
inline constexpr int64_t MinInt64 = INT64_MIN;
inline constexpr uint64_t MaxUint = UINT64_MAX;
inline constexpr uint64_t MaxUint8 = UINT8_MAX;
inline constexpr uint64_t MaxUint16 = UINT16_MAX;
inline constexpr uint64_t MaxUint32 = UINT32_MAX;
inline constexpr uint64_t MaxUint64 = UINT64_MAX;

// ---- multi-result functions' results ------------------------------------------------------
struct FrexpResult {
  double frac;
  int64_t exp;
};
struct ModfResult {
  double int_part;  // Go's result is named int
  double frac;
};
struct LgammaResult {
  double lgamma;
  int64_t sign;
};
struct SincosResult {
  double sin;
  double cos;
};

// ---- bits, classification (bits.go, unsafe.go, abs.go, copysign.go, signbit.go) --------
uint32_t Float32bits(float f);
float Float32frombits(uint32_t b);
uint64_t Float64bits(double f);
double Float64frombits(uint64_t b);
double Inf(int64_t sign);
double NaN();
bool IsNaN(double f);
bool IsInf(double f, int64_t sign);
bool Signbit(double x);
double Abs(double x);
double Copysign(double f, double sign);

// ---- rounding, decomposition, remainders (basic.cpp) -----------------------------------
double Floor(double x);
double Ceil(double x);
double Trunc(double x);
double Round(double x);
double RoundToEven(double x);
ModfResult Modf(double f);
FrexpResult Frexp(double f);
double Ldexp(double frac, int64_t exp);
double Logb(double x);
int64_t Ilogb(double x);
double Mod(double x, double y);
double Remainder(double x, double y);
double Nextafter(double x, double y);
float Nextafter32(float x, float y);
double Dim(double x, double y);
double Max(double x, double y);
double Min(double x, double y);
double FMA(double x, double y, double z);
double Sqrt(double x);
double Cbrt(double x);
double Hypot(double p, double q);

// ---- trigonometry (trig.cpp) ---------------------------------------------------------
double Sin(double x);
double Cos(double x);
double Tan(double x);
SincosResult Sincos(double x);
double Asin(double x);
double Acos(double x);
double Atan(double x);
double Atan2(double y, double x);

// ---- exponentials, logarithms, powers (exp_log.cpp) -----------------------------------
double Exp(double x);
double Exp2(double x);
double Expm1(double x);
double Log(double x);
double Log10(double x);
double Log2(double x);
double Log1p(double x);
double Pow(double x, double y);
double Pow10(int64_t n);

// ---- hyperbolic functions (hyper.cpp) --------------------------------------------------
double Sinh(double x);
double Cosh(double x);
double Tanh(double x);
double Asinh(double x);
double Acosh(double x);
double Atanh(double x);

// ---- special functions (special.cpp, bessel.cpp) ------------------------------------------
double Erf(double x);
double Erfc(double x);
double Erfinv(double x);
double Erfcinv(double x);
double Gamma(double x);
LgammaResult Lgamma(double x);
double J0(double x);
double J1(double x);
double Jn(int64_t n, double x);
double Y0(double x);
double Y1(double x);
double Yn(int64_t n, double x);

}  // namespace csp::gomath
