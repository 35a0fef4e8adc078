// bench/convoy: the Go counterpart of convoy.csp (same program).
// usage: convoy [requests]   (default 40)
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync/atomic"
	"time"
)

const period = 15 * time.Millisecond

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func arg(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "usage: convoy [requests]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := arg(40)
	reqs := make(chan int)
	replies := make(chan int)
	go func() {
		for r := range reqs {
			replies <- r + 1
		}
	}()
	var stop atomic.Bool
	cpuDone := make(chan int)
	go func() {
		rounds := 0
		for !stop.Load() {
			rounds += fib(20) & 1
		}
		cpuDone <- rounds
	}()

	lat := make([]int64, n)
	start := time.Now()
	for i := 0; i < n; i++ {
		due := start.Add(time.Duration(i+1) * period)
		time.Sleep(time.Until(due))
		reqs <- i
		if got := <-replies; got != i+1 {
			panic("wrong answer")
		}
		lat[i] = int64(time.Since(due))
	}
	stop.Store(true)
	<-cpuDone
	close(reqs)

	sort.Slice(lat, func(a, b int) bool { return lat[a] < lat[b] })
	fmt.Println("requests answered:", n)
	fmt.Println("latency_ns:", lat[n/2])
	fmt.Println("p90_ns:", lat[n*9/10])
}
