// stdlib/math/testgen/gen.go: test vectors for stdlib/math and stdlib/math/bits, from real Go.
//
// Evaluates every exported function of Go's math and math/bits over special values
// (±0, ±Inf, NaNs with several payloads, subnormals, the edges of each algorithm's ranges,
// near-multiples of Pi/2) and seeded random inputs across magnitudes, and writes each input
// with Go's exact result bits as C++ initializers:
//
//	test/unit/testdata/gomath_vectors.inc  kGoMathVectors (results on this machine's path:
//	                                       Exp's and FMA's FMA path if the CPU has AVX+FMA)
//	                                       and kGoMathNoFMA (the results that differ when Go
//	                                       runs with GODEBUG=cpu.fma=off, by vector index)
//	test/unit/testdata/gobits_vectors.inc  kGoBitsVectors
//
// Run by hand from the repository root, with Go 1.19 on linux/amd64 (an AVX+FMA CPU):
//
//	go run stdlib/math/testgen/gen.go -out test/unit/testdata
//
// The program re-runs itself with GODEBUG=cpu.fma=off (flag -raw) to get the other path.
//
// For a larger random comparison that is not kept in the tree:
//
//	go run stdlib/math/testgen/gen.go -stress 100000 >/tmp/fma.txt
//	GODEBUG=cpu.fma=off go run stdlib/math/testgen/gen.go -stress 100000 >/tmp/nofma.txt
//	CSP_GOMATH_STRESS=/tmp/fma.txt csp_unit_tests --gtest_filter=GoMath.StressFile
//	CSP_GOMATH_STRESS=/tmp/nofma.txt CSP_GOMATH_NOFMA=1 csp_unit_tests --gtest_filter=GoMath.StressFile
//
// Not built by CMake (testgen/ is excluded).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"math/bits"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ---- vectors ---------------------------------------------------------------------------

type vec struct {
	fn      string
	a, b, c uint64 // inputs: float64 bits, float32 bits, or integers (two's complement)
	r1, r2  uint64 // results, same encodings
	r3      uint64 // bits only: Div/Rem error (0 none, 1 divide by zero, 2 overflow)
}

func f2u(f float64) uint64 { return math.Float64bits(f) }
func u2f(u uint64) float64 { return math.Float64frombits(u) }
func i2u(v int64) uint64   { return uint64(v) }
func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

type mathFn struct {
	name string
	// eval maps the inputs to the results.
	eval func(a, b, c uint64) (uint64, uint64)
	// inputs lists the input tuples.
	inputs func() [][3]uint64
}

// ---- input sets ------------------------------------------------------------------------

var rng = rand.New(rand.NewSource(1))

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	u2f(0xFFF8000000000000), u2f(0x7FF8000000000000), u2f(0x7FF0000000000001), u2f(0xFFF4000000000abc),
	u2f(1), -u2f(1), u2f(0x000FFFFFFFFFFFFF), u2f(0x0010000000000000), -u2f(0x0010000000000000),
	u2f(0x0008000000000000), math.MaxFloat64, -math.MaxFloat64,
	1, -1, 0.5, -0.5, 2, -2, 1.5, -1.5, 2.5, -2.5, 3, -3, 0.1, -0.1, 0.75,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, math.E, math.Sqrt2, math.Sqrt2 / 2, math.Ln2,
	1e-300, 1e300, -1e300, 1e-10, 1e10, 1e-20, 1e20, 100, -1e6,
	709.78, 709.782712893384, 709.7827128933841, 710, -708, -709, -745, -745.2, -746, 1023.9, 1024, -1074, -1075,
	1 << 28, 1 << 29, 1<<29 - 0.5, 1 << 52, 1 << 53, 1<<53 + 2, 1 << 63, 1 << 64, 1e22, 1e308,
	math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(-1, -2), math.Nextafter(-1, 0),
	0.84375, 1.25, 6, 28, 2.857142857142857, 33, 33.5, 171, 171.7, 172, 200, 0.2316, 0.7316, 1.2316, 1.7316,
	7.5, 8, 0.85, 0.999999, -0.999999, 4.5454, 2.8571, 21, 22, 44.5, 0.625, 0.66, 2.414,
	-0.3, -1.000001, -2.0000001, -33.5, -171.5, -4.5, -1e-9, 1e-9,
	0.34657359027997264, 1.0397207708399179, 38.816242111356935, 0.41421356237309503, -0.2928932188134524,
	2.98023223876953125e-08, 7.450580596923828e-09, 1.52587890625e-05, 0x1p-54, 0x1p-55, 0x1p-70, 0x1p-71,
	0x1p-1022 * 3, 1.0 / 3, 10, 123456.789, 4503599627370495.5, -4503599627370495.5,
}

// A small set for the cross products of two-argument functions.
var smallSpecials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), u2f(0xFFF8000000000000),
	u2f(1), 1, -1, 0.5, -2, 2.5, -7.25, 1e300, -1e-300, math.MaxFloat64,
}

