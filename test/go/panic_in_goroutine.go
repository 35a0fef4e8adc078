// An unrecovered panic in a worker goroutine ends the whole program with status 2, even
// though main is blocked waiting and has its own deferred recover (it cannot catch another
// goroutine's panic). Output printed before the panic is kept.
package main

import (
	"fmt"
	"sync"
)

func process(id int, data []int) int {
	return data[id] * 2
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered (never happens):", r)
		}
	}()
	data := []int{10, 20, 30}
	results := make([]int, 3)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results[id] = process(id, data)
		}(id)
	}
	wg.Wait()
	fmt.Println("first batch:", results)
	failed := make(chan bool)
	go func() {
		process(7, data)
		failed <- false
	}()
	<-failed
	fmt.Println("not reached")
}
