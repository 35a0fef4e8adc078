// test/unit/gomath_test.cpp: stdlib/math (csp::gomath) and stdlib/math/bits (csp::gobits)
// against real Go 1.19, bit for bit.
//
// - kGoMathVectors / kGoMathNoFMA (testdata/gomath_vectors.inc) and kGoBitsVectors
//   (testdata/gobits_vectors.inc) hold inputs and Go's exact results, NaN payloads
//   included; regenerate with `go run stdlib/math/testgen/gen.go -out test/unit/testdata`.
// - Every vector is checked on both of Go's amd64 paths: with the FMA path (what Go does on
//   a CPU with AVX and FMA, where the vectors were made) and without it (Go run with
//   GODEBUG=cpu.fma=off; kGoMathNoFMA lists the results that differ).
// - Every exported function and constant must have vectors (the dispatch tables below list
//   them all).
#include "stdlib/math/bits/bits.h"
#include "stdlib/math/internal.h"
#include "stdlib/math/math.h"

#include <gtest/gtest.h>

#include <bit>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace {

struct GoMathVector {
  const char* fn;
  uint64_t a, b, c;
  uint64_t r1, r2;
};
struct GoMathNoFMA {
  unsigned index;
  uint64_t r1, r2;
};
struct GoBitsVector {
  const char* fn;
  uint64_t a, b, c;
  uint64_t r1, r2;
  int err;
};

#include "testdata/gobits_vectors.inc"
#include "testdata/gomath_vectors.inc"

namespace gm = csp::gomath;
namespace gb = csp::gobits;

using Results = std::pair<uint64_t, uint64_t>;
using MathFn = std::function<Results(uint64_t, uint64_t, uint64_t)>;

uint64_t F(double f) { return std::bit_cast<uint64_t>(f); }
double D(uint64_t u) { return std::bit_cast<double>(u); }
uint64_t F32(float f) { return std::bit_cast<uint32_t>(f); }
float D32(uint64_t u) { return std::bit_cast<float>(static_cast<uint32_t>(u)); }
int64_t I(uint64_t u) { return static_cast<int64_t>(u); }
uint64_t U(int64_t i) { return static_cast<uint64_t>(i); }

MathFn unary(double (*f)(double)) {
  return [f](uint64_t a, uint64_t, uint64_t) { return Results{F(f(D(a))), 0}; };
}
MathFn binary(double (*f)(double, double)) {
  return [f](uint64_t a, uint64_t b, uint64_t) { return Results{F(f(D(a), D(b))), 0}; };
}
MathFn constant(double v) {
  return [v](uint64_t, uint64_t, uint64_t) { return Results{F(v), 0}; };
}
MathFn iconstant(uint64_t v) {
  return [v](uint64_t, uint64_t, uint64_t) { return Results{v, 0}; };
}

