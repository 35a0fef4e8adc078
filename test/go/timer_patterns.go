// Timer and ticker behaviour that does not depend on exact timing: Stop/Reset results,
// AfterFunc callbacks and their cancellation, a ticker-driven loop counting ticks, and a
// debouncer whose single firing follows a burst of events.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("fired after reset; stop now:", t.Stop())

	var calls int32
	done := make(chan struct{})
	time.AfterFunc(time.Millisecond, func() {
		atomic.AddInt32(&calls, 1)
		close(done)
	})
	<-done
	cancelled := time.AfterFunc(time.Hour, func() { atomic.AddInt32(&calls, 100) })
	fmt.Println("cancel AfterFunc:", cancelled.Stop())
	fmt.Println("callbacks run:", atomic.LoadInt32(&calls))

	ticker := time.NewTicker(time.Millisecond)
	ticks := 0
	deadline := time.After(5 * time.Second)
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
			if ticks == 10 {
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println("ticks counted:", ticks)

	events := make(chan int)
	fired := make(chan int)
	go func() {
		var last int
		var timer <-chan time.Time
		for {
			select {
			case e, ok := <-events:
				if !ok {
					events = nil
					if timer == nil {
						fired <- -1
						return
					}
					continue
				}
				last = e
				timer = time.After(500 * time.Millisecond)
			case <-timer:
				fired <- last
				return
			}
		}
	}()
	for i := 1; i <= 5; i++ {
		events <- i
	}
	close(events)
	fmt.Println("debounced value:", <-fired)

	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("slept at least 5ms:", time.Since(start) >= 5*time.Millisecond)
}
