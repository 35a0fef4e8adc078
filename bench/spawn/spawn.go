// bench/spawn: 100,000 goroutines that each call runtime.Gosched() once, awaited with a
// sync.WaitGroup: what creating, scheduling and finishing a goroutine costs.
// Timed in the program, from before the first go statement to after Wait.
// usage: spawn [n]   (default 100000)
// Prints a result line (compared across implementations) and time_ns (bench/run.py's figure).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func arg(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 0 {
		fmt.Fprintln(os.Stderr, "usage: spawn [n]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := arg(100000)
	var wg sync.WaitGroup
	start := time.Now()
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			runtime.Gosched()
			wg.Done()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Println("goroutines:", n)
	fmt.Println("time_ns:", elapsed.Nanoseconds())
}
