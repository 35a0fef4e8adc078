// fmt.Println of float64 values: shortest representation, %e form for exponents < -4 or >= 21.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.0, 1.0, -1.0, 0.5, 0.1, 2.5, 3.14159)
	fmt.Println(100.0, 1e6, 1e20, 1e21, 1e22, 123456789.0)
	fmt.Println(0.001, 0.0001, 0.00001, 0.000123, 1e-7)
	fmt.Println(1.0/3.0, 2.0/3.0, 10.0/3.0)
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(float64(math.MaxInt64), float64(1<<53), float64(1<<53+1))
	fmt.Println(123456789012345678.0, 1234567890123456789012.0)
	fmt.Println(-0.000001, -123.456, -1e100)
	fmt.Println(1e308*10 > 1e308)
	x := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += x
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Println(5e-324, 2.2250738585072014e-308, 4.9406564584124654e-324)
	fmt.Println(float64(7)/2, float64(-7)/2)
	y := 1.5
	y *= 4
	y -= 0.25
	y /= 2
	fmt.Println(y)
	fmt.Println(100000000000000000000.0, 999999999999999999999.0)
	fmt.Println(12345.678e10, 0.000012345)
}
