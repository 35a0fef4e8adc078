// The math subset of the milestone: constants and Sqrt, Inf, NaN, IsNaN, IsInf, Floor, Abs.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.Ln2)
	fmt.Printf("%.4f %.10f\n", math.Pi, math.Pi)
	for _, c := range "0149" {
		x := float64(c - '0')
		fmt.Println(x, math.Sqrt(x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(1e100), math.Sqrt(0.25))
	fmt.Println(math.Floor(2.7), math.Floor(-2.7), math.Floor(5), math.Floor(-0.0), math.Floor(1e300))
	fmt.Println(math.Abs(-3.2), math.Abs(3.2), math.Abs(0), math.Abs(-1e-300))
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.NaN())
	fmt.Println(math.IsNaN(math.Sqrt(-4)), math.IsInf(1/math.Inf(-1), 0))
	fmt.Println(math.MaxInt8, math.MaxInt16, math.MaxInt32, math.MaxInt64, math.MaxInt)
	fmt.Println(math.MinInt8, math.MinInt16, math.MinInt32, math.MinInt64, math.MinInt)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.MaxFloat64)
	fmt.Println(math.SmallestNonzeroFloat32, math.SmallestNonzeroFloat64)
	const piTimes = math.Pi * 1e10
	p := piTimes
	fmt.Println(int64(p), p)
	var f32 float32 = math.Pi
	fmt.Println(f32)
	hyp := math.Sqrt(3*3 + 4*4)
	fmt.Println(hyp, hyp == 5)
	n := 0
	for i := 1; i <= 1000; i++ {
		r := math.Sqrt(float64(i))
		if math.Floor(r) == r {
			n++
		}
	}
	fmt.Println("perfect squares up to 1000:", n)
	fmt.Printf("%.3f %.3e\n", math.Sqrt(math.MaxFloat64), math.Sqrt(math.SmallestNonzeroFloat64))
}
