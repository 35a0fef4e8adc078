// 200 goroutines that each keep a list only in their own frames and yield 200 times while
// making garbage, and a goroutine forcing collections meanwhile: every list stays intact.
// (Yields, stack scanning of parked and running goroutines, the collector.)
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	v    int
	next *node
}

func list(n, base int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{base + i, h}
	}
	return h
}

func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	return s
}

func main() {
	const workers = 200
	var wg sync.WaitGroup
	bad := make(chan int, workers)
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		w := w
		go func() {
			defer wg.Done()
			h := list(50, w*1000)
			want := sum(h)
			for k := 0; k < 200; k++ {
				runtime.Gosched()
				// garbage, so that collections happen while goroutines hand over
				_ = list(5, k)
				if sum(h) != want {
					bad <- w
					return
				}
			}
		}()
	}
	done := make(chan bool)
	go func() {
		for i := 0; i < 20; i++ {
			runtime.GC()
			runtime.Gosched()
		}
		done <- true
	}()
	wg.Wait()
	<-done
	close(bad)
	n := 0
	for range bad {
		n++
	}
	fmt.Println("goroutines:", workers, "corrupted:", n)
}
