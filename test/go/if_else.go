// if / else if / else chains, init statements, nested conditions, early returns.
package main

import "fmt"

func grade(score int) string {
	if score >= 90 {
		return "A"
	} else if score >= 80 {
		return "B"
	} else if score >= 70 {
		return "C"
	}
	return "F"
}

func sign(x float64) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

func main() {
	for s := 65; s <= 100; s += 7 {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	fmt.Println(sign(2.5), sign(-0.1), sign(0))
	if n := len("hello"); n > 3 {
		fmt.Println("long", n)
	}
	x := 10
	if x > 5 {
		if x > 8 {
			fmt.Println("very big")
		} else {
			fmt.Println("big")
		}
	} else {
		fmt.Println("small")
	}
	if x := "shadow"; len(x) == 6 {
		fmt.Println(x)
	}
	fmt.Println(x)
	if y := x * 2; y < 0 {
		fmt.Println("neg")
	} else if z := y + 1; z > 20 {
		fmt.Println("z", z, "y", y)
	} else {
		fmt.Println("else", y, z)
	}
	ok := true
	if !ok {
		fmt.Println("no")
	} else {
		fmt.Println("yes")
	}
}
