// Booleans: logic operators, comparisons of every basic type, printing.
package main

import "fmt"

func main() {
	t, f := true, false
	fmt.Println(t, f, !t, !f, t && f, t || f, t == f, t != f)
	fmt.Println(t && t && !f, f || f || t, !(t && f) == (!t || !f))
	var zero bool
	fmt.Println(zero)
	a, b := 3, 5
	fmt.Println(a < b, a <= b, a > b, a >= b, a == b, a != b)
	var i8a, i8b int8 = -1, 1
	fmt.Println(i8a < i8b)
	var u8a, u8b uint8 = 255, 1
	fmt.Println(u8a < u8b, u8a > u8b)
	var ua, ub uint64 = 1 << 63, 1
	fmt.Println(ua > ub)
	x, y := 1.5, -2.5
	fmt.Println(x < y, x > y, x == 1.5, y != -2.5)
	ok := a < b && x > y
	fmt.Println(ok)
	if ok {
		fmt.Println("ok is true")
	} else {
		fmt.Println("ok is false")
	}
	c := a == 3
	c = !c
	fmt.Println(c)
	fmt.Printf("%t %v %5t|%-6t|\n", t, f, t, f)
	fmt.Println(t == (a < b))
}