const std::map<std::string, MathFn>& math_fns() {
  static const std::map<std::string, MathFn> fns = {
      {"Abs", unary(gm::Abs)},
      {"Acos", unary(gm::Acos)},
      {"Acosh", unary(gm::Acosh)},
      {"Asin", unary(gm::Asin)},
      {"Asinh", unary(gm::Asinh)},
      {"Atan", unary(gm::Atan)},
      {"Atanh", unary(gm::Atanh)},
      {"Cbrt", unary(gm::Cbrt)},
      {"Ceil", unary(gm::Ceil)},
      {"Cos", unary(gm::Cos)},
      {"Cosh", unary(gm::Cosh)},
      {"Erf", unary(gm::Erf)},
      {"Erfc", unary(gm::Erfc)},
      {"Erfcinv", unary(gm::Erfcinv)},
      {"Erfinv", unary(gm::Erfinv)},
      {"Exp", unary(gm::Exp)},
      {"Exp2", unary(gm::Exp2)},
      {"Expm1", unary(gm::Expm1)},
      {"Floor", unary(gm::Floor)},
      {"Gamma", unary(gm::Gamma)},
      {"J0", unary(gm::J0)},
      {"J1", unary(gm::J1)},
      {"Log", unary(gm::Log)},
      {"Log10", unary(gm::Log10)},
      {"Log1p", unary(gm::Log1p)},
      {"Log2", unary(gm::Log2)},
      {"Logb", unary(gm::Logb)},
      {"Round", unary(gm::Round)},
      {"RoundToEven", unary(gm::RoundToEven)},
      {"Sin", unary(gm::Sin)},
      {"Sinh", unary(gm::Sinh)},
      {"Sqrt", unary(gm::Sqrt)},
      {"Tan", unary(gm::Tan)},
      {"Tanh", unary(gm::Tanh)},
      {"Trunc", unary(gm::Trunc)},
      {"Y0", unary(gm::Y0)},
      {"Y1", unary(gm::Y1)},
      {"Signbit", [](uint64_t a, uint64_t, uint64_t) { return Results{gm::Signbit(D(a)), 0}; }},
      {"IsNaN", [](uint64_t a, uint64_t, uint64_t) { return Results{gm::IsNaN(D(a)), 0}; }},
      {"Ilogb", [](uint64_t a, uint64_t, uint64_t) { return Results{U(gm::Ilogb(D(a))), 0}; }},
      {"Frexp",
       [](uint64_t a, uint64_t, uint64_t) {
         gm::FrexpResult r = gm::Frexp(D(a));
         return Results{F(r.frac), U(r.exp)};
       }},
      {"Modf",
       [](uint64_t a, uint64_t, uint64_t) {
         gm::ModfResult r = gm::Modf(D(a));
         return Results{F(r.int_part), F(r.frac)};
       }},
      {"Lgamma",
       [](uint64_t a, uint64_t, uint64_t) {
         gm::LgammaResult r = gm::Lgamma(D(a));
         return Results{F(r.lgamma), U(r.sign)};
       }},
      {"Sincos",
       [](uint64_t a, uint64_t, uint64_t) {
         gm::SincosResult r = gm::Sincos(D(a));
         return Results{F(r.sin), F(r.cos)};
       }},
      {"Float64bits",
       [](uint64_t a, uint64_t, uint64_t) { return Results{gm::Float64bits(D(a)), 0}; }},
      {"Float64frombits",
       [](uint64_t a, uint64_t, uint64_t) { return Results{F(gm::Float64frombits(a)), 0}; }},
      {"Float32bits",
       [](uint64_t a, uint64_t, uint64_t) { return Results{gm::Float32bits(D32(a)), 0}; }},
      {"Float32frombits",
       [](uint64_t a, uint64_t, uint64_t) {
         return Results{F32(gm::Float32frombits(static_cast<uint32_t>(a))), 0};
       }},
      {"Atan2", binary(gm::Atan2)},
      {"Copysign", binary(gm::Copysign)},
      {"Dim", binary(gm::Dim)},
      {"Hypot", binary(gm::Hypot)},
      {"Max", binary(gm::Max)},
      {"Min", binary(gm::Min)},
      {"Mod", binary(gm::Mod)},
      {"Nextafter", binary(gm::Nextafter)},
      {"Pow", binary(gm::Pow)},
      {"Remainder", binary(gm::Remainder)},
      {"Nextafter32",
       [](uint64_t a, uint64_t b, uint64_t) {
         return Results{F32(gm::Nextafter32(D32(a), D32(b))), 0};
       }},
      {"FMA",
       [](uint64_t a, uint64_t b, uint64_t c) { return Results{F(gm::FMA(D(a), D(b), D(c))), 0}; }},
      {"Jn", [](uint64_t a, uint64_t b, uint64_t) { return Results{F(gm::Jn(I(a), D(b))), 0}; }},
      {"Yn", [](uint64_t a, uint64_t b, uint64_t) { return Results{F(gm::Yn(I(a), D(b))), 0}; }},
      {"Ldexp",
       [](uint64_t a, uint64_t b, uint64_t) { return Results{F(gm::Ldexp(D(a), I(b))), 0}; }},
      {"Pow10", [](uint64_t a, uint64_t, uint64_t) { return Results{F(gm::Pow10(I(a))), 0}; }},
      {"Inf", [](uint64_t a, uint64_t, uint64_t) { return Results{F(gm::Inf(I(a))), 0}; }},
      {"IsInf",
       [](uint64_t a, uint64_t b, uint64_t) { return Results{gm::IsInf(D(a), I(b)), 0}; }},
      {"NaN", [](uint64_t, uint64_t, uint64_t) { return Results{F(gm::NaN()), 0}; }},
      {"E", constant(gm::E)},
      {"Pi", constant(gm::Pi)},
      {"Phi", constant(gm::Phi)},
      {"Sqrt2", constant(gm::Sqrt2)},
      {"SqrtE", constant(gm::SqrtE)},
      {"SqrtPi", constant(gm::SqrtPi)},
      {"SqrtPhi", constant(gm::SqrtPhi)},
      {"Ln2", constant(gm::Ln2)},
      {"Log2E", constant(gm::Log2E)},
      {"Ln10", constant(gm::Ln10)},
      {"Log10E", constant(gm::Log10E)},
      {"MaxFloat32", constant(gm::MaxFloat32)},
      {"SmallestNonzeroFloat32", constant(gm::SmallestNonzeroFloat32)},
      {"MaxFloat64", constant(gm::MaxFloat64)},
      {"SmallestNonzeroFloat64", constant(gm::SmallestNonzeroFloat64)},
      {"MaxInt", iconstant(U(gm::MaxInt))},
      {"MinInt", iconstant(U(gm::MinInt))},
      {"MaxInt8", iconstant(U(gm::MaxInt8))},
      {"MinInt8", iconstant(U(gm::MinInt8))},
      {"MaxInt16", iconstant(U(gm::MaxInt16))},
      {"MinInt16", iconstant(U(gm::MinInt16))},
      {"MaxInt32", iconstant(U(gm::MaxInt32))},
      {"MinInt32", iconstant(U(gm::MinInt32))},
      {"MaxInt64", iconstant(U(gm::MaxInt64))},
      {"MinInt64", iconstant(U(gm::MinInt64))},
      {"MaxUint", iconstant(gm::MaxUint)},
      {"MaxUint8", iconstant(gm::MaxUint8)},
      {"MaxUint16", iconstant(gm::MaxUint16)},
      {"MaxUint32", iconstant(gm::MaxUint32)},
      {"MaxUint64", iconstant(gm::MaxUint64)},
  };
  return fns;
}

