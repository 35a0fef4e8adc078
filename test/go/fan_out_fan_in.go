// Fan-out/fan-in: one producer, several workers computing Collatz chain lengths, a merge
// that closes its output once every worker is done; results are sorted before printing.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	n     int
	steps int
}

func producer(limit int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= limit; i++ {
			out <- i
		}
	}()
	return out
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(in <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for n := range in {
			out <- result{n, collatz(n)}
		}
	}()
	return out
}

func merge(chans ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	jobs := producer(10000)
	var workers []<-chan result
	for i := 0; i < 6; i++ {
		workers = append(workers, worker(jobs))
	}
	var all []result
	for r := range merge(workers...) {
		all = append(all, r)
	}
	fmt.Println("results:", len(all))
	sort.Slice(all, func(i, j int) bool {
		if all[i].steps != all[j].steps {
			return all[i].steps > all[j].steps
		}
		return all[i].n < all[j].n
	})
	fmt.Println("longest chains:")
	for _, r := range all[:5] {
		fmt.Printf("  %5d: %d steps\n", r.n, r.steps)
	}
	total := 0
	for _, r := range all {
		total += r.steps
	}
	fmt.Println("total steps:", total)
	sort.Slice(all, func(i, j int) bool { return all[i].n < all[j].n })
	for i, r := range all {
		if r.n != i+1 {
			fmt.Println("missing", i+1)
			return
		}
	}
	fmt.Println("every number 1..10000 seen exactly once")
}
