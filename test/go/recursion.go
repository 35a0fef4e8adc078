// Recursion: direct, mutual, deep, and with multiple results.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func fibPair(n int) (int, int) {
	if n == 0 {
		return 0, 1
	}
	a, b := fibPair(n - 1)
	return b, a + b
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func reverse(s string) string {
	if len(s) <= 1 {
		return s
	}
	return reverse(s[1:]) + s[:1]
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(fact(20), fact(21), fact(25))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(depth(100000))
	fmt.Println(fibPair(90))
	fmt.Println(hanoi(5, "A", "C", "B"))
	fmt.Println(reverse("stressed"), reverse(""), reverse("x"))
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
}
