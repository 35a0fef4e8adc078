// Ping-pong over unbuffered channels: each player has its own inbox and only the goroutine
// holding the ball prints, so the output order is fixed by the hand-offs, not the scheduler.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- string, rounds int) {
	for b := range in {
		b.hits++
		fmt.Printf("%-4s hit %2d\n", name, b.hits)
		if b.hits == rounds {
			close(out)
			break
		}
		out <- b
	}
	done <- name
}

func main() {
	toPing := make(chan *ball)
	toPong := make(chan *ball)
	done := make(chan string)
	go player("ping", toPing, toPong, done, 11)
	go player("pong", toPong, toPing, done, 11)
	b := &ball{}
	toPing <- b
	first, second := <-done, <-done
	if first > second {
		first, second = second, first
	}
	fmt.Println("both players left:", first, second)
	fmt.Println("total hits:", b.hits)

	relay := make([]chan int, 6)
	for i := range relay {
		relay[i] = make(chan int)
	}
	for i := 0; i < 5; i++ {
		go func(in <-chan int, out chan<- int, id int) {
			v := <-in
			fmt.Println("runner", id, "carries", v)
			out <- v + id
		}(relay[i], relay[i+1], i+1)
	}
	relay[0] <- 100
	fmt.Println("baton arrives with", <-relay[5])
}