// randFloat draws from a mix: raw random bits (any magnitude, rare NaN), and moderate
// magnitudes 2**-30..2**30 of either sign.
func randFloat() float64 {
	switch rng.Intn(3) {
	case 0:
		return u2f(rng.Uint64())
	default:
		v := rng.Float64() * math.Ldexp(1, rng.Intn(61)-30)
		if rng.Intn(2) == 0 {
			v = -v
		}
		return v
	}
}

// randIn draws uniformly from [lo, hi).
func randIn(lo, hi float64) float64 { return lo + (hi-lo)*rng.Float64() }

func unary(xs []float64) [][3]uint64 {
	out := make([][3]uint64, 0, len(xs))
	seen := map[uint64]bool{}
	for _, x := range xs {
		if seen[f2u(x)] {
			continue
		}
		seen[f2u(x)] = true
		out = append(out, [3]uint64{f2u(x), 0, 0})
	}
	return out
}

// unaryInputs: the specials, n random values, and n values from each [lo, hi) range.
func unaryInputs(n int, ranges ...[2]float64) func() [][3]uint64 {
	return func() [][3]uint64 {
		xs := append([]float64{}, specials...)
		for i := 0; i < n; i++ {
			xs = append(xs, randFloat())
		}
		for _, r := range ranges {
			for i := 0; i < n; i++ {
				xs = append(xs, randIn(r[0], r[1]))
			}
		}
		return unary(xs)
	}
}

// trigInputs adds values at and around multiples of Pi/4 and huge arguments.
func trigInputs() [][3]uint64 {
	xs := append([]float64{}, specials...)
	for k := 1; k <= 16; k++ {
		v := float64(k) * math.Pi / 4
		xs = append(xs, v, -v, math.Nextafter(v, 0), math.Nextafter(v, math.Inf(1)))
	}
	for _, k := range []float64{1e3, 1e5, 1e8, 1e12, 1e15, 1e20, 1e100, 1e200, 1e300} {
		xs = append(xs, k*math.Pi, k*math.Pi/2, -k*math.Pi/2)
	}
	for i := 0; i < 20; i++ {
		xs = append(xs, randFloat(), randIn(-10, 10), math.Ldexp(randIn(1, 2), 29+rng.Intn(990)))
	}
	return unary(xs)
}

func binaryInputs(n int, extra ...[2]float64) func() [][3]uint64 {
	return func() [][3]uint64 {
		var out [][3]uint64
		for _, x := range smallSpecials {
			for _, y := range smallSpecials {
				out = append(out, [3]uint64{f2u(x), f2u(y), 0})
			}
		}
		for i := 0; i < n; i++ {
			out = append(out, [3]uint64{f2u(randFloat()), f2u(randFloat()), 0})
		}
		for _, p := range extra {
			out = append(out, [3]uint64{f2u(p[0]), f2u(p[1]), 0})
		}
		return out
	}
}

func powInputs() [][3]uint64 {
	out := binaryInputs(60)()
	xs := []float64{-8, -1, -0.5, 2, 10, 1.0000001, 0.9999999, -1e-300, 1e300, math.E}
	ys := []float64{-3, -1.5, -0.5, 0.5, 2, 7, 53, 0.3, -0.3, 1e10, 1e19, 1 << 63, 1 << 64, 1e300, 1025, -1074}
	for _, x := range xs {
		for _, y := range ys {
			out = append(out, [3]uint64{f2u(x), f2u(y), 0})
		}
	}
	for i := 0; i < 40; i++ {
		out = append(out, [3]uint64{f2u(randIn(0, 100)), f2u(randIn(-50, 50)), 0})
		out = append(out, [3]uint64{f2u(randIn(-10, 0)), f2u(float64(rng.Intn(40) - 20)), 0})
	}
	return out
}

func modInputs() [][3]uint64 {
	out := binaryInputs(60)()
	for i := 0; i < 40; i++ {
		out = append(out, [3]uint64{f2u(randIn(-1e6, 1e6)), f2u(randIn(-10, 10)), 0})
	}
	out = append(out, [3]uint64{f2u(1e300), f2u(1e-300), 0}, [3]uint64{f2u(5e-324), f2u(3e-324), 0},
		[3]uint64{f2u(1.5e-323), f2u(1e-323), 0}, [3]uint64{f2u(3), f2u(2), 0}, [3]uint64{f2u(-5), f2u(2), 0})
	return out
}

func fmaInputs() [][3]uint64 {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, math.Inf(1), math.Inf(-1), math.NaN(), u2f(0xFFF8000000000000), 1e308, 5e-324}
	var out [][3]uint64
	for _, x := range vals {
		for _, y := range vals {
			for _, z := range vals {
				if rng.Intn(5) == 0 {
					out = append(out, [3]uint64{f2u(x), f2u(y), f2u(z)})
				}
			}
		}
	}
	for i := 0; i < 100; i++ {
		out = append(out, [3]uint64{f2u(randFloat()), f2u(randFloat()), f2u(randFloat())})
	}
	out = append(out, [3]uint64{f2u(0.1), f2u(10), f2u(-1)}, [3]uint64{f2u(1 + 0x1p-52), f2u(1 - 0x1p-53), f2u(-1)})
	return out
}

