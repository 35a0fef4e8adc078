// A hand-written hash table with open addressing and linear probing: FNV-1a hashing,
// tombstones on delete, load-factor driven resizing, probe-length statistics, iteration
// in insertion-independent (slot) order, and a comparison with the built-in map.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type slot struct {
	key   string
	val   int
	state byte // 0 empty, 1 used, 2 deleted
}

type Table struct {
	slots   []slot
	used    int
	deleted int
	resizes int
}

func New(n int) *Table { return &Table{slots: make([]slot, n)} }

func (t *Table) find(key string) (int, bool) {
	mask := uint64(len(t.slots) - 1)
	i := fnv1a(key) & mask
	firstDel := -1
	for {
		s := &t.slots[i]
		switch s.state {
		case 0:
			if firstDel >= 0 {
				return firstDel, false
			}
			return int(i), false
		case 1:
			if s.key == key {
				return int(i), true
			}
		case 2:
			if firstDel < 0 {
				firstDel = int(i)
			}
		}
		i = (i + 1) & mask
	}
}

func (t *Table) Put(key string, val int) {
	if (t.used+t.deleted+1)*4 > len(t.slots)*3 {
		t.resize()
	}
	i, ok := t.find(key)
	if !ok {
		if t.slots[i].state == 2 {
			t.deleted--
		}
		t.used++
	}
	t.slots[i] = slot{key, val, 1}
}

func (t *Table) Get(key string) (int, bool) {
	i, ok := t.find(key)
	if !ok {
		return 0, false
	}
	return t.slots[i].val, true
}

func (t *Table) Delete(key string) bool {
	i, ok := t.find(key)
	if ok {
		t.slots[i] = slot{state: 2}
		t.used--
		t.deleted++
	}
	return ok
}

func (t *Table) resize() {
	old := t.slots
	n := len(old) * 2
	if t.used*2 < len(old) {
		n = len(old) // only tombstones to clean
	}
	t.slots = make([]slot, n)
	t.used, t.deleted = 0, 0
	t.resizes++
	for _, s := range old {
		if s.state == 1 {
			i, _ := t.find(s.key)
			t.slots[i] = s
			t.used++
		}
	}
}

func (t *Table) probeStats() (maxProbe int, avg float64) {
	total := 0
	mask := uint64(len(t.slots) - 1)
	for i, s := range t.slots {
		if s.state != 1 {
			continue
		}
		home := fnv1a(s.key) & mask
		d := int((uint64(i) - home) & mask)
		total += d + 1
		if d+1 > maxProbe {
			maxProbe = d + 1
		}
	}
	return maxProbe, float64(total) / float64(t.used)
}

func (t *Table) Keys() []string {
	var ks []string
	for _, s := range t.slots {
		if s.state == 1 {
			ks = append(ks, s.key)
		}
	}
	return ks
}

func main() {
	for _, s := range []string{"", "a", "hello", "Hello", "gopher"} {
		fmt.Printf("fnv1a(%q) = %#016x\n", s, fnv1a(s))
	}
	t := New(8)
	ref := map[string]int{}
	words := strings.Fields(`it was the best of times it was the worst of times it was the age of wisdom
		it was the age of foolishness it was the epoch of belief it was the epoch of incredulity
		it was the season of light it was the season of darkness`)
	for i, w := range words {
		v, _ := t.Get(w)
		t.Put(w, v+1)
		ref[w]++
		if i%20 == 0 {
			mp, avg := t.probeStats()
			fmt.Printf("after %2d words: size=%3d used=%2d resizes=%d maxprobe=%d avg=%.3f\n", i+1, len(t.slots), t.used, t.resizes, mp, avg)
		}
	}
	keys := t.Keys()
	fmt.Println("slot order:", keys)
	sort.Strings(keys)
	agree := len(keys) == len(ref)
	for _, k := range keys {
		v, _ := t.Get(k)
		if ref[k] != v {
			agree = false
		}
		fmt.Printf("%s=%d ", k, v)
	}
	fmt.Println("\nagrees with map:", agree)
	for _, k := range []string{"it", "was", "of", "nothing", "the"} {
		fmt.Printf("delete %q: %t\n", k, t.Delete(k))
	}
	_, ok := t.Get("it")
	v, ok2 := t.Get("times")
	fmt.Println("get it:", ok, "get times:", v, ok2, "used", t.used, "deleted", t.deleted)
	for i := 0; i < 40; i++ {
		k := fmt.Sprintf("k%02d", i)
		t.Put(k, i)
		if i%2 == 0 {
			t.Delete(k)
		}
	}
	mp, avg := t.probeStats()
	fmt.Printf("final: size=%d used=%d deleted=%d resizes=%d maxprobe=%d avg=%.3f\n", len(t.slots), t.used, t.deleted, t.resizes, mp, avg)
	v, ok = t.Get("k39")
	fmt.Println(v, ok, len(t.Keys()))
}
