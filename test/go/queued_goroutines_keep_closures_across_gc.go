// With one worker and main not blocking, 1000 go statements queue goroutines that have not
// started yet. The only references to each one's data are in its go statement: a slice
// captured by a function literal, or a slice and a pointer passed as arguments. Forced
// collections and a burst of garbage of the same sizes come before any of them runs; then
// each one checks its data. (csp queues a goroutine that has not started as its closure and
// go statement data, not a G record: the run queues must keep closures alive.)
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type box struct {
	id   int
	tags []string
}

var sink []*[4]int

func check(wg *sync.WaitGroup, bad *int, mu *sync.Mutex, i int, data []int, b *box) {
	defer wg.Done()
	ok := len(data) == 50 && b.id == i && len(b.tags) == 2 && b.tags[1] == fmt.Sprint("t", i)
	for j := 0; ok && j < len(data); j++ {
		ok = data[j] == i*100+j
	}
	if !ok {
		mu.Lock()
		*bad++
		mu.Unlock()
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	bad := 0
	sum := 0
	wg.Add(2000)
	for i := 0; i < 1000; i++ {
		data := make([]int, 50)
		for j := range data {
			data[j] = i*100 + j
		}
		go func() {
			defer wg.Done()
			s := 0
			for j := range data {
				s += data[j] - j
			}
			mu.Lock()
			sum += s
			mu.Unlock()
		}()
		more := make([]int, 50)
		for j := range more {
			more[j] = i*100 + j
		}
		go check(&wg, &bad, &mu, i, more, &box{i, []string{"t", fmt.Sprint("t", i)}})
	}
	for k := 0; k < 3; k++ {
		runtime.GC()
		for n := 0; n < 20000; n++ {
			sink = append(sink, &[4]int{-1, -1, -1, -1})
			if len(sink) > 1000 {
				sink = sink[:0]
			}
		}
	}
	wg.Wait()
	fmt.Println("sum", sum, "bad", bad)
}
