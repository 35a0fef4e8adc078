// Lazy initialisation with sync.Once: many goroutines ask for a table that is built once;
// a second Once guards a per-object resource.
package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	tableOnce sync.Once
	buildRuns int
	squares   map[int]int
)

func table() map[int]int {
	tableOnce.Do(func() {
		buildRuns++
		squares = make(map[int]int)
		for i := 0; i <= 100; i++ {
			squares[i*i] = i
		}
	})
	return squares
}

type conn struct {
	once   sync.Once
	opened int
	closed bool
	mu     sync.Mutex
}

func (c *conn) open() {
	c.once.Do(func() {
		c.mu.Lock()
		c.opened++
		c.mu.Unlock()
	})
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	found := map[int]int{}
	for g := 0; g < 25; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			t := table()
			for n := g * 40; n < (g+1)*40; n++ {
				if root, ok := t[n]; ok {
					mu.Lock()
					found[n] = root
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("table built", buildRuns, "time(s)")
	keys := make([]int, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("perfect squares below 1000:", len(keys))
	for _, k := range keys[len(keys)-3:] {
		fmt.Printf("  %d = %d^2\n", k, found[k])
	}

	c := &conn{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.open()
		}()
	}
	wg.Wait()
	fmt.Println("connection opened", c.opened, "time(s)")
}