std::string describe(const GoMathVector& v, Results got, Results want) {
  char buf[400];
  snprintf(buf, sizeof buf,
           "%s(%016" PRIx64 " %016" PRIx64 " %016" PRIx64 ") [%a %a]: got %016" PRIx64
           " %016" PRIx64 " (%a), Go %016" PRIx64 " %016" PRIx64 " (%a)",
           v.fn, v.a, v.b, v.c, D(v.a), D(v.b), got.first, got.second, D(got.first),
           want.first, want.second, D(want.first));
  return buf;
}

// Checks every vector with the FMA path on or off; returns the number of mismatches and
// prints the first few.
int check_math_vectors(bool fma) {
  std::map<unsigned, Results> nofma;
  if (!fma)
    for (const GoMathNoFMA& d : kGoMathNoFMA)
      if (d.index != ~0u) nofma[d.index] = {d.r1, d.r2};
  bool saved = csp::gomath::detail::fma_path();
  csp::gomath::detail::set_fma_path(fma);
  int failures = 0;
  std::map<std::string, int> per_fn;
  for (unsigned i = 0; i < std::size(kGoMathVectors); i++) {
    const GoMathVector& v = kGoMathVectors[i];
    auto it = math_fns().find(v.fn);
    if (it == math_fns().end()) {
      ADD_FAILURE() << "no C++ function for " << v.fn;
      continue;
    }
    Results want{v.r1, v.r2};
    if (auto d = nofma.find(i); d != nofma.end()) want = d->second;
    Results got = it->second(v.a, v.b, v.c);
    if (got != want) {
      if (failures < 40) ADD_FAILURE() << (fma ? "[fma] " : "[no fma] ") << describe(v, got, want);
      failures++;
      per_fn[v.fn]++;
    }
  }
  csp::gomath::detail::set_fma_path(saved);
  for (auto& [fn, n] : per_fn) printf("  %s: %d mismatches\n", fn.c_str(), n);
  return failures;
}

TEST(GoMath, VectorsMatchGoWithFMA) { EXPECT_EQ(check_math_vectors(true), 0); }

TEST(GoMath, VectorsMatchGoWithoutFMA) { EXPECT_EQ(check_math_vectors(false), 0); }

