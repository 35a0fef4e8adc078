// A registry on sync.Map: concurrent LoadOrStore deduplicates registrations, counters are
// *int64 values updated atomically, LoadAndDelete unregisters, Range lists (sorted).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type handler struct {
	name  string
	owner int
}

func main() {
	var registry sync.Map
	var wg sync.WaitGroup
	var winners int32
	names := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for _, n := range names {
				if _, loaded := registry.LoadOrStore(n, &handler{n, g}); !loaded {
					atomic.AddInt32(&winners, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("registrations that won:", winners)

	var hits sync.Map
	words := strings.Fields("a b a c b a d a c b a e")
	for round := 0; round < 4; round++ {
		for _, w := range words {
			wg.Add(1)
			go func(w string) {
				defer wg.Done()
				v, _ := hits.LoadOrStore(w, new(int64))
				atomic.AddInt64(v.(*int64), 1)
			}(w)
		}
	}
	wg.Wait()
	var lines []string
	hits.Range(func(k, v interface{}) bool {
		lines = append(lines, fmt.Sprintf("%s=%d", k, atomic.LoadInt64(v.(*int64))))
		return true
	})
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, " "))

	if v, ok := registry.LoadAndDelete("gamma"); ok {
		fmt.Println("unregistered", v.(*handler).name)
	}
	if _, ok := registry.LoadAndDelete("gamma"); !ok {
		fmt.Println("gamma already gone")
	}
	registry.Delete("delta")
	var left []string
	registry.Range(func(k, v interface{}) bool {
		h := v.(*handler)
		if h.name != k.(string) {
			panic("mismatch")
		}
		left = append(left, h.name)
		return true
	})
	sort.Strings(left)
	fmt.Println("left:", left)
	_, ok := registry.Load("delta")
	fmt.Println("delta present:", ok)
}
