// bench/blocked1m: 1,000,000 goroutines blocked on one channel, then released by closing it:
// what a parked goroutine costs in memory, and how fast they are made and woken.
// Each goroutine calls ready.Done() and blocks in <-gate; main waits for ready (all started),
// closes gate and waits for done. spawn_ns is the time to start them all, release_ns the time
// from close(gate) to the last done.Done().
// bench-rss: 1000000
// (the line above tells bench/run.py to run this program with n=1000000 and n=0 and report
// bytes per goroutine = (peak RSS at n - peak RSS at 0) / n)
// usage: blocked1m [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
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
		fmt.Fprintln(os.Stderr, "usage: blocked1m [n]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := arg(1000000)
	gate := make(chan struct{})
	var ready, done sync.WaitGroup
	start := time.Now()
	ready.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			ready.Done()
			<-gate
			done.Done()
		}()
	}
	ready.Wait()
	spawn := time.Since(start)
	released := time.Now()
	close(gate)
	done.Wait()
	release := time.Since(released)
	fmt.Println("goroutines:", n)
	fmt.Println("spawn_ns:", spawn.Nanoseconds())
	fmt.Println("release_ns:", release.Nanoseconds())
}
