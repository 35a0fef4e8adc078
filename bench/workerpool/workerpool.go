// bench/workerpool: 8 worker goroutines take 1,000,000 jobs from a channel of capacity 100
// and send x*x%7 into a results channel of capacity 100; main sums the results. A producer
// goroutine feeds the jobs and closes the channel; a closer goroutine closes results once
// the workers are done (sync.WaitGroup). Timed in the program from before the channels are
// made to after the last result; time_ns is bench/run.py's figure.
// usage: workerpool [n]   (default 1000000)
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
		fmt.Fprintln(os.Stderr, "usage: workerpool [n]")
		os.Exit(2)
	}
	return n
}

func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	for x := range jobs {
		results <- x * x % 7
	}
	wg.Done()
}

func main() {
	n := arg(1000000)
	start := time.Now()
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 1; i <= n; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	elapsed := time.Since(start)
	fmt.Println("jobs:", count, "sum:", sum)
	fmt.Println("time_ns:", elapsed.Nanoseconds())
}
