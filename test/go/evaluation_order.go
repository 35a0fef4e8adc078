// Operands, call arguments and assignments are evaluated left to right; && and || short-circuit.
package main

import "fmt"

func v(name string, x int) int {
	fmt.Print(name, " ")
	return x
}

func t(name string, b bool) bool {
	fmt.Print(name, " ")
	return b
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func main() {
	fmt.Println(v("a", 1) + v("b", 2)*v("c", 3))
	fmt.Println(three(v("x", 1), v("y", 2), v("z", 3)))
	fmt.Println(t("p", false) && t("q", true))
	fmt.Println(t("p", true) && t("q", false))
	fmt.Println(t("p", true) || t("q", false))
	fmt.Println(t("p", false) || t("q", true))
	fmt.Println(t("a", true) && t("b", false) || t("c", true))
	fmt.Println(t("a", false) || t("b", true) && t("c", false))
	fmt.Println(!t("n", false))
	a, b := v("first", 1), v("second", 2)
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	i, j := 1, 2
	i, j = i+j, i*10
	fmt.Println(i, j)
	x := 1
	x, y := x+1, x+10
	fmt.Println(x, y)
	fmt.Println(v("left", 10) < v("right", 5), v("l", 3) == v("r", 3))
	s := fmt.Sprint(v("s1", 1)) + fmt.Sprint(v("s2", 2))
	fmt.Println(s)
}
