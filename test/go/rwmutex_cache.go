// A memoising cache behind an RWMutex: readers take the read lock, a miss upgrades to the
// write lock with a double check. Fibonacci values are cached by many goroutines.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type cache struct {
	mu       sync.RWMutex
	data     map[int]uint64
	computes int
}

func (c *cache) get(n int) uint64 {
	c.mu.RLock()
	v, ok := c.data[n]
	c.mu.RUnlock()
	if ok {
		return v
	}
	var r uint64
	if n < 2 {
		r = uint64(n)
	} else {
		r = c.get(n-1) + c.get(n-2)
	}
	c.mu.Lock()
	if old, ok := c.data[n]; ok {
		r = old
	} else {
		c.data[n] = r
		c.computes++
	}
	c.mu.Unlock()
	return r
}

func (c *cache) keys() []int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	ks := make([]int, 0, len(c.data))
	for k := range c.data {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

func main() {
	c := &cache{data: map[int]uint64{}}
	var wg sync.WaitGroup
	results := make([]uint64, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			results[g] = c.get(75 + g)
		}(g)
	}
	wg.Wait()
	for g, r := range results {
		if g%5 == 0 {
			fmt.Printf("fib(%d) = %d\n", 75+g, r)
		}
	}
	ks := c.keys()
	fmt.Println("cached entries:", len(ks), "from", ks[0], "to", ks[len(ks)-1])
	fmt.Println("each value stored once:", c.computes == len(ks))

	var readers sync.WaitGroup
	var sum uint64
	var sumMu sync.Mutex
	for r := 0; r < 8; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			var local uint64
			for n := 0; n <= 90; n++ {
				local += c.get(n) % 1000
			}
			sumMu.Lock()
			sum += local
			sumMu.Unlock()
		}()
	}
	readers.Wait()
	fmt.Println("reader checksum:", sum)
}
