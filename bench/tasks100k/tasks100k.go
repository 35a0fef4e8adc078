// bench/tasks100k: the Go counterpart, 100,000 goroutines that each yield once
// (runtime.Gosched), each result collected in order, as the tasks' are awaited.
// usage: tasks100k [n]   (default 100000)
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
		fmt.Fprintln(os.Stderr, "usage: tasks100k [n]")
		os.Exit(2)
	}
	return n
}

func main() {
	n := arg(100000)
	start := time.Now()
	res := make([]int, n)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			runtime.Gosched()
			res[i] = i
			wg.Done()
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, v := range res {
		sum += v
	}
	elapsed := time.Since(start)
	fmt.Println("tasks:", n, "sum:", sum)
	fmt.Println("time_ns:", elapsed.Nanoseconds())
}
