// A small algorithmic workload: primes by trial division, prime counting, and formatting.
package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	line := ""
	for n := 0; n < 100; n++ {
		if isPrime(n) {
			count++
			line += fmt.Sprintf("%3d", n)
			if count%10 == 0 {
				fmt.Println(line)
				line = ""
			}
		}
	}
	fmt.Println(line)
	total := 0
	for n := 0; n < 100000; n++ {
		if isPrime(n) {
			total++
		}
	}
	fmt.Printf("primes below 100000: %d\n", total)
	var largest uint64
	for n := uint64(1) << 32; ; n-- {
		if isPrime(int(n)) {
			largest = n
			break
		}
	}
	fmt.Println("largest prime below 2^32:", largest)
}
