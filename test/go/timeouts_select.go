// Timeouts with select and time.After: services that answer at once beat a long timeout,
// services that never answer lose to a short one. No outcome depends on a race.
package main

import (
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("timed out")

type service struct {
	name   string
	answer bool
}

func (s service) call(q string) <-chan string {
	out := make(chan string, 1)
	if s.answer {
		go func() { out <- s.name + ":" + q }()
	}
	return out
}

func query(s service, q string, timeout time.Duration) (string, error) {
	select {
	case r := <-s.call(q):
		return r, nil
	case <-time.After(timeout):
		return "", fmt.Errorf("%s: %w", s.name, errTimeout)
	}
}

func firstOf(q string, services ...service) string {
	out := make(chan string, len(services))
	for _, s := range services {
		go func(s service) {
			if r, err := query(s, q, 50*time.Millisecond); err == nil {
				out <- r
			}
		}(s)
	}
	select {
	case r := <-out:
		return r
	case <-time.After(5 * time.Second):
		return "nobody answered"
	}
}

func main() {
	services := []service{{"alpha", true}, {"beta", false}, {"gamma", true}, {"delta", false}}
	ok, failed := 0, 0
	for _, s := range services {
		timeout := 5 * time.Second
		if !s.answer {
			timeout = 20 * time.Millisecond
		}
		r, err := query(s, "ping", timeout)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, errTimeout))
			failed++
			continue
		}
		fmt.Println("reply:", r)
		ok++
	}
	fmt.Println("ok", ok, "failed", failed)
	fmt.Println("first answer:", firstOf("q", service{"slowpoke", false}, service{"only", true}))

	heartbeat := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			heartbeat <- i
		}
	}()
	beats := 0
	for {
		select {
		case <-heartbeat:
			beats++
			continue
		case <-time.After(300 * time.Millisecond):
		}
		break
	}
	fmt.Println("heartbeats before silence:", beats)
}
