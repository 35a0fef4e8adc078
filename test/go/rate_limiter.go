// Rate limiting with time.Tick and a bursty limiter built from a buffered channel refilled
// by a Ticker. Requests are served one at a time in arrival order; only counts are printed.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(2 * time.Millisecond)
	served := 0
	for req := range requests {
		<-limiter
		fmt.Println("request", req)
		served++
	}
	fmt.Println("steady limiter served", served)

	bursty := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		bursty <- struct{}{}
	}
	ticker := time.NewTicker(2 * time.Millisecond)
	stop := make(chan struct{})
	refilled := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-ticker.C:
				select {
				case bursty <- struct{}{}:
					n++
				default:
				}
			case <-stop:
				ticker.Stop()
				refilled <- n
				return
			}
		}
	}()
	burst := make(chan int, 8)
	for i := 1; i <= 8; i++ {
		burst <- i
	}
	close(burst)
	immediate := 0
	for req := range burst {
		select {
		case <-bursty:
			if req <= 3 {
				immediate++
			}
		default:
			<-bursty
		}
		fmt.Println("burst request", req)
	}
	close(stop)
	n := <-refilled
	fmt.Println("first three served from the burst allowance:", immediate == 3)
	fmt.Println("refills at least 5:", n >= 5)
}
