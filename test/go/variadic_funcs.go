// Functions in many shapes: variadic parameters (empty, spread slices, aliasing of the
// spread slice), multiple and named results with bare returns, functions as values and
// parameters, higher-order map/filter/reduce over int slices, and recursion.
package main

import (
	"errors"
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func joinAll(sep string, parts ...string) string { return strings.Join(parts, sep) }

func scaleInPlace(k int, nums ...int) {
	for i := range nums {
		nums[i] *= k
	}
}

func describe(format string, args ...interface{}) string {
	return fmt.Sprintf("[%d args] ", len(args)) + fmt.Sprintf(format, args...)
}

func minMax(first int, rest ...int) (min, max int) {
	min, max = first, first
	for _, v := range rest {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func stats(xs []float64) (mean, variance float64, ok bool) {
	if len(xs) == 0 {
		return
	}
	for _, x := range xs {
		mean += x
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		variance += (x - mean) * (x - mean)
	}
	variance /= float64(len(xs))
	return mean, variance, true
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(acc, x int) int) int {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func apply(fs []func(int) int, x int) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f(x))
	}
	return out
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

func swap(a, b string) (string, string) { return b, a }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5, 6}...))
	fmt.Println(joinAll("-"), joinAll("-", "a"), joinAll(", ", "x", "y", "z"))
	nums := []int{1, 2, 3}
	scaleInPlace(10, nums...) // the callee sees the same backing array
	fmt.Println("after spread scale:", nums)
	scaleInPlace(10, nums[0], nums[1]) // a fresh slice
	fmt.Println("after literal scale:", nums)
	fmt.Println(describe("%s=%d", "x", 1), describe("none"), describe("%v", nil), describe("%v %v", []interface{}{1, 2}...))
	lo, hi := minMax(5, 3, 9, -2, 7)
	fmt.Println("minmax:", lo, hi)
	fmt.Println(minMax(42))
	for _, p := range [][2]int{{17, 5}, {-17, 5}, {17, -5}, {1, 0}} {
		q, r, err := divmod(p[0], p[1])
		fmt.Printf("divmod(%d,%d) = %d %d %v\n", p[0], p[1], q, r, err)
	}
	m, v, ok := stats([]float64{2, 4, 4, 4, 5, 5, 7, 9})
	fmt.Println("stats:", m, v, ok)
	fmt.Println(stats(nil))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(xs, func(x int) int { return x * x })
	odd := filter(sq, func(x int) bool { return x%2 == 1 })
	total := reduce(odd, 0, func(a, x int) int { return a + x })
	prod := reduce(xs[:6], 1, func(a, x int) int { return a * x })
	fmt.Println(sq, odd, total, prod)
	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return -x },
	}
	fmt.Println(apply(pipeline, 5), len(apply(nil, 5)))
	var op func(int, int) int
	fmt.Println("nil func:", op == nil)
	op = func(a, b int) int { return a*10 + b }
	fmt.Println(reduce([]int{1, 2, 3, 4}, 0, op))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	a, b := swap("first", "second")
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	fmt.Printf("%T | %T | %T\n", sum, minMax, reduce)
}