TEST(GoMath, EveryFunctionHasVectors) {
  std::set<std::string> seen;
  for (const GoMathVector& v : kGoMathVectors) seen.insert(v.fn);
  for (auto& [name, fn] : math_fns()) EXPECT_TRUE(seen.count(name)) << name << " has no vectors";
  EXPECT_GT(std::size(kGoMathNoFMA), 1u) << "the vectors show no FMA/non-FMA difference";
}

// A large file of vectors from `gen.go -stress N` (see gen.go), when CSP_GOMATH_STRESS names
// one; CSP_GOMATH_NOFMA=1 if it was made with GODEBUG=cpu.fma=off.
TEST(GoMath, StressFile) {
  const char* path = getenv("CSP_GOMATH_STRESS");
  if (!path) GTEST_SKIP() << "CSP_GOMATH_STRESS not set";
  FILE* f = fopen(path, "r");
  ASSERT_NE(f, nullptr) << path;
  bool saved = csp::gomath::detail::fma_path();
  csp::gomath::detail::set_fma_path(getenv("CSP_GOMATH_NOFMA") == nullptr);
  char fn[64];
  GoMathVector v{fn, 0, 0, 0, 0, 0};
  long n = 0, failures = 0;
  while (fscanf(f, "%63s %" SCNx64 " %" SCNx64 " %" SCNx64 " %" SCNx64 " %" SCNx64, fn, &v.a,
                &v.b, &v.c, &v.r1, &v.r2) == 6) {
    n++;
    auto it = math_fns().find(fn);
    ASSERT_NE(it, math_fns().end()) << fn;
    Results got = it->second(v.a, v.b, v.c);
    if (got != Results{v.r1, v.r2} && failures++ < 40)
      ADD_FAILURE() << describe(v, got, {v.r1, v.r2});
  }
  fclose(f);
  csp::gomath::detail::set_fma_path(saved);
  printf("  %ld vectors, %ld mismatches\n", n, failures);
  EXPECT_EQ(failures, 0);
}

TEST(GoMath, NaNHasGosBits) {
  EXPECT_EQ(std::bit_cast<uint64_t>(gm::NaN()), 0x7FF8000000000001u);
  EXPECT_EQ(std::bit_cast<uint64_t>(gm::Sqrt(-1)), 0xFFF8000000000000u);  // SQRTSD's NaN
}

// ---- math/bits --------------------------------------------------------------------------------

struct BitsResults {
  uint64_t r1, r2;
  int err;
  bool operator==(const BitsResults&) const = default;
};
using BitsFn = std::function<BitsResults(uint64_t, uint64_t, uint64_t)>;

template <class R, class T>
BitsFn one_t(R (*f)(T)) {
  return [f](uint64_t a, uint64_t, uint64_t) {
    return BitsResults{static_cast<uint64_t>(f(static_cast<T>(a))), 0, 0};
  };
}
template <class T>
BitsFn rot(T (*f)(T, int64_t)) {
  return [f](uint64_t a, uint64_t b, uint64_t) {
    return BitsResults{static_cast<uint64_t>(f(static_cast<T>(a), I(b))), 0, 0};
  };
}
template <class T, class R>
BitsFn three(R (*f)(T, T, T)) {
  return [f](uint64_t a, uint64_t b, uint64_t c) {
    R r = f(static_cast<T>(a), static_cast<T>(b), static_cast<T>(c));
    if constexpr (requires { r.sum; }) return BitsResults{r.sum, r.carry_out, 0};
    else if constexpr (requires { r.diff; }) return BitsResults{r.diff, r.borrow_out, 0};
    else if constexpr (requires { r.quo; }) return BitsResults{r.quo, r.rem, static_cast<int>(r.err)};
    else return BitsResults{r.rem, 0, static_cast<int>(r.err)};
  };
}
template <class T>
BitsFn mul(gb::HiLo<T> (*f)(T, T)) {
  return [f](uint64_t a, uint64_t b, uint64_t) {
    gb::HiLo<T> r = f(static_cast<T>(a), static_cast<T>(b));
    return BitsResults{r.hi, r.lo, 0};
  };
}