func intFloatInputs(ns []int64, xs []float64) [][3]uint64 {
	var out [][3]uint64
	for _, n := range ns {
		for _, x := range xs {
			out = append(out, [3]uint64{uint64(n), f2u(x), 0})
		}
	}
	return out
}

func besselNInputs() [][3]uint64 {
	ns := []int64{-3, -2, -1, 0, 1, 2, 3, 5, 34, 100}
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1e-30, 1e-10, 0.1, -0.1,
		0.5, 1, 2, -2.5, 3, 5, 10, 20, 49.5, 100, 150, 1e5, 1e10, 0x1p302 * 1.5, 1e300}
	out := intFloatInputs(ns, xs)
	for i := 0; i < 40; i++ {
		out = append(out, [3]uint64{uint64(int64(rng.Intn(30) - 10)), f2u(randIn(0, 60)), 0})
	}
	return out
}

func ldexpInputs() [][3]uint64 {
	ns := []int64{0, 1, -1, 52, -52, 1023, 1024, -1022, -1074, -1075, -1076, 2000, -2000, math.MaxInt64, math.MinInt64, math.MinInt64 + 100}
	xs := []float64{0, math.Copysign(0, -1), math.Inf(1), math.NaN(), 1, -1, 0.75, 5e-324, -5e-324, 2.2250738585072014e-308, math.MaxFloat64, 1e-310}
	out := intFloatInputs(ns, xs)
	for i := range out {
		out[i][0], out[i][1] = out[i][1], out[i][0]
	}
	for i := 0; i < 60; i++ {
		out = append(out, [3]uint64{f2u(randFloat()), uint64(int64(rng.Intn(2400) - 1200)), 0})
	}
	return out
}

func intInputs(ns ...int64) func() [][3]uint64 {
	return func() [][3]uint64 {
		var out [][3]uint64
		for _, n := range ns {
			out = append(out, [3]uint64{uint64(n), 0, 0})
		}
		return out
	}
}

func rangeInts(lo, hi int64) []int64 {
	var ns []int64
	for n := lo; n <= hi; n++ {
		ns = append(ns, n)
	}
	return ns
}

func isInfInputs() [][3]uint64 {
	var out [][3]uint64
	for _, x := range smallSpecials {
		for _, s := range []int64{-2, -1, 0, 1, 5} {
			out = append(out, [3]uint64{f2u(x), uint64(s), 0})
		}
	}
	return out
}

func float32Inputs() [][3]uint64 {
	vals := []float32{0, float32(math.Copysign(0, -1)), 1, -1, 0.1, float32(math.Inf(1)), float32(math.Inf(-1)),
		float32(math.NaN()), math.Float32frombits(1), math.Float32frombits(0x80000001), math.MaxFloat32, -math.MaxFloat32, 3.5}
	var out [][3]uint64
	for _, x := range vals {
		for _, y := range vals {
			out = append(out, [3]uint64{uint64(math.Float32bits(x)), uint64(math.Float32bits(y)), 0})
		}
	}
	return out
}

func noInputs() [][3]uint64 { return [][3]uint64{{0, 0, 0}} }

// ---- the functions ---------------------------------------------------------------------

func u1(f func(float64) float64) func(a, b, c uint64) (uint64, uint64) {
	return func(a, b, c uint64) (uint64, uint64) { return f2u(f(u2f(a))), 0 }
}
func u2(f func(float64, float64) float64) func(a, b, c uint64) (uint64, uint64) {
	return func(a, b, c uint64) (uint64, uint64) { return f2u(f(u2f(a), u2f(b))), 0 }
}
func constant(v float64) func(a, b, c uint64) (uint64, uint64) {
	return func(a, b, c uint64) (uint64, uint64) { return f2u(v), 0 }
}
func iconst(v uint64) func(a, b, c uint64) (uint64, uint64) {
	return func(a, b, c uint64) (uint64, uint64) { return v, 0 }
}

