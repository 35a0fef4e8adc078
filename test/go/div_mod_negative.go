// Division truncates toward zero; the remainder has the sign of the dividend.
// MinInt / -1 does not trap: it wraps to MinInt with remainder 0.
package main

import (
	"fmt"
	"math"
)

func div(a, b int) (int, int) { return a / b, a % b }

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(-7, 2))
	fmt.Println(div(7, -2))
	fmt.Println(div(-7, -2))
	fmt.Println(div(1, 3))
	fmt.Println(div(-1, 3))
	fmt.Println(div(0, -5))
	var m int64 = math.MinInt64
	d := int64(-1)
	fmt.Println(m/d, m%d)
	var m8 int8 = -128
	d8 := int8(-1)
	fmt.Println(m8/d8, m8%d8)
	var m16 int16 = -32768
	d16 := int16(-1)
	fmt.Println(m16/d16, m16%d16)
	var m32 int32 = math.MinInt32
	d32 := int32(-1)
	fmt.Println(m32/d32, m32%d32)
	var u uint8 = 250
	fmt.Println(u/7, u%7)
	var u64 uint64 = 18446744073709551615
	fmt.Println(u64/10, u64%10)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
	x := -17
	x /= 4
	fmt.Println(x)
	x = -17
	x %= 4
	fmt.Println(x)
	// Shifts are not divisions: -7 >> 1 rounds toward negative infinity.
	y := -7
	fmt.Println(y>>1, y/2)
}
