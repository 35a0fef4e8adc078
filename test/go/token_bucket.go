// Rate limiting on a simulated clock (no package time): a token bucket with fractional
// refill, a fixed-window counter and a sliding-log limiter fed the same request trace,
// with per-client buckets in a map and an accept/reject timeline.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Limiter interface {
	Allow(now int) bool // now in milliseconds
	Name() string
}

type TokenBucket struct {
	capacity, tokens float64
	ratePerMs        float64
	last             int
}

func NewTokenBucket(capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{capacity: float64(capacity), tokens: float64(capacity), ratePerMs: perSecond / 1000}
}

func (b *TokenBucket) Allow(now int) bool {
	b.tokens += float64(now-b.last) * b.ratePerMs
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func (b *TokenBucket) Name() string {
	return fmt.Sprintf("bucket(cap=%g,rate=%g/s)", b.capacity, b.ratePerMs*1000)
}

type FixedWindow struct {
	limit, window int
	start, count  int
}

func (f *FixedWindow) Allow(now int) bool {
	if now-f.start >= f.window {
		f.start = now - now%f.window
		f.count = 0
	}
	if f.count < f.limit {
		f.count++
		return true
	}
	return false
}

func (f *FixedWindow) Name() string { return fmt.Sprintf("fixed(%d per %dms)", f.limit, f.window) }

type SlidingLog struct {
	limit, window int
	log           []int
}

func (s *SlidingLog) Allow(now int) bool {
	cut := 0
	for cut < len(s.log) && s.log[cut] <= now-s.window {
		cut++
	}
	s.log = s.log[cut:]
	if len(s.log) < s.limit {
		s.log = append(s.log, now)
		return true
	}
	return false
}

func (s *SlidingLog) Name() string { return fmt.Sprintf("sliding(%d per %dms)", s.limit, s.window) }

func main() {
	var trace []int
	t := 0
	for i := 0; i < 40; i++ {
		switch {
		case i < 12:
			t += 20 // a burst
		case i < 20:
			t += 150
		case i < 30:
			t += 5 // another burst
		default:
			t += 400
		}
		trace = append(trace, t)
	}
	limiters := []Limiter{NewTokenBucket(5, 4), &FixedWindow{limit: 5, window: 1000}, &SlidingLog{limit: 5, window: 1000}}
	for _, l := range limiters {
		var sb strings.Builder
		ok := 0
		for _, now := range trace {
			if l.Allow(now) {
				sb.WriteByte('+')
				ok++
			} else {
				sb.WriteByte('.')
			}
		}
		fmt.Printf("%-28s %s %2d/%d\n", l.Name(), sb.String(), ok, len(trace))
	}
	tb := NewTokenBucket(3, 1.5)
	for _, now := range []int{0, 0, 0, 0, 100, 500, 666, 667, 1000, 1333, 1334, 5000, 5001, 5002, 5003} {
		allowed := tb.Allow(now)
		fmt.Printf("t=%4dms allowed=%-5t tokens=%.4f\n", now, allowed, tb.tokens)
	}
	type req struct {
		at     int
		client string
	}
	reqs := []req{{0, "a"}, {10, "b"}, {20, "a"}, {30, "a"}, {40, "a"}, {50, "c"}, {60, "a"}, {700, "a"}, {710, "b"}, {720, "b"}, {730, "b"}, {740, "b"}, {2000, "a"}}
	buckets := map[string]*TokenBucket{}
	stats := map[string][2]int{}
	for _, r := range reqs {
		b, ok := buckets[r.client]
		if !ok {
			b = NewTokenBucket(3, 2)
			b.last = r.at
			buckets[r.client] = b
		}
		s := stats[r.client]
		if b.Allow(r.at) {
			s[0]++
		} else {
			s[1]++
		}
		stats[r.client] = s
	}
	clients := make([]string, 0, len(stats))
	for c := range stats {
		clients = append(clients, c)
	}
	sort.Strings(clients)
	for _, c := range clients {
		fmt.Printf("client %s: accepted %d rejected %d tokens left %.3f\n", c, stats[c][0], stats[c][1], buckets[c].tokens)
	}
	fmt.Println(stats)
}
