// Dining philosophers: forks are mutexes taken in a global order (no deadlock) and a
// waiter admits at most four diners at once (a channel semaphore). Every philosopher eats a
// fixed number of times; the meal log's checksum does not depend on the schedule.
package main

import (
	"fmt"
	"sync"
)

const (
	philosophers = 5
	meals        = 200
)

type table struct {
	forks  [philosophers]sync.Mutex
	seats  chan struct{}
	logMu  sync.Mutex
	eaten  [philosophers]int
	check  int
	maxAt  int
	atNow  int
	seatMu sync.Mutex
}

func (t *table) dine(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	left, right := id, (id+1)%philosophers
	if left > right {
		left, right = right, left
	}
	for m := 1; m <= meals; m++ {
		t.seats <- struct{}{}
		t.seatMu.Lock()
		t.atNow++
		if t.atNow > t.maxAt {
			t.maxAt = t.atNow
		}
		t.seatMu.Unlock()

		t.forks[left].Lock()
		t.forks[right].Lock()
		t.logMu.Lock()
		t.eaten[id]++
		t.check += (id + 1) * m
		t.logMu.Unlock()
		t.forks[right].Unlock()
		t.forks[left].Unlock()

		t.seatMu.Lock()
		t.atNow--
		t.seatMu.Unlock()
		<-t.seats
	}
}

func main() {
	t := &table{seats: make(chan struct{}, philosophers-1)}
	var wg sync.WaitGroup
	for i := 0; i < philosophers; i++ {
		wg.Add(1)
		go t.dine(i, &wg)
	}
	wg.Wait()
	total := 0
	for i, n := range t.eaten {
		fmt.Printf("philosopher %d ate %d times\n", i, n)
		total += n
	}
	fmt.Println("total meals:", total)
	fmt.Println("checksum:", t.check)
	fmt.Println("never more than 4 seated:", t.maxAt <= philosophers-1)
}
