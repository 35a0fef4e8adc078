// Functions: parameters grouped by type, multiple results, named results with bare return,
// results assigned in the callee, passing multi-value calls straight through, blank results.
package main

import "fmt"

func add(a, b int) int { return a + b }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func named() (x int, s string, ok bool) {
	x = 7
	if x > 5 {
		s = "big"
		return
	}
	return 0, "small", true
}

func shadowed() (n int) {
	n = 1
	{
		n := 100
		n++
	}
	return
}

func overwrite() (n int) {
	n = 5
	return n * 3
}

func sum3(a int, b int, c int) int { return a + b + c }

func mixed(a int8, b uint16, c float64, s string) string {
	return fmt.Sprint(a, b, c, s)
}

func noResult(msg string) {
	fmt.Println("noResult:", msg)
	if msg == "" {
		return
	}
	fmt.Println("len", len(msg))
}

func pair() (int, int) { return 3, 4 }

func zeroes() (i int, f float64, s string, b bool, r rune) { return }

func main() {
	fmt.Println(add(2, 3), add(add(1, 2), add(3, 4)))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	a, b := swap("first", "second")
	fmt.Println(a, b)
	fmt.Println(named())
	fmt.Println(shadowed(), overwrite())
	fmt.Println(sum3(1, 2, 3))
	fmt.Println(mixed(-1, 65535, 2.5, "s"))
	noResult("")
	noResult("hey")
	fmt.Println(add(pair()))
	_, second := pair()
	fmt.Println(second)
	x, y := pair()
	x, y = y, x
	fmt.Println(x, y)
	fmt.Println(zeroes())
	fmt.Printf("%q\n", mixed(pair2()))
	var i, j int
	i, j = divmod(100, 7)
	fmt.Println(i, j)
}

func pair2() (int8, uint16, float64, string) { return 1, 2, 3, "four" }
