// A key-value server goroutine owns its map; clients talk to it with request structs that
// carry their own reply channel (channels of channels). Clients work on disjoint keys, so
// the final contents are deterministic.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type op int

const (
	get op = iota
	put
	del
	dump
)

type reply struct {
	value string
	ok    bool
	keys  []string
}

type request struct {
	op    op
	key   string
	value string
	reply chan reply
}

func server(reqs <-chan request, stopped chan<- int) {
	data := map[string]string{}
	served := 0
	for r := range reqs {
		served++
		switch r.op {
		case get:
			v, ok := data[r.key]
			r.reply <- reply{value: v, ok: ok}
		case put:
			_, existed := data[r.key]
			data[r.key] = r.value
			r.reply <- reply{ok: existed}
		case del:
			_, existed := data[r.key]
			delete(data, r.key)
			r.reply <- reply{ok: existed}
		case dump:
			var ks []string
			for k, v := range data {
				ks = append(ks, k+"="+v)
			}
			sort.Strings(ks)
			r.reply <- reply{keys: ks}
		}
	}
	stopped <- served
}

type client struct{ reqs chan<- request }

func (c client) do(o op, k, v string) reply {
	rc := make(chan reply, 1)
	c.reqs <- request{o, k, v, rc}
	return <-rc
}

func main() {
	reqs := make(chan request)
	stopped := make(chan int)
	go server(reqs, stopped)
	c := client{reqs}
	var wg sync.WaitGroup
	for id := 0; id < 5; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				k := fmt.Sprintf("c%d-k%d", id, i)
				c.do(put, k, fmt.Sprint(id*i))
			}
			c.do(put, fmt.Sprintf("c%d-k0", id), "updated")
			c.do(del, fmt.Sprintf("c%d-k3", id), "")
		}(id)
	}
	wg.Wait()
	r := c.do(get, "c2-k0", "")
	fmt.Println("c2-k0:", r.value, r.ok)
	r = c.do(get, "c2-k3", "")
	fmt.Printf("c2-k3: %q %v\n", r.value, r.ok)
	fmt.Println("overwrite reports existing:", c.do(put, "c1-k1", "x").ok)
	fmt.Println("delete of missing:", c.do(del, "nope", "").ok)
	all := c.do(dump, "", "").keys
	fmt.Println("entries:", len(all))
	for _, kv := range all[:6] {
		fmt.Println(" ", kv)
	}
	close(reqs)
	fmt.Println("requests served:", <-stopped)
}
