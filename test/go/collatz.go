// Collatz sequences: loops, conditionals and 64-bit arithmetic.
package main

import "fmt"

func steps(n uint64) (int, uint64) {
	count := 0
	peak := n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		count++
	}
	return count, peak
}

func main() {
	best, bestN := 0, uint64(0)
	for n := uint64(1); n < 100000; n++ {
		s, _ := steps(n)
		if s > best {
			best, bestN = s, n
		}
	}
	fmt.Println("longest below 100000:", bestN, "with", best, "steps")
	s, p := steps(27)
	fmt.Printf("27: %d steps, peak %d\n", s, p)
	for n := uint64(1); n <= 10; n++ {
		s, p := steps(n)
		fmt.Printf("%2d %3d %4d\n", n, s, p)
	}
}
