// An elevator simulation on a logical clock: requests arriving at given ticks, a SCAN
// (elevator algorithm) controller with direction changes, door states as an enum with
// String, per-passenger wait/ride times, and summary statistics.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dir int

const (
	Idle Dir = iota
	Up
	Down
)

func (d Dir) String() string { return [...]string{"idle", "up", "down"}[d] }

type Passenger struct {
	ID              int
	At, From, To    int
	Boarded, Exited int
	inside, done    bool
}

type Elevator struct {
	Floor    int
	Dir      Dir
	Capacity int
	riders   []*Passenger
	moved    int
	stops    int
}

func (e *Elevator) wants(ps []*Passenger, t int) (above, below bool) {
	for _, p := range ps {
		target := -1
		switch {
		case p.inside:
			target = p.To
		case !p.done && p.At <= t:
			target = p.From
		}
		if target < 0 {
			continue
		}
		if target > e.Floor {
			above = true
		}
		if target < e.Floor {
			below = true
		}
	}
	return
}

func main() {
	reqs := [][4]int{{0, 0, 5}, {0, 3, 1}, {1, 6, 0}, {2, 2, 7}, {4, 7, 2}, {5, 1, 4}, {5, 4, 6}, {9, 0, 3}, {12, 5, 0}, {12, 5, 1}, {13, 5, 7}, {20, 3, 3}}
	var ps []*Passenger
	for i, r := range reqs {
		ps = append(ps, &Passenger{ID: i + 1, At: r[0], From: r[1], To: r[2]})
	}
	e := &Elevator{Capacity: 3}
	var log []string
	for t := 0; t < 100; t++ {
		stopped := false
		// unload
		kept := e.riders[:0]
		for _, p := range e.riders {
			if p.To == e.Floor {
				p.inside, p.done, p.Exited = false, true, t
				log = append(log, fmt.Sprintf("t=%02d floor %d: #%d out", t, e.Floor, p.ID))
				stopped = true
			} else {
				kept = append(kept, p)
			}
		}
		e.riders = kept
		// load, in arrival order, respecting capacity
		for _, p := range ps {
			if p.done || p.inside || p.At > t || p.From != e.Floor {
				continue
			}
			if p.From == p.To {
				p.done, p.Boarded, p.Exited = true, t, t
				log = append(log, fmt.Sprintf("t=%02d floor %d: #%d changed their mind", t, e.Floor, p.ID))
				continue
			}
			if len(e.riders) == e.Capacity {
				log = append(log, fmt.Sprintf("t=%02d floor %d: #%d waits (full)", t, e.Floor, p.ID))
				continue
			}
			p.inside, p.Boarded = true, t
			e.riders = append(e.riders, p)
			log = append(log, fmt.Sprintf("t=%02d floor %d: #%d in (to %d), load %d/%d", t, e.Floor, p.ID, p.To, len(e.riders), e.Capacity))
			stopped = true
		}
		if stopped {
			e.stops++
			continue // doors take a tick
		}
		above, below := e.wants(ps, t)
		prev := e.Dir
		switch {
		case e.Dir == Up && above, e.Dir != Down && above && !below:
			e.Dir = Up
		case e.Dir == Down && below, below:
			e.Dir = Down
		case above:
			e.Dir = Up
		default:
			e.Dir = Idle
		}
		if prev != e.Dir {
			log = append(log, fmt.Sprintf("t=%02d floor %d: %v -> %v", t, e.Floor, prev, e.Dir))
		}
		switch e.Dir {
		case Up:
			e.Floor++
			e.moved++
		case Down:
			e.Floor--
			e.moved++
		}
		allDone := true
		for _, p := range ps {
			if !p.done {
				allDone = false
			}
		}
		if allDone {
			log = append(log, fmt.Sprintf("t=%02d all passengers delivered", t))
			break
		}
	}
	fmt.Println(strings.Join(log, "\n"))
	fmt.Printf("%-3s %4s %4s %4s %5s %5s\n", "id", "from", "to", "at", "wait", "ride")
	var waits []int
	totalRide := 0
	for _, p := range ps {
		w, r := p.Boarded-p.At, p.Exited-p.Boarded
		waits = append(waits, w)
		totalRide += r
		fmt.Printf("#%-2d %4d %4d %4d %5d %5d\n", p.ID, p.From, p.To, p.At, w, r)
	}
	sort.Ints(waits)
	sum := 0
	for _, w := range waits {
		sum += w
	}
	fmt.Printf("floors moved %d, stops %d, mean wait %.2f, median wait %d, max wait %d, mean ride %.2f\n",
		e.moved, e.stops, float64(sum)/float64(len(waits)), waits[len(waits)/2], waits[len(waits)-1], float64(totalRide)/float64(len(ps)))
}
