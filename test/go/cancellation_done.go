// Cancellation with a done channel: endless generators stop when done is closed, and a
// hand-made context tree cancels its children. Every goroutine is waited for.
package main

import (
	"fmt"
	"sync"
)

func naturals(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan int, n int) []int {
	var got []int
	for len(got) < n {
		select {
		case v := <-in:
			got = append(got, v)
		case <-done:
			return got
		}
	}
	return got
}

type ctx struct {
	name     string
	done     chan struct{}
	once     sync.Once
	mu       sync.Mutex
	children []*ctx
}

func newCtx(name string, parent *ctx) *ctx {
	c := &ctx{name: name, done: make(chan struct{})}
	if parent != nil {
		parent.mu.Lock()
		parent.children = append(parent.children, c)
		parent.mu.Unlock()
	}
	return c
}

func (c *ctx) cancel() {
	c.once.Do(func() {
		close(c.done)
		c.mu.Lock()
		defer c.mu.Unlock()
		for _, ch := range c.children {
			ch.cancel()
		}
	})
}

func main() {
	var wg sync.WaitGroup
	done := make(chan struct{})
	fmt.Println(take(done, naturals(done, &wg), 10))
	fmt.Println(take(done, naturals(done, &wg), 3))
	close(done)
	wg.Wait()
	fmt.Println("generators stopped")

	root := newCtx("root", nil)
	a := newCtx("a", root)
	b := newCtx("b", root)
	a1 := newCtx("a1", a)
	var stopped sync.WaitGroup
	var mu sync.Mutex
	var names []string
	for _, c := range []*ctx{root, a, b, a1} {
		stopped.Add(1)
		go func(c *ctx) {
			defer stopped.Done()
			<-c.done
			mu.Lock()
			names = append(names, c.name)
			mu.Unlock()
		}(c)
	}
	a.cancel()
	a.cancel()
	select {
	case <-b.done:
		fmt.Println("b cancelled too early")
	default:
		fmt.Println("b still running after a.cancel")
	}
	root.cancel()
	stopped.Wait()
	fmt.Println("cancelled contexts:", len(names))
}
