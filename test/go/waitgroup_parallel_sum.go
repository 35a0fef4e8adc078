// Splitting work with a WaitGroup: a large slice is summed, and its minimum and maximum
// found, by one goroutine per chunk writing to its own slot; checked against a sequential
// pass.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	sum      int64
	min, max int
}

func chunkStats(xs []int) stats {
	s := stats{min: xs[0], max: xs[0]}
	for _, x := range xs {
		s.sum += int64(x)
		if x < s.min {
			s.min = x
		}
		if x > s.max {
			s.max = x
		}
	}
	return s
}

func parallel(xs []int, parts int) stats {
	partial := make([]stats, parts)
	var wg sync.WaitGroup
	size := (len(xs) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo, hi := p*size, (p+1)*size
		if hi > len(xs) {
			hi = len(xs)
		}
		wg.Add(1)
		go func(p int, part []int) {
			defer wg.Done()
			partial[p] = chunkStats(part)
		}(p, xs[lo:hi])
	}
	wg.Wait()
	total := partial[0]
	for _, s := range partial[1:] {
		total.sum += s.sum
		if s.min < total.min {
			total.min = s.min
		}
		if s.max > total.max {
			total.max = s.max
		}
	}
	return total
}

func main() {
	xs := make([]int, 1000000)
	seed := uint32(12345)
	for i := range xs {
		seed = seed*1103515245 + 12345
		xs[i] = int(seed>>16) % 100000
	}
	xs[777777] = -5
	xs[31337] = 123456
	want := chunkStats(xs)
	fmt.Printf("sequential: sum=%d min=%d max=%d\n", want.sum, want.min, want.max)
	for _, parts := range []int{1, 2, 7, 16, 100} {
		got := parallel(xs, parts)
		fmt.Printf("%3d parts: sum=%d min=%d max=%d same=%v\n", parts, got.sum, got.min, got.max, got == want)
	}
}
