// A publish/subscribe broker goroutine: subscribe and unsubscribe requests and published
// messages all go through channels; subscription is acknowledged before publishing starts,
// so every subscriber's view is deterministic.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type subscription struct {
	topic string
	ch    chan string
	ack   chan struct{}
}

type message struct {
	topic string
	body  string
}

type broker struct {
	subscribe   chan subscription
	unsubscribe chan subscription
	publish     chan message
	quit        chan struct{}
}

func newBroker() *broker {
	b := &broker{
		subscribe:   make(chan subscription),
		unsubscribe: make(chan subscription),
		publish:     make(chan message),
		quit:        make(chan struct{}),
	}
	go b.run()
	return b
}

func (b *broker) run() {
	subs := map[string][]chan string{}
	for {
		select {
		case s := <-b.subscribe:
			subs[s.topic] = append(subs[s.topic], s.ch)
			close(s.ack)
		case s := <-b.unsubscribe:
			list := subs[s.topic]
			for i, c := range list {
				if c == s.ch {
					subs[s.topic] = append(list[:i], list[i+1:]...)
					close(c)
					break
				}
			}
			close(s.ack)
		case m := <-b.publish:
			for _, c := range subs[m.topic] {
				c <- m.body
			}
		case <-b.quit:
			for _, list := range subs {
				for _, c := range list {
					close(c)
				}
			}
			return
		}
	}
}

func (b *broker) sub(topic string) subscription {
	s := subscription{topic, make(chan string, 16), make(chan struct{})}
	b.subscribe <- s
	<-s.ack
	return s
}

func main() {
	b := newBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	report := map[string]string{}
	listen := func(name string, s subscription) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var got []string
			for m := range s.ch {
				got = append(got, m)
			}
			mu.Lock()
			report[name] = fmt.Sprintf("%s(%d): %s", s.topic, len(got), strings.Join(got, ","))
			mu.Unlock()
		}()
	}
	news1 := b.sub("news")
	news2 := b.sub("news")
	sport := b.sub("sport")
	listen("reader1", news1)
	listen("reader2", news2)
	listen("fan", sport)
	for i := 1; i <= 3; i++ {
		b.publish <- message{"news", fmt.Sprintf("n%d", i)}
		b.publish <- message{"sport", fmt.Sprintf("s%d", i)}
	}
	news2.ack = make(chan struct{})
	b.unsubscribe <- news2
	<-news2.ack
	b.publish <- message{"news", "n4"}
	b.publish <- message{"weather", "nobody listens"}
	close(b.quit)
	wg.Wait()
	var names []string
	for n := range report {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, "->", report[n])
	}
}
