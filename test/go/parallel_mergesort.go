// Parallel merge sort: the two halves are sorted in goroutines down to a depth limit, then
// merged; the result is checked against sort.Ints and summarised by a checksum.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func mergesort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	var left, right []int
	if depth > 0 {
		var wg sync.WaitGroup
		wg.Add(2)
		go func() {
			defer wg.Done()
			left = mergesort(xs[:mid], depth-1)
		}()
		go func() {
			defer wg.Done()
			right = mergesort(xs[mid:], depth-1)
		}()
		wg.Wait()
	} else {
		left = mergesort(xs[:mid], 0)
		right = mergesort(xs[mid:], 0)
	}
	return merge(left, right)
}

func main() {
	n := 50000
	xs := make([]int, n)
	state := uint64(88172645463325252)
	for i := range xs {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		xs[i] = int(state % 1000000)
	}
	want := append([]int(nil), xs...)
	sort.Ints(want)
	for _, depth := range []int{0, 1, 3, 6} {
		got := mergesort(xs, depth)
		same := len(got) == len(want)
		for i := range got {
			if got[i] != want[i] {
				same = false
				break
			}
		}
		fmt.Printf("depth %d: sorted=%v\n", depth, same)
	}
	var check uint64
	for i, v := range want {
		check = check*31 + uint64(v) + uint64(i)
	}
	fmt.Println("min", want[0], "max", want[n-1], "median", want[n/2])
	fmt.Println("checksum", check)
}
