// gc evaluates every function call of a statement before the variables around it are read
// (cmd/compile/internal/walk/order.go); && and || right operands are evaluated only if needed.
package main

import (
	"fmt"
	"math"
)

var g = 1

func f() int { g = 10; return 1 }

func h(a, b int) int { return a*100 + b }

var s = "ab"

func fs() string { s = "XY"; return "!" }

var i = 0

func fi() int { i = 1; return 0 }

var n = 0

func bump() int { n++; return n }

func tr(name string, b bool) bool {
	fmt.Print(name, " ")
	g = 100
	return b
}

func two() (int, int) { g = 7; return g, 3 }

func ret() (int, int) {
	g = 1
	return g, f()
}

func sq() float64 { g = 4; return 2 }

func main() {
	g = 1
	fmt.Println(g + f())
	g = 1
	g += f()
	fmt.Println(g)
	g = 1
	fmt.Println(g, f())
	g = 1
	a, b := g, f()
	fmt.Println(a, b)
	g = 1
	fmt.Println(h(g, f()))
	g = 1
	x := h(g, 0) + f() + g
	fmt.Println(x)
	s = "ab"
	t := s + fs()
	fmt.Println(t)
	str := "abc"
	i = 0
	c := str[i] + byte(fi())
	fmt.Println(c)
	g = 1
	println(g, f())
	g = 1
	ok := g == 1 && tr("and", true) && g == 100
	fmt.Println(ok, g)
	g = 1
	ok = g == 2 || tr("or", false) || g == 100
	fmt.Println(ok, g)
	g = 1
	ok = g == 1 || tr("skipped", true)
	fmt.Println(ok, g)
	n = 0
	for n < 5 && bump() < 3 {
		fmt.Println("loop", n)
	}
	fmt.Println("after", n)
	n = 0
	count := 0
	for bump()+n < 10 {
		count++
	}
	fmt.Println("count", count, n)
	n = 0
	switch n + bump() {
	case n + bump():
		fmt.Println("case1", n)
	case n + bump():
		fmt.Println("case2", n)
	case bump() - n:
		fmt.Println("case3", n)
	default:
		fmt.Println("default", n)
	}
	n = 0
	switch {
	case n > 0:
		fmt.Println("no")
	case bump() > 1:
		fmt.Println("no2")
	case n+bump() == 4:
		fmt.Println("yes", n)
	}
	g = 1
	p, q := 5, 6
	p, q = q, f()+g
	fmt.Println(p, q)
	g = 1
	p, q = g, f()
	fmt.Println(p, q)
	r1, r2 := ret()
	fmt.Println(r1, r2)
	g = 1
	fmt.Println(g, fmt.Sprint(f()), g)
	g = 1
	fmt.Println(float64(g) + math.Sqrt(float64(f())))
	g = 1
	fmt.Println(float64(g) * sq())
	g = 1
	var v1, v2 = g, f()
	fmt.Println(v1, v2)
	g = 1
	if g+f() == 11 {
		fmt.Println("if sees 11")
	}
	g = 1
	fmt.Println(g, h(two()))
	g = 1
	w := len(s) + g + f()
	fmt.Println(w)
	g = 1
	if y := g + f(); y > 0 {
		fmt.Println("init", y)
	}
	s = "ab"
	for k, r := range s + fs() {
		fmt.Println("range", k, string(r))
	}
	g = 1
	fmt.Printf("%d %d\n", g, f())
	// A whole && / || is evaluated at its place among the calls, reading its variables then.
	fmt.Println(tr("a", true) && tr("b", true), tr("c", true))
	fmt.Println(tr("a", false) || tr("b", true), tr("c", true))
	g = 1
	fmt.Println(g == 1 && tr("x", true), f())
	g = 1
	fmt.Println(tr("y", true) && g == 100, f())
	g = 1
	fmt.Println((g == 1 && tr("z", true)) == (f() == 1), g)
	g = 1
	fmt.Println(g+f() == 11 && g+f() == 20, g)
}
