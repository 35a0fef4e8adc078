// Add(3) but only two workers call Done: Wait never returns and the program deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	wg.Add(3)
	for i := 1; i <= 2; i++ {
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	fmt.Println("waiting for three workers")
	wg.Wait()
	fmt.Println("total", total)
}
