// Conversions between floats and integers: truncation toward zero, exact conversion of
// integers to float, float32 <-> float64 rounding.
package main

import "fmt"

func main() {
	vals := 3.9
	fmt.Println(int(vals), int(-vals), int64(vals*100), uint8(vals), int8(-vals))
	x := 2.5
	fmt.Println(int(x), int(-x), int(x+0.5))
	y := 1e9
	fmt.Println(int32(y), int64(y*y), uint64(y*y))
	var i int = 123456789
	fmt.Println(float64(i), float32(i), float64(i)/10)
	var big int64 = 1<<62 + 1
	fmt.Println(float64(big), float32(big))
	var u uint64 = 1<<64 - 1
	fmt.Println(float64(u), float32(u))
	var neg int8 = -100
	fmt.Println(float64(neg), float32(neg)/3)
	var u8 uint8 = 255
	fmt.Println(float64(u8) * 2)
	f := 0.1
	fmt.Println(float32(f), float64(float32(f)))
	var g float32 = 16777217.0
	fmt.Println(g, int(g))
	z := -0.9
	fmt.Println(int(z), int(-z))
	h := 255.99
	fmt.Println(uint8(h), uint16(h*200))
	var r rune = 'A'
	fmt.Println(float64(r) + 0.5)
	const c = 10
	fmt.Println(float64(c)/4, c/4, c/4.0)
	k := 7
	fmt.Println(float64(k)/2, float64(k/2))
}
