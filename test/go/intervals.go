// Interval algorithms on a meeting scheduler: merging overlapping intervals, inserting
// into a sorted list, intersections of two calendars, the minimum number of rooms via a
// sweep line, free slots within working hours, and times printed as HH:MM.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Interval struct{ Start, End int } // minutes since midnight, half-open

func (iv Interval) String() string {
	return fmt.Sprintf("%02d:%02d-%02d:%02d", iv.Start/60, iv.Start%60, iv.End/60, iv.End%60)
}

func hm(h, m int) int { return h*60 + m }

func merge(ivs []Interval) []Interval {
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End < s[j].End
	})
	var out []Interval
	for _, iv := range s {
		if n := len(out); n > 0 && iv.Start <= out[n-1].End {
			if iv.End > out[n-1].End {
				out[n-1].End = iv.End
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func insert(sorted []Interval, iv Interval) []Interval {
	var out []Interval
	i := 0
	for ; i < len(sorted) && sorted[i].End < iv.Start; i++ {
		out = append(out, sorted[i])
	}
	for ; i < len(sorted) && sorted[i].Start <= iv.End; i++ {
		if sorted[i].Start < iv.Start {
			iv.Start = sorted[i].Start
		}
		if sorted[i].End > iv.End {
			iv.End = sorted[i].End
		}
	}
	out = append(out, iv)
	return append(out, sorted[i:]...)
}

func intersect(a, b []Interval) []Interval {
	var out []Interval
	for i, j := 0, 0; i < len(a) && j < len(b); {
		lo, hi := a[i].Start, a[i].End
		if b[j].Start > lo {
			lo = b[j].Start
		}
		if b[j].End < hi {
			hi = b[j].End
		}
		if lo < hi {
			out = append(out, Interval{lo, hi})
		}
		if a[i].End < b[j].End {
			i++
		} else {
			j++
		}
	}
	return out
}

func rooms(ivs []Interval) (int, int) {
	type ev struct{ t, d int }
	var evs []ev
	for _, iv := range ivs {
		evs = append(evs, ev{iv.Start, 1}, ev{iv.End, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].t != evs[j].t {
			return evs[i].t < evs[j].t
		}
		return evs[i].d < evs[j].d // ends before starts at the same time
	})
	cur, best, at := 0, 0, 0
	for _, e := range evs {
		cur += e.d
		if cur > best {
			best, at = cur, e.t
		}
	}
	return best, at
}

func free(busy []Interval, day Interval, minLen int) []Interval {
	var out []Interval
	t := day.Start
	for _, b := range merge(busy) {
		if b.Start-t >= minLen {
			out = append(out, Interval{t, b.Start})
		}
		if b.End > t {
			t = b.End
		}
	}
	if day.End-t >= minLen {
		out = append(out, Interval{t, day.End})
	}
	return out
}

func join(ivs []Interval) string {
	parts := make([]string, len(ivs))
	for i, iv := range ivs {
		parts[i] = iv.String()
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	alice := []Interval{{hm(9, 0), hm(10, 30)}, {hm(12, 0), hm(13, 0)}, {hm(10, 0), hm(11, 0)}, {hm(16, 0), hm(17, 30)}, {hm(13, 0), hm(13, 30)}}
	bob := []Interval{{hm(8, 30), hm(9, 15)}, {hm(10, 45), hm(12, 30)}, {hm(15, 0), hm(16, 30)}}
	ma, mb := merge(alice), merge(bob)
	fmt.Println("alice merged:", join(ma))
	fmt.Println("bob merged:  ", join(mb))
	fmt.Println("both busy:   ", join(intersect(ma, mb)))
	day := Interval{hm(9, 0), hm(18, 0)}
	fmt.Println("alice free >=30m:", join(free(alice, day, 30)))
	both := append(append([]Interval(nil), alice...), bob...)
	fmt.Println("common free >=45m:", join(free(both, day, 45)))
	n, at := rooms(both)
	fmt.Printf("rooms needed: %d (first at %02d:%02d)\n", n, at/60, at%60)
	cur := ma
	for _, iv := range []Interval{{hm(11, 0), hm(11, 30)}, {hm(7, 0), hm(8, 0)}, {hm(13, 15), hm(16, 15)}, {hm(20, 0), hm(21, 0)}} {
		cur = insert(cur, iv)
		fmt.Printf("insert %v -> %s\n", iv, join(cur))
	}
	touching := []Interval{{0, 10}, {10, 20}, {25, 30}, {5, 8}, {30, 30}}
	fmt.Println(merge(touching), merge(nil) == nil, len(merge([]Interval{{1, 2}})))
	talks := []Interval{{hm(9, 0), hm(9, 50)}, {hm(9, 30), hm(10, 20)}, {hm(9, 45), hm(10, 0)}, {hm(10, 0), hm(10, 30)}, {hm(9, 50), hm(11, 0)}}
	n, at = rooms(talks)
	fmt.Printf("conference rooms: %d at %02d:%02d\n", n, at/60, at%60)
	total := 0
	for _, iv := range merge(talks) {
		total += iv.End - iv.Start
	}
	fmt.Printf("covered %d minutes (%.2f hours) %v\n", total, float64(total)/60, merge(talks))
}
