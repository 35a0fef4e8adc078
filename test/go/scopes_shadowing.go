// Block scoping: shadowing in nested blocks, if/switch/for init statements, package-level
// names shadowed by locals, and := redeclaring at least one new variable.
package main

import "fmt"

var x = "package x"

const limit = 3

func show() { fmt.Println("show sees", x) }

func main() {
	fmt.Println(x)
	x := "main x"
	fmt.Println(x)
	show()
	{
		x := "block x"
		fmt.Println(x)
		{
			x := 42
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	if x := 7; x > 5 {
		fmt.Println("if x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("unreachable", y)
	} else {
		fmt.Println("else", x, y)
	}
	if n := 1; n > 5 {
		fmt.Println("unreachable")
	} else if m := n + 1; m == 2 {
		fmt.Println("else if sees", n, m)
	} else {
		fmt.Println("else sees", n, m)
	}
	fmt.Println(x)
	a, b := 1, 2
	a, c := 10, 3
	fmt.Println(a, b, c)
	limit := limit * 2
	fmt.Println(limit)
	for i := 0; i < 2; i++ {
		x := fmt.Sprint("loop ", i)
		fmt.Println(x)
	}
	switch x := 5; x {
	case 5:
		x := "inner"
		fmt.Println(x)
	}
	fmt.Println(x)
	true := false
	fmt.Println(true)
	len := 3
	fmt.Println(len)
}
