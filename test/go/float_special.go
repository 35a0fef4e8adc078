// NaN, infinities and negative zero: arithmetic, comparisons and printing.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	ninf := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Println(inf+1, inf-inf, inf*0, -inf, 1/inf)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsNaN(inf), math.IsInf(inf, 1), math.IsInf(ninf, -1), math.IsInf(ninf, 1), math.IsInf(inf, 0))
	zero := 0.0
	negz := -zero
	fmt.Println(zero, negz, negz == zero, 1/negz, 1/zero)
	fmt.Println(zero/zero, -1/zero)
	fmt.Printf("%v %f %e %g %.2f\n", negz, negz, negz, negz, negz)
	fmt.Printf("%v %f %e %g %5.1f|\n", inf, inf, ninf, nan, nan)
	fmt.Printf("%+v %+f % f %08.2f|%-8.2f|\n", inf, nan, inf, ninf, inf)
	fmt.Printf("%08.3f|%+08.3f|%-08.3f|\n", -1.5, 1.5, 2.5)
	big := 1e308
	fmt.Println(big*10, -big*10)
	var f32 float32 = 3e38
	f32 *= 10
	fmt.Println(f32, math.IsInf(float64(f32), 1))
	fmt.Println(math.Sqrt(-1), math.Sqrt(inf), math.Abs(ninf), math.Floor(nan))
	fmt.Println(math.Abs(negz), math.Floor(-0.5), math.Floor(negz))
	fmt.Printf("%.1f %.1f\n", math.Floor(-0.5), math.Abs(-0.0))
}
