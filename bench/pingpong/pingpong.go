// bench/pingpong: two goroutines pass an int back and forth over two unbuffered channels,
// 1,000,000 round trips: the cost of a rendezvous handoff and the switch to the partner.
// Timed in the program around the loop; roundtrip_ns (ns per round trip) is bench/run.py's
// figure, time_ns the whole loop.
// usage: pingpong [n]   (default 1000000)
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func arg(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n, err := strconv.Atoi(os.Args[1])
	if err != nil || n < 1 {
		fmt.Fprintln(os.Stderr, "usage: pingpong [n]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := arg(1000000)
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	start := time.Now()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	elapsed := time.Since(start)
	close(ping)
	for range pong { // wait for the echo goroutine to leave
	}
	fmt.Println("round trips:", n, "sum:", sum)
	fmt.Printf("roundtrip_ns: %.1f\n", float64(elapsed.Nanoseconds())/float64(n))
	fmt.Println("time_ns:", elapsed.Nanoseconds())
}
