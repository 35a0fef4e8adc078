// A method that holds the lock calls another method that locks it again: sync.Mutex is not
// reentrant, so the goroutine blocks on itself and the program deadlocks.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func (c *counter) incrementAndReport() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	fmt.Println("incremented, reporting...")
	fmt.Println("value", c.value())
}

func main() {
	c := &counter{}
	c.mu.Lock()
	c.n = 41
	c.mu.Unlock()
	fmt.Println("start", c.value())
	c.incrementAndReport()
}
