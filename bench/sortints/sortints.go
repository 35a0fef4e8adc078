// sort 1,000,000 ints: sort.Ints over pseudo-random values from a fixed linear congruential
// generator (the same sequence in every language), then a checksum of the sorted order.
package main

import (
	"fmt"
	"sort"
)

func main() {
	const n = 1000000
	xs := make([]int, n)
	seed := uint64(42)
	for i := range xs {
		seed = seed*6364136223846793005 + 1442695040888963407
		xs[i] = int(seed >> 33)
	}
	sort.Ints(xs)
	sum := 0
	for i, x := range xs {
		sum = (sum*31 + x*(i%7+1)) % 1000000007
	}
	fmt.Println(xs[0], xs[n/2], xs[n-1], sort.IntsAreSorted(xs), sum)
}
