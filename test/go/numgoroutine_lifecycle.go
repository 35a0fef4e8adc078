// runtime.NumGoroutine through a program's life: one at start, more while workers are
// blocked, back to one after they have exited (polled until it drops: a goroutine that has
// signalled completion may still be finishing).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitForCount(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 2000 && n != want; i++ {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	gate := make(chan struct{})
	var ready, finished sync.WaitGroup
	for i := 0; i < 25; i++ {
		ready.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			ready.Done()
			<-gate
		}()
	}
	ready.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(gate)
	finished.Wait()
	fmt.Println("after exit:", waitForCount(1))

	results := make(chan int)
	for i := 1; i <= 5; i++ {
		go func(n int) { results <- n * n }(i)
	}
	fmt.Println("five senders pending:", waitForCount(6))
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
	fmt.Println("after senders:", waitForCount(1))
}
