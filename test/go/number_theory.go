// Elementary number theory: gcd and lcm, the extended Euclidean algorithm, modular
// inverse and exponentiation (with uint64 overflow care via math/bits), the Chinese
// remainder theorem, Euler's totient, and a deterministic Miller-Rabin primality test.
package main

import (
	"fmt"
	"math/bits"
)

func gcd(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	if a < 0 {
		return -a
	}
	return a
}

func extGCD(a, b int64) (g, x, y int64) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGCD(b, a%b)
	return g, y1, x1 - (a/b)*y1
}

func modInverse(a, m int64) (int64, bool) {
	g, x, _ := extGCD(((a%m)+m)%m, m)
	if g != 1 {
		return 0, false
	}
	return ((x % m) + m) % m, true
}

func mulMod(a, b, m uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	_, rem := bits.Div64(hi%m, lo, m)
	return rem
}

func powMod(base, exp, m uint64) uint64 {
	result := uint64(1) % m
	base %= m
	for ; exp > 0; exp >>= 1 {
		if exp&1 == 1 {
			result = mulMod(result, base, m)
		}
		base = mulMod(base, base, m)
	}
	return result
}

func millerRabin(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
next:
	for _, a := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		x := powMod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		for r := 1; r < s; r++ {
			if x = mulMod(x, x, n); x == n-1 {
				continue next
			}
		}
		return false
	}
	return true
}

func crt(rems, mods []int64) (int64, int64, bool) {
	x, m := int64(0), int64(1)
	for i := range rems {
		inv, ok := modInverse(m%mods[i], mods[i])
		if !ok {
			return 0, 0, false
		}
		t := ((rems[i]-x)%mods[i]*inv%mods[i] + mods[i]) % mods[i]
		x += m * t
		m *= mods[i]
	}
	return x % m, m, true
}

func totient(n int64) int64 {
	result := n
	for p := int64(2); p*p <= n; p++ {
		if n%p == 0 {
			for n%p == 0 {
				n /= p
			}
			result -= result / p
		}
	}
	if n > 1 {
		result -= result / n
	}
	return result
}

func main() {
	for _, p := range [][2]int64{{48, 18}, {17, 5}, {0, 9}, {-24, 36}, {1071, 462}, {1 << 40, 6 << 20}} {
		g := gcd(p[0], p[1])
		g2, x, y := extGCD(p[0], p[1])
		lcm := int64(0)
		if g != 0 {
			lcm = p[0] / g * p[1]
		}
		fmt.Printf("gcd(%d,%d)=%d lcm=%d bezout: %d*%d + %d*%d = %d\n", p[0], p[1], g, lcm, p[0], x, p[1], y, g2)
	}
	for _, p := range [][2]int64{{3, 11}, {10, 17}, {6, 9}, {-3, 7}, {1, 1000000007}} {
		inv, ok := modInverse(p[0], p[1])
		fmt.Printf("inverse of %d mod %d: %d %t\n", p[0], p[1], inv, ok)
	}
	fmt.Println(powMod(2, 10, 1000), powMod(3, 200, 1000000007), powMod(7, 1<<62, 1<<61-1), powMod(5, 0, 1))
	var primes []uint64
	for _, n := range []uint64{1, 2, 97, 561, 7919, 1000000007, 1<<61 - 1, 1<<62 + 1, 18446744073709551557, 3215031751} {
		if millerRabin(n) {
			primes = append(primes, n)
		}
	}
	fmt.Println("probable primes:", primes)
	x, m, ok := crt([]int64{2, 3, 2}, []int64{3, 5, 7})
	fmt.Println("x ≡ 2 (3), 3 (5), 2 (7):", x, "mod", m, ok)
	_, _, ok = crt([]int64{1, 2}, []int64{4, 6})
	fmt.Println("non-coprime moduli:", ok)
	var phis []int64
	for n := int64(1); n <= 20; n++ {
		phis = append(phis, totient(n))
	}
	fmt.Println("phi(1..20):", phis, "phi(1e9+7) =", totient(1000000007), "phi(2^40) =", totient(1<<40))
}