const std::map<std::string, BitsFn>& bits_fns() {
  static const std::map<std::string, BitsFn> fns = {
      {"LeadingZeros", one_t(gb::LeadingZeros)},     {"LeadingZeros8", one_t(gb::LeadingZeros8)},
      {"LeadingZeros16", one_t(gb::LeadingZeros16)}, {"LeadingZeros32", one_t(gb::LeadingZeros32)},
      {"LeadingZeros64", one_t(gb::LeadingZeros64)}, {"TrailingZeros", one_t(gb::TrailingZeros)},
      {"TrailingZeros8", one_t(gb::TrailingZeros8)}, {"TrailingZeros16", one_t(gb::TrailingZeros16)},
      {"TrailingZeros32", one_t(gb::TrailingZeros32)},
      {"TrailingZeros64", one_t(gb::TrailingZeros64)},
      {"OnesCount", one_t(gb::OnesCount)},           {"OnesCount8", one_t(gb::OnesCount8)},
      {"OnesCount16", one_t(gb::OnesCount16)},       {"OnesCount32", one_t(gb::OnesCount32)},
      {"OnesCount64", one_t(gb::OnesCount64)},       {"Len", one_t(gb::Len)},
      {"Len8", one_t(gb::Len8)},                     {"Len16", one_t(gb::Len16)},
      {"Len32", one_t(gb::Len32)},                   {"Len64", one_t(gb::Len64)},
      {"Reverse", one_t(gb::Reverse)},               {"Reverse8", one_t(gb::Reverse8)},
      {"Reverse16", one_t(gb::Reverse16)},           {"Reverse32", one_t(gb::Reverse32)},
      {"Reverse64", one_t(gb::Reverse64)},           {"ReverseBytes", one_t(gb::ReverseBytes)},
      {"ReverseBytes16", one_t(gb::ReverseBytes16)}, {"ReverseBytes32", one_t(gb::ReverseBytes32)},
      {"ReverseBytes64", one_t(gb::ReverseBytes64)}, {"RotateLeft", rot(gb::RotateLeft)},
      {"RotateLeft8", rot(gb::RotateLeft8)},         {"RotateLeft16", rot(gb::RotateLeft16)},
      {"RotateLeft32", rot(gb::RotateLeft32)},       {"RotateLeft64", rot(gb::RotateLeft64)},
      {"Add", three(gb::Add)},                       {"Add32", three(gb::Add32)},
      {"Add64", three(gb::Add64)},                   {"Sub", three(gb::Sub)},
      {"Sub32", three(gb::Sub32)},                   {"Sub64", three(gb::Sub64)},
      {"Mul", mul(gb::Mul)},                         {"Mul32", mul(gb::Mul32)},
      {"Mul64", mul(gb::Mul64)},                     {"Div", three(gb::Div)},
      {"Div32", three(gb::Div32)},                   {"Div64", three(gb::Div64)},
      {"Rem", three(gb::Rem)},                       {"Rem32", three(gb::Rem32)},
      {"Rem64", three(gb::Rem64)},
      {"UintSize",
       [](uint64_t, uint64_t, uint64_t) { return BitsResults{U(gb::UintSize), 0, 0}; }},
  };
  return fns;
}

TEST(GoBits, VectorsMatchGo) {
  int failures = 0;
  std::set<std::string> seen;
  for (const GoBitsVector& v : kGoBitsVectors) {
    seen.insert(v.fn);
    auto it = bits_fns().find(v.fn);
    if (it == bits_fns().end()) {
      ADD_FAILURE() << "no C++ function for " << v.fn;
      continue;
    }
    BitsResults want{v.r1, v.r2, v.err};
    if (v.err != 0) want.r1 = want.r2 = 0;  // Go panicked; the C++ returns zeros and the error
    BitsResults got = it->second(v.a, v.b, v.c);
    if (!(got == want) && failures++ < 40)
      ADD_FAILURE() << v.fn << "(" << std::hex << v.a << ", " << v.b << ", " << v.c << "): got "
                    << got.r1 << " " << got.r2 << " err " << got.err << ", Go " << want.r1 << " "
                    << want.r2 << " err " << want.err;
  }
  EXPECT_EQ(failures, 0);
  for (auto& [name, fn] : bits_fns()) EXPECT_TRUE(seen.count(name)) << name << " has no vectors";
}

TEST(GoBits, DivErrorMessages) {
  EXPECT_STREQ(gb::div_error_message(gb::DivError::divide_by_zero), "integer divide by zero");
  EXPECT_STREQ(gb::div_error_message(gb::DivError::overflow), "integer overflow");
}

}  // namespace
