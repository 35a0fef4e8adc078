// Writing to a nil map panics ("assignment to entry in nil map"): reads, len and delete on a
// nil map are fine, and the output before the crash is kept. Exit status 2.
package main

import (
	"fmt"
	"sort"
)

type Registry struct {
	byName map[string]int
	order  []string
}

func (r *Registry) Lookup(name string) (int, bool) {
	v, ok := r.byName[name]
	return v, ok
}

func (r *Registry) Add(name string, v int) {
	r.order = append(r.order, name)
	r.byName[name] = v
}

func main() {
	var r Registry
	v, ok := r.Lookup("x")
	fmt.Println("lookup on nil map:", v, ok, len(r.byName))
	delete(r.byName, "x")
	for k := range r.byName {
		fmt.Println("never", k)
	}
	fmt.Println("nil map == nil:", r.byName == nil, fmt.Sprint(r.byName))
	counts := map[string]int{}
	for _, w := range []string{"b", "a", "b", "c", "b", "a"} {
		counts[w]++
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, counts[k])
	}
	defer func() {
		fmt.Println("order so far:", r.order)
	}()
	r.Add("first", 1)
	fmt.Println("unreachable")
}
