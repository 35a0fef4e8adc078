// bench/fib35 (Go version): one recursive fib(35): ~30 million calls, so compute dominates start-up.
// bench/fib (fib(32) four times) is mostly start-up: LLVM and clang both notice that fib
// has no side effects and compute fib(32) once.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(35))
}
