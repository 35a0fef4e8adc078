// A reusable barrier built from Mutex and Cond (with a generation counter) keeps workers in
// lock-step through phases of a 1-D heat diffusion; each phase reads the previous buffer
// only, so the result equals a sequential run.
package main

import (
	"fmt"
	"sync"
)

type barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func newBarrier(n int) *barrier {
	b := &barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *barrier) wait() {
	b.mu.Lock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
	} else {
		for gen == b.generation {
			b.cond.Wait()
		}
	}
	b.mu.Unlock()
}

func step(src, dst []int, lo, hi int) {
	for i := lo; i < hi; i++ {
		left, right := 0, 0
		if i > 0 {
			left = src[i-1]
		}
		if i < len(src)-1 {
			right = src[i+1]
		}
		dst[i] = (left + 2*src[i] + right) / 4
	}
}

func main() {
	const cells, phases, workers = 64, 40, 4
	init := make([]int, cells)
	init[cells/2] = 1 << 20
	init[5] = 1 << 16

	seqA := append([]int(nil), init...)
	seqB := make([]int, cells)
	for p := 0; p < phases; p++ {
		step(seqA, seqB, 0, cells)
		seqA, seqB = seqB, seqA
	}

	bufs := [2][]int{append([]int(nil), init...), make([]int, cells)}
	b := newBarrier(workers)
	var wg sync.WaitGroup
	chunk := cells / workers
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				step(bufs[p%2], bufs[(p+1)%2], w*chunk, (w+1)*chunk)
				b.wait()
			}
		}(w)
	}
	wg.Wait()
	par := bufs[phases%2]
	same := true
	total := 0
	for i := range par {
		if par[i] != seqA[i] {
			same = false
		}
		total += par[i]
	}
	fmt.Println("phases:", phases, "generations:", b.generation)
	fmt.Println("parallel equals sequential:", same)
	fmt.Println("heat remaining:", total)
	fmt.Println("centre:", par[cells/2-2:cells/2+3])
}
