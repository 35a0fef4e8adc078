// Bounded parallelism with a buffered channel as a semaphore: 30 tasks, at most 3 running
// at a time. The peak concurrency is tracked with atomics and only its bound is printed.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

const limit = 3

func digitsSum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func main() {
	sem := make(chan struct{}, limit)
	var active, peak int32
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]int{}
	for task := 1; task <= 30; task++ {
		wg.Add(1)
		go func(task int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			now := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if now <= p || atomic.CompareAndSwapInt32(&peak, p, now) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			v := digitsSum(task * task * task)
			mu.Lock()
			results[task] = v
			mu.Unlock()
			atomic.AddInt32(&active, -1)
		}(task)
	}
	wg.Wait()
	keys := make([]int, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	sum := 0
	for _, k := range keys {
		if k <= 5 {
			fmt.Printf("task %d -> %d\n", k, results[k])
		}
		sum += results[k]
	}
	fmt.Println("tasks done:", len(keys))
	fmt.Println("checksum:", sum)
	p := atomic.LoadInt32(&peak)
	fmt.Println("peak within limit:", p >= 1 && p <= limit)
	fmt.Println("active at end:", atomic.LoadInt32(&active))
	fmt.Println("semaphore empty:", len(sem) == 0)
}
