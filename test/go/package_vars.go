// Package-level variables: zero values, initialization in dependency order (not source
// order), functions reading and writing them.
package main

import "fmt"

var (
	a = b + 1
	b = f()
	c int
	d string
	e float64
	g bool
	h = "hello"
)

var counter int

var total = sum(10)

func f() int {
	fmt.Println("f called, c =", c)
	return 41
}

func sum(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func bump() int {
	counter++
	return counter
}

func main() {
	fmt.Println(a, b, c, d == "", e, g, h)
	fmt.Println(total)
	bump()
	bump()
	fmt.Println(bump(), counter)
	h += " world"
	fmt.Println(h, len(h))
	var local int
	var ls string
	var lf float32
	var lr rune
	var lb byte
	fmt.Println(local, ls, lf, lr, lb)
	fmt.Printf("%q\n", ls)
}
