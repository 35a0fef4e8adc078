// Workers that turn panics into errors with a deferred recover: runtime errors (division by
// zero, index out of range, nil map write, failed type assertion) and custom panic values.
// Errors are collected per task id and printed in order.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type task struct {
	id  int
	run func() int
}

type outcome struct {
	id  int
	val int
	err error
}

func safely(t task) (o outcome) {
	o.id = t.id
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				o.err = fmt.Errorf("task %d: %w", t.id, v)
			default:
				o.err = fmt.Errorf("task %d: panic: %v", t.id, v)
			}
		}
	}()
	o.val = t.run()
	return o
}

var errCustom = errors.New("custom failure")

func main() {
	zero := 0
	var nilMap map[string]int
	var iface interface{} = "text"
	idx := 10
	tasks := []task{
		{1, func() int { return 42 }},
		{2, func() int { return 7 / zero }},
		{3, func() int { return []int{1, 2, 3}[idx] }},
		{4, func() int { nilMap["x"] = 1; return 0 }},
		{5, func() int { return iface.(int) }},
		{6, func() int { panic(errCustom) }},
		{7, func() int { panic(fmt.Sprintf("code %d", 99)) }},
		{8, func() int { return len("fine") }},
	}
	out := make(chan outcome)
	var wg sync.WaitGroup
	for _, t := range tasks {
		wg.Add(1)
		go func(t task) {
			defer wg.Done()
			out <- safely(t)
		}(t)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var all []outcome
	for o := range out {
		all = append(all, o)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	failed := 0
	for _, o := range all {
		if o.err != nil {
			failed++
			fmt.Println(o.err)
			continue
		}
		fmt.Printf("task %d: ok %d\n", o.id, o.val)
	}
	fmt.Println("failed:", failed, "of", len(all))
	for _, o := range all {
		if errors.Is(o.err, errCustom) {
			fmt.Println("task", o.id, "wraps errCustom")
		}
	}
}
