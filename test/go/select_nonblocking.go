// Non-blocking channel operations with select/default: try-send that drops when the buffer
// is full, try-receive that polls, and a lossy event bus whose counts are deterministic.
package main

import "fmt"

type bus struct {
	events  chan string
	dropped int
}

func (b *bus) publish(e string) bool {
	select {
	case b.events <- e:
		return true
	default:
		b.dropped++
		return false
	}
}

func (b *bus) poll() (string, bool) {
	select {
	case e := <-b.events:
		return e, true
	default:
		return "", false
	}
}

func main() {
	b := &bus{events: make(chan string, 3)}
	for i := 1; i <= 5; i++ {
		ok := b.publish(fmt.Sprintf("event-%d", i))
		fmt.Printf("publish %d: %v (len %d/%d)\n", i, ok, len(b.events), cap(b.events))
	}
	fmt.Println("dropped:", b.dropped)
	for {
		e, ok := b.poll()
		if !ok {
			fmt.Println("bus empty")
			break
		}
		fmt.Println("polled", e)
	}

	unbuffered := make(chan int)
	select {
	case unbuffered <- 1:
		fmt.Println("sent without receiver?")
	default:
		fmt.Println("no receiver ready")
	}

	signal := make(chan struct{}, 1)
	notify := func() bool {
		select {
		case signal <- struct{}{}:
			return true
		default:
			return false
		}
	}
	coalesced := 0
	for i := 0; i < 10; i++ {
		if !notify() {
			coalesced++
		}
	}
	<-signal
	fmt.Println("notifications coalesced:", coalesced, "pending:", len(signal))

	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel is ready:", v, ok)
	default:
		fmt.Println("default")
	}
}
