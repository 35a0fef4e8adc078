// An errgroup written by hand: Go runs tasks, Wait returns the first error recorded (only
// one task can fail per group here, so "first" is well defined), and the group's done
// channel tells the other tasks to stop early.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	done    chan struct{}
}

func newGroup() *group { return &group{done: make(chan struct{})} }

func (g *group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.errOnce.Do(func() { close(g.done) })
	return g.err
}

func parseAll(inputs []string) ([]int, error) {
	g := newGroup()
	out := make([]int, len(inputs))
	for i, s := range inputs {
		i, s := i, s
		g.Go(func(done <-chan struct{}) error {
			select {
			case <-done:
				return nil
			default:
			}
			n, err := strconv.Atoi(s)
			if err != nil {
				return fmt.Errorf("item %d: %w", i, err)
			}
			out[i] = n * n
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return out, nil
}

func main() {
	vals, err := parseAll([]string{"3", "1", "4", "1", "5", "9", "2", "6"})
	fmt.Println(vals, err)
	sorted := append([]int(nil), vals...)
	sort.Ints(sorted)
	fmt.Println("sorted:", sorted)

	_, err = parseAll([]string{"10", "20", "x30", "40"})
	fmt.Println("error:", err)
	fmt.Println("is syntax error:", errors.Is(err, strconv.ErrSyntax))
	var numErr *strconv.NumError
	fmt.Println("has NumError:", errors.As(err, &numErr), numErr.Func, numErr.Num)

	g := newGroup()
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		i := i
		g.Go(func(<-chan struct{}) error {
			mu.Lock()
			total += i
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("no error:", g.Wait(), "total:", total)
}
