// main calls runtime.Goexit: its deferred calls run, the workers it released finish their
// work, then Go reports "no goroutines (main called runtime.Goexit) - deadlock!" (status 2).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	start := make(chan struct{})
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			results[i] = i * i
		}(i)
	}
	go func() {
		wg.Wait()
		fmt.Println("workers done:", results)
	}()
	defer close(start)
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
