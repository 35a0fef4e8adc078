// Parallel matrix multiplication, one goroutine per block of rows; the product is compared
// with a sequential one and reduced to a trace and a checksum.
package main

import (
	"fmt"
	"sync"
)

type matrix [][]int64

func newMatrix(n int, f func(i, j int) int64) matrix {
	m := make(matrix, n)
	for i := range m {
		m[i] = make([]int64, n)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func mulRows(a, b, c matrix, lo, hi int) {
	n := len(a)
	for i := lo; i < hi; i++ {
		for k := 0; k < n; k++ {
			aik := a[i][k]
			for j := 0; j < n; j++ {
				c[i][j] += aik * b[k][j]
			}
		}
	}
}

func parallelMul(a, b matrix, blocks int) matrix {
	n := len(a)
	c := newMatrix(n, func(int, int) int64 { return 0 })
	var wg sync.WaitGroup
	step := (n + blocks - 1) / blocks
	for lo := 0; lo < n; lo += step {
		hi := lo + step
		if hi > n {
			hi = n
		}
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			mulRows(a, b, c, lo, hi)
		}(lo, hi)
	}
	wg.Wait()
	return c
}

func equal(x, y matrix) bool {
	for i := range x {
		for j := range x[i] {
			if x[i][j] != y[i][j] {
				return false
			}
		}
	}
	return true
}

func main() {
	n := 120
	a := newMatrix(n, func(i, j int) int64 { return int64((i*7+j*3)%11 - 5) })
	b := newMatrix(n, func(i, j int) int64 { return int64((i*i+j)%13 - 6) })
	seq := newMatrix(n, func(int, int) int64 { return 0 })
	mulRows(a, b, seq, 0, n)
	for _, blocks := range []int{1, 4, 7, 120} {
		fmt.Printf("%3d blocks: equal=%v\n", blocks, equal(parallelMul(a, b, blocks), seq))
	}
	var trace, check int64
	for i := range seq {
		trace += seq[i][i]
		for j := range seq[i] {
			check = check*1000003 + seq[i][j]
		}
	}
	fmt.Println("trace:", trace)
	fmt.Println("checksum:", check)
	fmt.Println("corner:", seq[0][0], seq[n-1][n-1])
}
