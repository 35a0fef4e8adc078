// A discrete-event simulation of a bank with several tellers: a seeded math/rand source
// for arrivals and service times, an event list kept sorted by insertion, per-teller
// utilisation, queue length statistics, and a histogram of waiting times.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type EventKind int

const (
	Arrival EventKind = iota
	Departure
)

type Event struct {
	Time     float64
	Kind     EventKind
	Customer int
	Teller   int
}

type Sim struct {
	rng      *rand.Rand
	now      float64
	events   []Event
	queue    []int
	arrived  map[int]float64
	busy     []bool
	busyTime []float64
	served   []int
	waits    []float64
	maxQueue int
	qArea    float64
}

func (s *Sim) schedule(e Event) {
	i := sort.Search(len(s.events), func(i int) bool { return s.events[i].Time > e.Time })
	s.events = append(s.events, Event{})
	copy(s.events[i+1:], s.events[i:])
	s.events[i] = e
}

func (s *Sim) startService(c, t int) {
	s.busy[t] = true
	svc := 2 + s.rng.ExpFloat64()*4
	s.busyTime[t] += svc
	s.waits = append(s.waits, s.now-s.arrived[c])
	s.schedule(Event{s.now + svc, Departure, c, t})
}

func (s *Sim) freeTeller() int {
	for t, b := range s.busy {
		if !b {
			return t
		}
	}
	return -1
}

func run(tellers int, seed int64, customers int) *Sim {
	s := &Sim{rng: rand.New(rand.NewSource(seed)), arrived: map[int]float64{}, busy: make([]bool, tellers),
		busyTime: make([]float64, tellers), served: make([]int, tellers)}
	t := 0.0
	for c := 0; c < customers; c++ {
		t += s.rng.ExpFloat64() * 1.5
		s.schedule(Event{Time: t, Kind: Arrival, Customer: c})
	}
	for len(s.events) > 0 {
		e := s.events[0]
		s.events = s.events[1:]
		s.qArea += float64(len(s.queue)) * (e.Time - s.now)
		s.now = e.Time
		switch e.Kind {
		case Arrival:
			s.arrived[e.Customer] = s.now
			if tl := s.freeTeller(); tl >= 0 {
				s.startService(e.Customer, tl)
			} else {
				s.queue = append(s.queue, e.Customer)
				if len(s.queue) > s.maxQueue {
					s.maxQueue = len(s.queue)
				}
			}
		case Departure:
			s.busy[e.Teller] = false
			s.served[e.Teller]++
			if len(s.queue) > 0 {
				next := s.queue[0]
				s.queue = s.queue[1:]
				s.startService(next, e.Teller)
			}
		}
	}
	return s
}

func main() {
	for _, tellers := range []int{2, 3, 4} {
		s := run(tellers, 42, 200)
		total, worst := 0.0, 0.0
		waited := 0
		for _, w := range s.waits {
			total += w
			if w > worst {
				worst = w
			}
			if w > 0 {
				waited++
			}
		}
		fmt.Printf("== %d tellers: end %.2f min, mean wait %.3f, max wait %.3f, waited %d/%d, max queue %d, avg queue %.3f\n",
			tellers, s.now, total/float64(len(s.waits)), worst, waited, len(s.waits), s.maxQueue, s.qArea/s.now)
		for t := range s.busy {
			fmt.Printf("   teller %d: served %3d, utilisation %5.1f%%\n", t, s.served[t], 100*s.busyTime[t]/s.now)
		}
		buckets := []float64{0.001, 1, 2, 5, 10, 20, 1e9}
		labels := []string{"none", "<1", "1-2", "2-5", "5-10", "10-20", "20+"}
		counts := make([]int, len(buckets))
		for _, w := range s.waits {
			for i, b := range buckets {
				if w < b {
					counts[i]++
					break
				}
			}
		}
		for i, c := range counts {
			if c > 0 {
				fmt.Printf("   %-5s %3d %s\n", labels[i], c, strings.Repeat("#", (c+3)/4))
			}
		}
	}
	a, b := run(3, 7, 50), run(3, 7, 50)
	fmt.Println("same seed reproducible:", a.now == b.now && len(a.waits) == len(b.waits))
}
