// stdlib/math/bindings.cpp: the C entry points of package math's functions without a body
// (stdlib/math/math.csp; prototypes generated in stdlib_bridges.h): each is Go's algorithm from
// csp::gomath. The intrinsic ones are also expanded inline by the compiler; these serve their
// uses as function values.
#include "stdlib/math/math.h"
#include "stdlib_bridges.h"

namespace gm = csp::gomath;

extern "C" {

double csp_math_Sqrt(double x) { return gm::Sqrt(x); }
double csp_math_Abs(double x) { return gm::Abs(x); }
double csp_math_Floor(double x) { return gm::Floor(x); }
double csp_math_Ceil(double x) { return gm::Ceil(x); }
double csp_math_Trunc(double x) { return gm::Trunc(x); }
double csp_math_Round(double x) { return gm::Round(x); }
double csp_math_RoundToEven(double x) { return gm::RoundToEven(x); }
double csp_math_Copysign(double f, double sign) { return gm::Copysign(f, sign); }
double csp_math_FMA(double x, double y, double z) { return gm::FMA(x, y, z); }
double csp_math_Inf(int64_t sign) { return gm::Inf(sign); }
double csp_math_NaN() { return gm::NaN(); }
bool csp_math_IsNaN(double f) { return gm::IsNaN(f); }
bool csp_math_IsInf(double f, int64_t sign) { return gm::IsInf(f, sign); }
bool csp_math_Signbit(double x) { return gm::Signbit(x); }
uint64_t csp_math_Float64bits(double f) { return gm::Float64bits(f); }
double csp_math_Float64frombits(uint64_t b) { return gm::Float64frombits(b); }
uint32_t csp_math_Float32bits(float f) { return gm::Float32bits(f); }
float csp_math_Float32frombits(uint32_t b) { return gm::Float32frombits(b); }
double csp_math_Max(double x, double y) { return gm::Max(x, y); }
double csp_math_Min(double x, double y) { return gm::Min(x, y); }
double csp_math_Acos(double x) { return gm::Acos(x); }
double csp_math_Acosh(double x) { return gm::Acosh(x); }
double csp_math_Asin(double x) { return gm::Asin(x); }
double csp_math_Asinh(double x) { return gm::Asinh(x); }
double csp_math_Atan(double x) { return gm::Atan(x); }
double csp_math_Atan2(double y, double x) { return gm::Atan2(y, x); }
double csp_math_Atanh(double x) { return gm::Atanh(x); }
double csp_math_Cbrt(double x) { return gm::Cbrt(x); }
double csp_math_Cos(double x) { return gm::Cos(x); }
double csp_math_Cosh(double x) { return gm::Cosh(x); }
double csp_math_Dim(double x, double y) { return gm::Dim(x, y); }
double csp_math_Erf(double x) { return gm::Erf(x); }
double csp_math_Erfc(double x) { return gm::Erfc(x); }
double csp_math_Erfcinv(double x) { return gm::Erfcinv(x); }
double csp_math_Erfinv(double x) { return gm::Erfinv(x); }
double csp_math_Exp(double x) { return gm::Exp(x); }
double csp_math_Exp2(double x) { return gm::Exp2(x); }
double csp_math_Expm1(double x) { return gm::Expm1(x); }
void csp_math_Frexp(double f, double* out0, int64_t* out1) { auto r = gm::Frexp(f); *out0 = r.frac; *out1 = r.exp; }
double csp_math_Gamma(double x) { return gm::Gamma(x); }
double csp_math_Hypot(double p, double q) { return gm::Hypot(p, q); }
int64_t csp_math_Ilogb(double x) { return gm::Ilogb(x); }
double csp_math_J0(double x) { return gm::J0(x); }
double csp_math_J1(double x) { return gm::J1(x); }
double csp_math_Jn(int64_t n, double x) { return gm::Jn(n, x); }
double csp_math_Ldexp(double frac, int64_t exp) { return gm::Ldexp(frac, exp); }
void csp_math_Lgamma(double x, double* out0, int64_t* out1) { auto r = gm::Lgamma(x); *out0 = r.lgamma; *out1 = r.sign; }
double csp_math_Log(double x) { return gm::Log(x); }
double csp_math_Log10(double x) { return gm::Log10(x); }
double csp_math_Log1p(double x) { return gm::Log1p(x); }
double csp_math_Log2(double x) { return gm::Log2(x); }
double csp_math_Logb(double x) { return gm::Logb(x); }
double csp_math_Mod(double x, double y) { return gm::Mod(x, y); }
void csp_math_Modf(double f, double* out0, double* out1) { auto r = gm::Modf(f); *out0 = r.int_part; *out1 = r.frac; }
double csp_math_Nextafter(double x, double y) { return gm::Nextafter(x, y); }
float csp_math_Nextafter32(float x, float y) { return gm::Nextafter32(x, y); }
double csp_math_Pow(double x, double y) { return gm::Pow(x, y); }
double csp_math_Pow10(int64_t n) { return gm::Pow10(n); }
double csp_math_Remainder(double x, double y) { return gm::Remainder(x, y); }
double csp_math_Sin(double x) { return gm::Sin(x); }
void csp_math_Sincos(double x, double* out0, double* out1) { auto r = gm::Sincos(x); *out0 = r.sin; *out1 = r.cos; }
double csp_math_Sinh(double x) { return gm::Sinh(x); }
double csp_math_Tan(double x) { return gm::Tan(x); }
double csp_math_Tanh(double x) { return gm::Tanh(x); }
double csp_math_Y0(double x) { return gm::Y0(x); }
double csp_math_Y1(double x) { return gm::Y1(x); }
double csp_math_Yn(int64_t n, double x) { return gm::Yn(n, x); }

}  // extern "C"