// Calls are written out (not passed as function values) where Go makes them intrinsics
// on amd64, so that the vectors record what a direct call computes.
var mathFns = []mathFn{
	{"Abs", u1(func(x float64) float64 { return math.Abs(x) }), unaryInputs(13)},
	{"Acos", u1(math.Acos), unaryInputs(26, [2]float64{-1, 1})},
	{"Acosh", u1(math.Acosh), unaryInputs(13, [2]float64{1, 3}, [2]float64{3, 1e9})},
	{"Asin", u1(math.Asin), unaryInputs(26, [2]float64{-1, 1})},
	{"Asinh", u1(math.Asinh), unaryInputs(20, [2]float64{-3, 3})},
	{"Atan", u1(math.Atan), unaryInputs(20, [2]float64{-3, 3})},
	{"Atanh", u1(math.Atanh), unaryInputs(13, [2]float64{-1, 1})},
	{"Cbrt", u1(math.Cbrt), unaryInputs(20)},
	{"Ceil", u1(func(x float64) float64 { return math.Ceil(x) }), unaryInputs(13)},
	{"Cos", u1(math.Cos), trigInputs},
	{"Cosh", u1(math.Cosh), unaryInputs(13, [2]float64{-25, 25})},
	{"Erf", u1(math.Erf), unaryInputs(13, [2]float64{-7, 7})},
	{"Erfc", u1(math.Erfc), unaryInputs(13, [2]float64{-7, 30})},
	{"Erfcinv", u1(math.Erfcinv), unaryInputs(13, [2]float64{0, 2})},
	{"Erfinv", u1(math.Erfinv), unaryInputs(13, [2]float64{-1, 1}, [2]float64{0.99, 1})},
	{"Exp", u1(math.Exp), unaryInputs(20, [2]float64{-750, 710}, [2]float64{-2, 2})},
	{"Exp2", u1(math.Exp2), unaryInputs(13, [2]float64{-1080, 1030})},
	{"Expm1", u1(math.Expm1), unaryInputs(13, [2]float64{-40, 40}, [2]float64{-1.5, 1.5})},
	{"Floor", u1(func(x float64) float64 { return math.Floor(x) }), unaryInputs(13)},
	{"Gamma", u1(math.Gamma), unaryInputs(13, [2]float64{-40, 180})},
	{"J0", u1(math.J0), unaryInputs(13, [2]float64{-50, 50})},
	{"J1", u1(math.J1), unaryInputs(13, [2]float64{-50, 50})},
	{"Log", u1(math.Log), unaryInputs(20, [2]float64{0, 4})},
	{"Log10", u1(math.Log10), unaryInputs(13)},
	{"Log1p", u1(math.Log1p), unaryInputs(13, [2]float64{-1, 2})},
	{"Log2", u1(math.Log2), unaryInputs(13)},
	{"Logb", u1(math.Logb), unaryInputs(10)},
	{"Round", u1(math.Round), unaryInputs(13, [2]float64{-10, 10})},
	{"RoundToEven", u1(func(x float64) float64 { return math.RoundToEven(x) }), unaryInputs(13, [2]float64{-10, 10})},
	{"Sin", u1(math.Sin), trigInputs},
	{"Sinh", u1(math.Sinh), unaryInputs(13, [2]float64{-25, 25})},
	{"Sqrt", u1(func(x float64) float64 { return math.Sqrt(x) }), unaryInputs(13)},
	{"Tan", u1(math.Tan), trigInputs},
	{"Tanh", u1(math.Tanh), unaryInputs(13, [2]float64{-50, 50})},
	{"Trunc", u1(func(x float64) float64 { return math.Trunc(x) }), unaryInputs(13)},
	{"Y0", u1(math.Y0), unaryInputs(13, [2]float64{0, 50})},
	{"Y1", u1(math.Y1), unaryInputs(13, [2]float64{0, 50})},

	{"Signbit", func(a, b, c uint64) (uint64, uint64) { return b2u(math.Signbit(u2f(a))), 0 }, unaryInputs(0)},
	{"IsNaN", func(a, b, c uint64) (uint64, uint64) { return b2u(math.IsNaN(u2f(a))), 0 }, unaryInputs(0)},
	{"Ilogb", func(a, b, c uint64) (uint64, uint64) { return uint64(math.Ilogb(u2f(a))), 0 }, unaryInputs(10)},
	{"Frexp", func(a, b, c uint64) (uint64, uint64) {
		f, e := math.Frexp(u2f(a))
		return f2u(f), uint64(e)
	}, unaryInputs(13)},
	{"Modf", func(a, b, c uint64) (uint64, uint64) {
		i, f := math.Modf(u2f(a))
		return f2u(i), f2u(f)
	}, unaryInputs(13)},
	{"Lgamma", func(a, b, c uint64) (uint64, uint64) {
		l, s := math.Lgamma(u2f(a))
		return f2u(l), uint64(s)
	}, unaryInputs(13, [2]float64{-10, 10}, [2]float64{0, 3}, [2]float64{-1e6, 1e6})},
	{"Sincos", func(a, b, c uint64) (uint64, uint64) {
		s, co := math.Sincos(u2f(a))
		return f2u(s), f2u(co)
	}, trigInputs},
	{"Float64bits", func(a, b, c uint64) (uint64, uint64) { return math.Float64bits(u2f(a)), 0 }, intInputs(0, 1, 0x7FF8000000000001)},
	{"Float64frombits", func(a, b, c uint64) (uint64, uint64) { return f2u(math.Float64frombits(a)), 0 }, intInputs(0, 1, -0x000FFFFFFFFFFFFF)},
	{"Float32bits", func(a, b, c uint64) (uint64, uint64) {
		return uint64(math.Float32bits(math.Float32frombits(uint32(a)))), 0
	}, intInputs(0, 1, 0x7FC00001)},
	{"Float32frombits", func(a, b, c uint64) (uint64, uint64) {
		return uint64(math.Float32bits(math.Float32frombits(uint32(a)))), 0
	}, intInputs(0, 0x3F800000, 0xFF800001)},

	{"Atan2", u2(math.Atan2), binaryInputs(60)},
	{"Copysign", u2(func(x, y float64) float64 { return math.Copysign(x, y) }), binaryInputs(10)},
	{"Dim", u2(math.Dim), binaryInputs(20)},
	{"Hypot", u2(math.Hypot), binaryInputs(60)},
	{"Max", u2(math.Max), binaryInputs(20)},
	{"Min", u2(math.Min), binaryInputs(20)},
	{"Mod", u2(math.Mod), modInputs},
	{"Nextafter", u2(math.Nextafter), binaryInputs(20)},
	{"Pow", u2(math.Pow), powInputs},
	{"Remainder", u2(math.Remainder), modInputs},
	{"Nextafter32", func(a, b, c uint64) (uint64, uint64) {
		return uint64(math.Float32bits(math.Nextafter32(math.Float32frombits(uint32(a)), math.Float32frombits(uint32(b))))), 0
	}, float32Inputs},
	{"FMA", func(a, b, c uint64) (uint64, uint64) { return f2u(math.FMA(u2f(a), u2f(b), u2f(c))), 0 }, fmaInputs},
	{"Jn", func(a, b, c uint64) (uint64, uint64) { return f2u(math.Jn(int(a), u2f(b))), 0 }, besselNInputs},
	{"Yn", func(a, b, c uint64) (uint64, uint64) { return f2u(math.Yn(int(a), u2f(b))), 0 }, besselNInputs},
	{"Ldexp", func(a, b, c uint64) (uint64, uint64) { return f2u(math.Ldexp(u2f(a), int(b))), 0 }, ldexpInputs},
	{"Pow10", func(a, b, c uint64) (uint64, uint64) { return f2u(math.Pow10(int(a))), 0 },
		intInputs(append(append(append(rangeInts(-330, -300), rangeInts(-40, 40)...), rangeInts(290, 330)...),
			-100, -200, 100, 200, math.MinInt64, math.MaxInt64, 1000, -1000)...)},
	{"Inf", func(a, b, c uint64) (uint64, uint64) { return f2u(math.Inf(int(a))), 0 }, intInputs(-5, -1, 0, 1, 7, math.MinInt64)},
	{"IsInf", func(a, b, c uint64) (uint64, uint64) { return b2u(math.IsInf(u2f(a), int(b))), 0 }, isInfInputs},
	{"NaN", func(a, b, c uint64) (uint64, uint64) { return f2u(math.NaN()), 0 }, noInputs},

	{"E", constant(math.E), noInputs}, {"Pi", constant(math.Pi), noInputs}, {"Phi", constant(math.Phi), noInputs},
	{"Sqrt2", constant(math.Sqrt2), noInputs}, {"SqrtE", constant(math.SqrtE), noInputs},
	{"SqrtPi", constant(math.SqrtPi), noInputs}, {"SqrtPhi", constant(math.SqrtPhi), noInputs},
	{"Ln2", constant(math.Ln2), noInputs}, {"Log2E", constant(math.Log2E), noInputs},
	{"Ln10", constant(math.Ln10), noInputs}, {"Log10E", constant(math.Log10E), noInputs},
	{"MaxFloat32", constant(math.MaxFloat32), noInputs}, {"SmallestNonzeroFloat32", constant(math.SmallestNonzeroFloat32), noInputs},
	{"MaxFloat64", constant(math.MaxFloat64), noInputs}, {"SmallestNonzeroFloat64", constant(math.SmallestNonzeroFloat64), noInputs},
	{"MaxInt", iconst(math.MaxInt), noInputs}, {"MinInt", iconst(1 << 63), noInputs},
	{"MaxInt8", iconst(math.MaxInt8), noInputs}, {"MinInt8", iconst(i2u(math.MinInt8)), noInputs},
	{"MaxInt16", iconst(math.MaxInt16), noInputs}, {"MinInt16", iconst(i2u(math.MinInt16)), noInputs},
	{"MaxInt32", iconst(math.MaxInt32), noInputs}, {"MinInt32", iconst(i2u(math.MinInt32)), noInputs},
	{"MaxInt64", iconst(math.MaxInt64), noInputs}, {"MinInt64", iconst(1 << 63), noInputs},
	{"MaxUint", iconst(math.MaxUint), noInputs}, {"MaxUint8", iconst(math.MaxUint8), noInputs},
	{"MaxUint16", iconst(math.MaxUint16), noInputs}, {"MaxUint32", iconst(math.MaxUint32), noInputs},
	{"MaxUint64", iconst(math.MaxUint64), noInputs},
}

