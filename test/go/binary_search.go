// Binary search in its many forms: exact match, lower and upper bounds, first/last
// occurrence in runs of duplicates, search in a rotated sorted array, integer square root,
// bisection for a real root, and agreement checks against sort.Search.
package main

import (
	"fmt"
	"math"
	"sort"
)

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func upperBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if a[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func searchRotated(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case a[mid] == x:
			return mid
		case a[lo] <= a[mid]:
			if a[lo] <= x && x < a[mid] {
				hi = mid - 1
			} else {
				lo = mid + 1
			}
		default:
			if a[mid] < x && x <= a[hi] {
				lo = mid + 1
			} else {
				hi = mid - 1
			}
		}
	}
	return -1
}

func isqrt(n uint64) (r uint64, steps int) {
	lo, hi := uint64(0), uint64(1)<<32
	for lo < hi {
		steps++
		mid := lo + (hi-lo+1)/2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, steps
}

func bisect(f func(float64) float64, a, b float64) (float64, int) {
	for i := 1; ; i++ {
		m := (a + b) / 2
		if b-a < 1e-12 || f(m) == 0 {
			return m, i
		}
		if (f(a) < 0) == (f(m) < 0) {
			a = m
		} else {
			b = m
		}
	}
}

func main() {
	a := []int{1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34}
	fmt.Println(a)
	for _, x := range []int{0, 1, 3, 4, 8, 21, 34, 35} {
		lb, ub := lowerBound(a, x), upperBound(a, x)
		found := lb < len(a) && a[lb] == x
		agree := lb == sort.SearchInts(a, x) && ub == sort.Search(len(a), func(i int) bool { return a[i] > x })
		fmt.Printf("x=%2d lower=%2d upper=%2d count=%d found=%-5t agree=%t\n", x, lb, ub, ub-lb, found, agree)
	}
	rot := []int{15, 18, 22, 29, 2, 3, 6, 9, 11}
	for _, x := range []int{15, 29, 2, 11, 10, 30} {
		fmt.Printf("rotated search %2d -> %d\n", x, searchRotated(rot, x))
	}
	for _, n := range []uint64{0, 1, 15, 16, 17, 1 << 40, 999999999999, math.MaxUint64} {
		r, steps := isqrt(n)
		fmt.Printf("isqrt(%d) = %d in %d steps\n", n, r, steps)
	}
	root, it := bisect(func(x float64) float64 { return x*x*x - x - 2 }, 1, 2)
	fmt.Printf("x^3-x-2=0 at %.10f after %d steps\n", root, it)
	root, it = bisect(math.Cos, 0, 3)
	fmt.Printf("cos(x)=0 at %.10f (pi/2=%.10f) after %d steps\n", root, math.Pi/2, it)
	words := []string{"apple", "banana", "cherry", "grape", "kiwi", "mango", "peach"}
	for _, w := range []string{"cherry", "fig", "zebra", "aardvark"} {
		i := sort.SearchStrings(words, w)
		fmt.Printf("%-8s insert at %d (present=%t)\n", w, i, i < len(words) && words[i] == w)
	}
	big := make([]int, 1000)
	for i := range big {
		big[i] = i * 3
	}
	probes := 0
	idx := sort.Search(len(big), func(i int) bool { probes++; return big[i] >= 1500 })
	fmt.Println("sort.Search found", idx, "value", big[idx], "in", probes, "probes")
}
