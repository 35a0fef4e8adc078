// float32 arithmetic rounds to single precision after every operation and prints with the
// shortest float32 representation.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a, b float32 = 0.1, 0.2
	fmt.Println(a, b, a+b, a*b, a/b, a-b)
	c := a + b
	fmt.Println(c == 0.3, float64(c))
	var big float32 = 16777216
	fmt.Println(big+1, big+2, big+1 == big)
	var third float32 = 1.0 / 3
	fmt.Println(third, third*3)
	fmt.Println(float32(math.Pi), float32(1e20), float32(1e-20), float32(123456789))
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, float32(d))
	var x float32 = 1e38
	fmt.Println(x*10, -x*10)
	h := float32(0.5)
	h = h * h * h
	fmt.Println(h, float32(3)/float32(7))
	fmt.Printf("%v %.3f %e %g %T\n", third, third, third, third, third)
	var m float32 = math.MaxFloat32
	fmt.Println(m, float64(m))
	var f32 float32 = 2.5
	var f64 float64 = float64(f32) * 1.1
	fmt.Println(f64, float32(f64))
}