// ---- math/bits -------------------------------------------------------------------------

func randWidth(width int) uint64 {
	v := rng.Uint64()
	if width < 64 {
		v &= 1<<width - 1
	}
	if rng.Intn(2) == 0 { // a sparser value: fewer set bits
		v >>= uint(rng.Intn(width))
	}
	return v
}

func bitsValues(width int, n int) []uint64 {
	max := uint64(1<<width - 1)
	if width == 64 {
		max = math.MaxUint64
	}
	vs := []uint64{0, 1, 2, 3, max, max - 1, max >> 1, max>>1 + 1, 0x5555555555555555 & max, 0xAAAAAAAAAAAAAAAA & max}
	for i := 0; i < width; i += 7 {
		vs = append(vs, 1<<uint(i), (1<<uint(i))-1)
	}
	for i := 0; i < n; i++ {
		vs = append(vs, randWidth(width))
	}
	return vs
}

func genBits() []vec {
	var out []vec
	add := func(fn string, a, b, c, r1, r2, r3 uint64) { out = append(out, vec{fn, a, b, c, r1, r2, r3}) }
	for _, w := range []int{8, 16, 32, 64} {
		sfx := fmt.Sprint(w)
		name := func(base string) string {
			if w == 64 {
				return base + "64"
			}
			return base + sfx
		}
		for _, x := range bitsValues(w, 24) {
			var lz, tz, oc, ln int
			var rev, rb uint64
			hasRB := true
			switch w {
			case 8:
				lz, tz, oc, ln, rev = bits.LeadingZeros8(uint8(x)), bits.TrailingZeros8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Len8(uint8(x)), uint64(bits.Reverse8(uint8(x)))
				hasRB = false
			case 16:
				lz, tz, oc, ln, rev, rb = bits.LeadingZeros16(uint16(x)), bits.TrailingZeros16(uint16(x)), bits.OnesCount16(uint16(x)), bits.Len16(uint16(x)), uint64(bits.Reverse16(uint16(x))), uint64(bits.ReverseBytes16(uint16(x)))
			case 32:
				lz, tz, oc, ln, rev, rb = bits.LeadingZeros32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.OnesCount32(uint32(x)), bits.Len32(uint32(x)), uint64(bits.Reverse32(uint32(x))), uint64(bits.ReverseBytes32(uint32(x)))
			case 64:
				lz, tz, oc, ln, rev, rb = bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x)
				add("LeadingZeros", x, 0, 0, uint64(bits.LeadingZeros(uint(x))), 0, 0)
				add("TrailingZeros", x, 0, 0, uint64(bits.TrailingZeros(uint(x))), 0, 0)
				add("OnesCount", x, 0, 0, uint64(bits.OnesCount(uint(x))), 0, 0)
				add("Len", x, 0, 0, uint64(bits.Len(uint(x))), 0, 0)
				add("Reverse", x, 0, 0, uint64(bits.Reverse(uint(x))), 0, 0)
				add("ReverseBytes", x, 0, 0, uint64(bits.ReverseBytes(uint(x))), 0, 0)
			}
			add(name("LeadingZeros"), x, 0, 0, uint64(lz), 0, 0)
			add(name("TrailingZeros"), x, 0, 0, uint64(tz), 0, 0)
			add(name("OnesCount"), x, 0, 0, uint64(oc), 0, 0)
			add(name("Len"), x, 0, 0, uint64(ln), 0, 0)
			add(name("Reverse"), x, 0, 0, rev, 0, 0)
			if hasRB {
				add(name("ReverseBytes"), x, 0, 0, rb, 0, 0)
			}
		}
		ks := []int64{0, 1, -1, 3, -3, int64(w) - 1, int64(w), int64(w) + 1, -int64(w), 100, -100, math.MaxInt64, math.MinInt64}
		for _, x := range bitsValues(w, 3)[:6] {
			for _, k := range ks {
				var r uint64
				switch w {
				case 8:
					r = uint64(bits.RotateLeft8(uint8(x), int(k)))
				case 16:
					r = uint64(bits.RotateLeft16(uint16(x), int(k)))
				case 32:
					r = uint64(bits.RotateLeft32(uint32(x), int(k)))
				case 64:
					r = bits.RotateLeft64(x, int(k))
					add("RotateLeft", x, uint64(k), 0, uint64(bits.RotateLeft(uint(x), int(k))), 0, 0)
				}
				add(name("RotateLeft"), x, uint64(k), 0, r, 0, 0)
			}
		}
	}
	// Add, Sub, Mul, Div, Rem: 32 and 64 bits (and the uint forms).
	divErr := func(f func()) (e uint64) {
		defer func() {
			if r := recover(); r != nil {
				s := fmt.Sprint(r)
				switch {
				case strings.Contains(s, "divide by zero"):
					e = 1
				case strings.Contains(s, "overflow"):
					e = 2
				default:
					panic(r)
				}
			}
		}()
		f()
		return 0
	}
	for _, w := range []int{32, 64} {
		vs := bitsValues(w, 6)
		pick := func() uint64 { return vs[rng.Intn(len(vs))] }
		carries := []uint64{0, 1, 2, 1<<uint(w-1) | 1}
		for i := 0; i < 120; i++ {
			x, y := pick(), pick()
			c := carries[rng.Intn(2)]
			if i%8 == 0 {
				c = carries[2+rng.Intn(2)]
			}
			if w == 32 {
				s, co := bits.Add32(uint32(x), uint32(y), uint32(c))
				add("Add32", x, y, c, uint64(s), uint64(co), 0)
				d, bo := bits.Sub32(uint32(x), uint32(y), uint32(c))
				add("Sub32", x, y, c, uint64(d), uint64(bo), 0)
				h, l := bits.Mul32(uint32(x), uint32(y))
				add("Mul32", x, y, 0, uint64(h), uint64(l), 0)
			} else {
				s, co := bits.Add64(x, y, c)
				add("Add64", x, y, c, s, co, 0)
				d, bo := bits.Sub64(x, y, c)
				add("Sub64", x, y, c, d, bo, 0)
				h, l := bits.Mul64(x, y)
				add("Mul64", x, y, 0, h, l, 0)
				s2, co2 := bits.Add(uint(x), uint(y), uint(c))
				add("Add", x, y, c, uint64(s2), uint64(co2), 0)
				d2, bo2 := bits.Sub(uint(x), uint(y), uint(c))
				add("Sub", x, y, c, uint64(d2), uint64(bo2), 0)
				h2, l2 := bits.Mul(uint(x), uint(y))
				add("Mul", x, y, 0, uint64(h2), uint64(l2), 0)
			}
		}
		for i := 0; i < 200; i++ {
			hi, lo, y := pick(), pick(), pick()
			switch i % 10 {
			case 0:
				y = 0 // divide by zero
			case 1, 2, 3:
				hi %= y | 1 // hi < y mostly: no overflow
			}
			if w == 32 {
				var q, r, rr uint32
				e := divErr(func() { q, r = bits.Div32(uint32(hi), uint32(lo), uint32(y)) })
				add("Div32", hi, lo, y, uint64(q), uint64(r), e)
				e = divErr(func() { rr = bits.Rem32(uint32(hi), uint32(lo), uint32(y)) })
				add("Rem32", hi, lo, y, uint64(rr), 0, e)
			} else {
				var q, r, rr uint64
				e := divErr(func() { q, r = bits.Div64(hi, lo, y) })
				add("Div64", hi, lo, y, q, r, e)
				e = divErr(func() { rr = bits.Rem64(hi, lo, y) })
				add("Rem64", hi, lo, y, rr, 0, e)
				var q2, r2, rr2 uint
				e = divErr(func() { q2, r2 = bits.Div(uint(hi), uint(lo), uint(y)) })
				add("Div", hi, lo, y, uint64(q2), uint64(r2), e)
				e = divErr(func() { rr2 = bits.Rem(uint(hi), uint(lo), uint(y)) })
				add("Rem", hi, lo, y, uint64(rr2), 0, e)
			}
		}
	}
	add("UintSize", 0, 0, 0, bits.UintSize, 0, 0)
	return out
}

