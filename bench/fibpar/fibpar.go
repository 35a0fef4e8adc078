// bench/fibpar: recursive fib(32) computed 4 times one after another on the main goroutine,
// then by 4 goroutines at once: does CPU-bound work spread over the cores?
// seq_ns and par_ns are the two phases; speedup = seq/par (about the core count, at most 4,
// when goroutines run in parallel; about 1 under a global lock). par_ns is bench/run.py's
// figure. The argument of every call comes through a channel, so a compiler that sees fib has
// no side effects cannot compute it once for the four sequential calls.
// usage: fibpar [k]   (default 32)
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

const copies = 4

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
	if err != nil || n < 0 {
		fmt.Fprintln(os.Stderr, "usage: fibpar [k]")
		os.Exit(2)
	}
	return n
}

// args returns a channel holding k copies times.
func args(k int) chan int {
	ch := make(chan int, copies)
	for i := 0; i < copies; i++ {
		ch <- k
	}
	return ch
}

func main() {
	k := arg(32)

	seqArgs := args(k)
	seq := make([]int, copies)
	start := time.Now()
	for i := 0; i < copies; i++ {
		seq[i] = fib(<-seqArgs)
	}
	seqTime := time.Since(start)

	parArgs := args(k)
	par := make([]int, copies)
	var wg sync.WaitGroup
	start = time.Now()
	wg.Add(copies)
	for i := 0; i < copies; i++ {
		go func(i int) {
			par[i] = fib(<-parArgs)
			wg.Done()
		}(i)
	}
	wg.Wait()
	parTime := time.Since(start)

	fmt.Println("fib", k, "sequential:", seq, "parallel:", par)
	fmt.Println("par_ns:", parTime.Nanoseconds())
	fmt.Println("seq_ns:", seqTime.Nanoseconds())
	fmt.Printf("speedup: %.2f\n", float64(seqTime)/float64(parTime))
}
