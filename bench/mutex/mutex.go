// bench/mutex: 8 goroutines increment one counter under a sync.Mutex, 1,000,000 increments
// in all: a contended lock (spinning, parking and handing off). Timed in the program from
// before the first go statement to after Wait; time_ns is bench/run.py's figure.
// usage: mutex [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

const workers = 8

func arg(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 0 {
		fmt.Fprintln(os.Stderr, "usage: mutex [n]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := arg(1000000)
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	start := time.Now()
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		share := n / workers
		if w < n%workers {
			share++
		}
		go func(share int) {
			for i := 0; i < share; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
			wg.Done()
		}(share)
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println("goroutines:", workers, "counter:", counter)
	fmt.Println("time_ns:", elapsed.Nanoseconds())
}
