// A bounded queue built on sync.Cond (notFull / notEmpty), three producers and two
// consumers; a closed flag with Broadcast lets the consumers finish.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	capacity int
	closed   bool
	maxLen   int
}

func newQueue(capacity int) *queue {
	q := &queue{capacity: capacity}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.capacity {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxLen {
		q.maxLen = len(q.items)
	}
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.mu.Unlock()
}

func main() {
	q := newQueue(4)
	var producers, consumers sync.WaitGroup
	for p := 0; p < 3; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 100; i++ {
				q.put(p*1000 + i)
			}
		}(p)
	}
	var mu sync.Mutex
	var got []int
	for c := 0; c < 2; c++ {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		}()
	}
	producers.Wait()
	q.close()
	consumers.Wait()
	sort.Ints(got)
	sum := 0
	perProducer := map[int]int{}
	for _, v := range got {
		sum += v
		perProducer[v/1000]++
	}
	fmt.Println("consumed:", len(got), "sum:", sum)
	fmt.Println("per producer:", perProducer[0], perProducer[1], perProducer[2])
	fmt.Println("first:", got[:3], "last:", got[len(got)-3:])
	fmt.Println("never over capacity:", q.maxLen <= 4)
}
