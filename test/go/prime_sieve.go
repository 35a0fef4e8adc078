// Prime numbers: the sieve of Eratosthenes over a bool slice, a bit-packed odd-only sieve
// with math/bits, twin primes, prime gaps, Goldbach partitions and factorisation.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"sort"
	"strings"
)

func sieve(n int) []bool {
	composite := make([]bool, n+1)
	composite[0], composite[1] = true, true
	for i := 2; i*i <= n; i++ {
		if !composite[i] {
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return composite
}

// bitSieve marks odd composites; bit k stands for 2k+1.
type bitSieve []uint64

func newBitSieve(n int) bitSieve {
	words := (n/2)/64 + 1
	s := make(bitSieve, words)
	s.set(0) // 1 is not prime
	for i := 3; i*i <= n; i += 2 {
		if !s.get(i / 2) {
			for j := i * i; j <= n; j += 2 * i {
				s.set(j / 2)
			}
		}
	}
	// mark bits beyond n as composite
	for k := (n-1)/2 + 1; k < words*64; k++ {
		s.set(k)
	}
	return s
}

func (s bitSieve) set(k int)      { s[k/64] |= 1 << uint(k%64) }
func (s bitSieve) get(k int) bool { return s[k/64]&(1<<uint(k%64)) != 0 }
func (s bitSieve) count() int {
	c := 1 // the prime 2
	for _, w := range s {
		c += bits.OnesCount64(^w)
	}
	return c
}

func factor(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func formatFactors(n int) string {
	f := factor(n)
	ps := make([]int, 0, len(f))
	for p := range f {
		ps = append(ps, p)
	}
	sort.Ints(ps)
	var parts []string
	for _, p := range ps {
		if e := f[p]; e == 1 {
			parts = append(parts, fmt.Sprint(p))
		} else {
			parts = append(parts, fmt.Sprintf("%d^%d", p, e))
		}
	}
	return strings.Join(parts, " * ")
}

func main() {
	const N = 100000
	comp := sieve(N)
	var primes []int
	for i, c := range comp {
		if !c {
			primes = append(primes, i)
		}
	}
	fmt.Println("primes below 100:", primes[:25])
	fmt.Println("count below", N, "=", len(primes), "bit sieve agrees:", newBitSieve(N).count() == len(primes))
	for _, n := range []int{10, 100, 1000, 10000, 100000} {
		c := 0
		for _, p := range primes {
			if p <= n {
				c++
			}
		}
		fmt.Printf("pi(%6d) = %5d   n/ln n = %9.2f  ratio %.4f\n", n, c, float64(n)/math.Log(float64(n)), float64(c)/(float64(n)/math.Log(float64(n))))
	}
	twins := 0
	var lastTwins [2]int
	maxGap, gapAt := 0, 0
	for i := 1; i < len(primes); i++ {
		g := primes[i] - primes[i-1]
		if g == 2 {
			twins++
			lastTwins = [2]int{primes[i-1], primes[i]}
		}
		if g > maxGap {
			maxGap, gapAt = g, primes[i-1]
		}
	}
	fmt.Printf("twin pairs: %d, last %v; max gap %d after %d\n", twins, lastTwins, maxGap, gapAt)
	for _, even := range []int{4, 28, 100, 98, 1000, 9998} {
		var parts []string
		for _, p := range primes {
			if p > even/2 {
				break
			}
			if !comp[even-p] {
				parts = append(parts, fmt.Sprintf("%d+%d", p, even-p))
			}
		}
		if len(parts) > 4 {
			parts = append(parts[:4], fmt.Sprintf("... (%d total)", len(parts)))
		}
		fmt.Printf("%5d = %s\n", even, strings.Join(parts, ", "))
	}
	for _, n := range []int{2, 12, 360, 1001, 65536, 99991, 123456, 600851475} {
		fmt.Printf("%10d = %s\n", n, formatFactors(n))
	}
	fmt.Println(factor(720720))
	var mersenne []int
	for p := 2; p < 32; p++ {
		m := 1<<uint(p) - 1
		if len(factor(m)) == 1 && factor(m)[m] == 1 {
			mersenne = append(mersenne, p)
		}
	}
	fmt.Println("Mersenne prime exponents < 32:", mersenne)
}