// ---- output ----------------------------------------------------------------------------

func hex(u uint64) string {
	if u == 0 {
		return "0"
	}
	return fmt.Sprintf("0x%x", u)
}

func genMath() []vec {
	var out []vec
	for _, f := range mathFns {
		for _, in := range f.inputs() {
			r1, r2 := f.eval(in[0], in[1], in[2])
			out = append(out, vec{f.name, in[0], in[1], in[2], r1, r2, 0})
		}
	}
	return out
}

func main() {
	outDir := flag.String("out", "test/unit/testdata", "directory for the .inc files")
	stress := flag.Int("stress", 0, "print N random vectors per function, one line each, and stop")
	raw := flag.Bool("raw", false, "print the math vectors' results, one line each (used for the no-FMA run)")
	flag.Parse()

	if *stress > 0 {
		runStress(*stress)
		return
	}
	vs := genMath()
	if *raw {
		w := bufio.NewWriter(os.Stdout)
		for _, v := range vs {
			fmt.Fprintf(w, "%s %x %x %x %x %x\n", v.fn, v.a, v.b, v.c, v.r1, v.r2)
		}
		w.Flush()
		return
	}

	// The same vectors as computed with Go's FMA paths off.
	self, err := os.Executable()
	check(err)
	cmd := exec.Command(self, "-raw")
	cmd.Env = append(os.Environ(), "GODEBUG=cpu.fma=off")
	rawOut, err := cmd.Output()
	check(err)
	lines := strings.Split(strings.TrimSpace(string(rawOut)), "\n")
	if len(lines) != len(vs) {
		check(fmt.Errorf("no-FMA run: %d vectors, want %d", len(lines), len(vs)))
	}

	var b strings.Builder
	b.WriteString("// test/unit/testdata/gomath_vectors.inc: generated by stdlib/math/testgen/gen.go from\n")
	fmt.Fprintf(&b, "// %s on linux/amd64; do not edit. {function, inputs a, b, c, results r1, r2}: float64\n", "Go 1.19")
	b.WriteString("// values as bits, integers as two's complement uint64.\n")
	b.WriteString("static const GoMathVector kGoMathVectors[] = {\n")
	for _, v := range vs {
		fmt.Fprintf(&b, "{\"%s\",%s,%s,%s,%s,%s},\n", v.fn, hex(v.a), hex(v.b), hex(v.c), hex(v.r1), hex(v.r2))
	}
	b.WriteString("};\n\n// The results that differ with GODEBUG=cpu.fma=off: {index in kGoMathVectors, r1, r2}.\n")
	b.WriteString("static const GoMathNoFMA kGoMathNoFMA[] = {\n")
	ndiff := 0
	for i, v := range vs {
		var fn string
		var a, bb, c, r1, r2 uint64
		_, err := fmt.Sscanf(lines[i], "%s %x %x %x %x %x", &fn, &a, &bb, &c, &r1, &r2)
		check(err)
		if fn != v.fn || a != v.a || bb != v.b || c != v.c {
			check(fmt.Errorf("no-FMA run: vector %d is %q, want %s", i, lines[i], v.fn))
		}
		if r1 != v.r1 || r2 != v.r2 {
			fmt.Fprintf(&b, "{%d,%s,%s},\n", i, hex(r1), hex(r2))
			ndiff++
		}
	}
	if ndiff == 0 {
		b.WriteString("{~0u,0,0},  // none (the CPU had no FMA?)\n")
	}
	b.WriteString("};\n")
	check(os.WriteFile(filepath.Join(*outDir, "gomath_vectors.inc"), []byte(b.String()), 0o644))

	bv := genBits()
	b.Reset()
	b.WriteString("// test/unit/testdata/gobits_vectors.inc: generated by stdlib/math/testgen/gen.go from\n")
	b.WriteString("// Go 1.19 on linux/amd64; do not edit. {function, inputs a, b, c, results r1, r2, error}:\n")
	b.WriteString("// error is 1 for a divide-by-zero panic, 2 for an overflow panic.\n")
	b.WriteString("static const GoBitsVector kGoBitsVectors[] = {\n")
	for _, v := range bv {
		fmt.Fprintf(&b, "{\"%s\",%s,%s,%s,%s,%s,%d},\n", v.fn, hex(v.a), hex(v.b), hex(v.c), hex(v.r1), hex(v.r2), v.r3)
	}
	b.WriteString("};\n")
	check(os.WriteFile(filepath.Join(*outDir, "gobits_vectors.inc"), []byte(b.String()), 0o644))
	fmt.Fprintf(os.Stderr, "math: %d vectors (%d differ without FMA); bits: %d vectors\n", len(vs), ndiff, len(bv))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// stressFloat draws from a wider mix than randFloat, including near-multiples of Pi/4.
func stressFloat() float64 {
	switch rng.Intn(8) {
	case 0:
		return u2f(rng.Uint64())
	case 1:
		return randIn(-1, 1)
	case 2:
		return randIn(-10, 10)
	case 3:
		return randIn(-1000, 1000)
	case 4:
		return math.Ldexp(randIn(-1, 1), rng.Intn(2100)-1075)
	case 5:
		return float64(rng.Intn(200)-100) * math.Pi / 4 * (1 + (rng.Float64()-0.5)*1e-15)
	case 6:
		return float64(rng.Intn(400)-200) / 4
	default:
		return randFloat()
	}
}

// runStress prints n random vectors per function (not the constants and bit conversions),
// as "fn a b c r1 r2" in hex, for gomath_test's GoMath.StressFile.
func runStress(n int) {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	intArg := map[string]bool{"Jn": true, "Yn": true, "Pow10": true, "Inf": true}
	for _, f := range mathFns {
		switch f.name {
		case "Float64bits", "Float64frombits", "Float32bits", "Float32frombits", "NaN", "Nextafter32", "IsInf":
			continue
		}
		probe := f.inputs()
		if len(probe) <= 1 {
			continue // constants
		}
		ternary := f.name == "FMA"
		binary := probe[len(probe)-1][1] != 0 || f.name == "Ldexp"
		for i := 0; i < n; i++ {
			var a, b, c uint64
			switch {
			case f.name == "Pow10" || f.name == "Inf":
				a = uint64(int64(rng.Intn(800) - 400))
			case intArg[f.name]:
				a = uint64(int64(rng.Intn(60) - 20))
				b = f2u(math.Abs(stressFloat()))
				if rng.Intn(8) == 0 {
					b = f2u(stressFloat())
				}
			case f.name == "Ldexp":
				a = f2u(stressFloat())
				b = uint64(int64(rng.Intn(2400) - 1200))
			case ternary:
				a, b, c = f2u(stressFloat()), f2u(stressFloat()), f2u(stressFloat())
			case binary:
				a, b = f2u(stressFloat()), f2u(stressFloat())
			default:
				a = f2u(stressFloat())
			}
			if f.name == "Jn" && math.Abs(u2f(b)) > 1e6 && int64(a) > 30 {
				b = f2u(randIn(0, 100))
			}
			r1, r2 := f.eval(a, b, c)
			fmt.Fprintf(w, "%s %x %x %x %x %x\n", f.name, a, b, c, r1, r2)
		}
	}
}
