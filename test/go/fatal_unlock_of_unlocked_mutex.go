// Unlocking a mutex twice is a fatal error ("sync: unlock of unlocked mutex"), which
// deferred recover cannot stop: exit status 2.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
	if v < 0 {
		s.mu.Unlock()
	}
}

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	s := &store{data: map[string]int{}}
	s.set("a", 1)
	s.set("b", 2)
	fmt.Println("stored", len(s.data))
	s.set("bad", -1)
	fmt.Println("not reached")
}
