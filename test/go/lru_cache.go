// An LRU cache built from a map and a hand-written doubly linked list with sentinel nodes:
// get/put/evict, hit-rate statistics, eviction callbacks and a String method.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type node struct {
	key        string
	value      int
	prev, next *node
}

type LRU struct {
	cap        int
	items      map[string]*node
	head, tail *node // sentinels: head.next is most recent
	hits, miss int
	onEvict    func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	c := &LRU{cap: capacity, items: make(map[string]*node), head: &node{}, tail: &node{}}
	c.head.next = c.tail
	c.tail.prev = c.head
	return c
}

func (c *LRU) unlink(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head.next
	n.prev = c.head
	c.head.next.prev = n
	c.head.next = n
}

func (c *LRU) Get(key string) (int, bool) {
	n, ok := c.items[key]
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	c.unlink(n)
	c.pushFront(n)
	return n.value, true
}

func (c *LRU) Put(key string, value int) {
	if n, ok := c.items[key]; ok {
		n.value = value
		c.unlink(n)
		c.pushFront(n)
		return
	}
	if len(c.items) == c.cap {
		old := c.tail.prev
		c.unlink(old)
		delete(c.items, old.key)
		if c.onEvict != nil {
			c.onEvict(old.key, old.value)
		}
	}
	n := &node{key: key, value: value}
	c.items[key] = n
	c.pushFront(n)
}

func (c *LRU) Remove(key string) bool {
	n, ok := c.items[key]
	if ok {
		c.unlink(n)
		delete(c.items, key)
	}
	return ok
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head.next; n != c.tail; n = n.next {
		parts = append(parts, fmt.Sprintf("%s=%d", n.key, n.value))
	}
	return fmt.Sprintf("LRU(%d/%d)[%s]", len(c.items), c.cap, strings.Join(parts, " "))
}

func (c *LRU) backwards() []string {
	var ks []string
	for n := c.tail.prev; n != c.head; n = n.prev {
		ks = append(ks, n.key)
	}
	return ks
}

func main() {
	c := NewLRU(3)
	var evicted []string
	c.onEvict = func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s:%d", k, v))
	}
	ops := []string{
		"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c",
		"put a 10", "put e 5", "get d", "get a", "del c", "del zz", "put f 6", "put g 7", "get e",
	}
	for _, op := range ops {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v, _ := strconv.Atoi(f[2])
			c.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, c)
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %t  %v\n", op, v, ok, c)
		case "del":
			fmt.Printf("%-9s -> %t  %v\n", op, c.Remove(f[1]), c)
		}
	}
	fmt.Println("evicted:", evicted)
	fmt.Println("lru to mru:", c.backwards())
	fmt.Printf("hits=%d misses=%d rate=%.1f%%\n", c.hits, c.miss, 100*float64(c.hits)/float64(c.hits+c.miss))

	// memoised fibonacci through a tiny cache shows eviction pressure
	fc := NewLRU(5)
	calls := 0
	var fib func(n int) int
	fib = func(n int) int {
		key := fmt.Sprint(n)
		if v, ok := fc.Get(key); ok {
			return v
		}
		calls++
		r := n
		if n > 1 {
			r = fib(n-1) + fib(n-2)
		}
		fc.Put(key, r)
		return r
	}
	for _, n := range []int{10, 20, 30, 40, 50} {
		calls = 0
		fmt.Printf("fib(%d)=%d computed %d values, cache %v\n", n, fib(n), calls, fc.backwards())
	}
	fmt.Printf("fib cache hits=%d misses=%d\n", fc.hits, fc.miss)
}
