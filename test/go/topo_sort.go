// Topological sorting of a build dependency graph: Kahn's algorithm with a sorted ready
// list, DFS post-order with cycle detection reporting the cycle, and build levels.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type CycleError struct{ Cycle []string }

func (e *CycleError) Error() string { return "dependency cycle: " + strings.Join(e.Cycle, " -> ") }

type Deps map[string][]string // target -> prerequisites

func (d Deps) nodes() []string {
	set := map[string]bool{}
	for t, ps := range d {
		set[t] = true
		for _, p := range ps {
			set[p] = true
		}
	}
	var out []string
	for n := range set {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func kahn(d Deps) ([]string, error) {
	indeg := map[string]int{}
	users := map[string][]string{}
	for _, n := range d.nodes() {
		indeg[n] += 0
		for _, p := range d[n] {
			indeg[n]++
			users[p] = append(users[p], n)
		}
	}
	var ready []string
	for n, k := range indeg {
		if k == 0 {
			ready = append(ready, n)
		}
	}
	var order []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, u := range users[n] {
			indeg[u]--
			if indeg[u] == 0 {
				ready = append(ready, u)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, errors.New("graph has a cycle")
	}
	return order, nil
}

func dfsOrder(d Deps) ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	state := map[string]int{}
	var order, stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch state[n] {
		case grey:
			i := len(stack) - 1
			for stack[i] != n {
				i--
			}
			cyc := append(append([]string{}, stack[i:]...), n)
			return &CycleError{cyc}
		case black:
			return nil
		}
		state[n] = grey
		stack = append(stack, n)
		ps := append([]string(nil), d[n]...)
		sort.Strings(ps)
		for _, p := range ps {
			if err := visit(p); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		state[n] = black
		order = append(order, n)
		return nil
	}
	for _, n := range d.nodes() {
		if err := visit(n); err != nil {
			return nil, fmt.Errorf("visiting %s: %w", n, err)
		}
	}
	return order, nil
}

func levels(d Deps, order []string) map[int][]string {
	lvl := map[string]int{}
	out := map[int][]string{}
	for _, n := range order {
		l := 0
		for _, p := range d[n] {
			if lvl[p]+1 > l {
				l = lvl[p] + 1
			}
		}
		lvl[n] = l
		out[l] = append(out[l], n)
	}
	return out
}

func main() {
	build := Deps{
		"app":       {"libnet", "libui", "config"},
		"libnet":    {"libcore", "libtls"},
		"libui":     {"libcore", "fonts"},
		"libtls":    {"libcrypto"},
		"libcore":   {"runtime"},
		"test":      {"app", "mocks"},
		"mocks":     {"libcore"},
		"config":    {},
		"docs":      {"config"},
		"package":   {"app", "docs"},
		"fonts":     nil,
		"runtime":   nil,
		"libcrypto": {"runtime"},
	}
	order, err := kahn(build)
	fmt.Println("kahn:", order, err)
	order2, err := dfsOrder(build)
	fmt.Println("dfs: ", order2, err)
	lv := levels(build, order)
	for l := 0; l < len(lv); l++ {
		fmt.Printf("level %d: %v\n", l, lv[l])
	}
	pos := map[string]int{}
	for i, n := range order2 {
		pos[n] = i
	}
	okAll := true
	for t, ps := range build {
		for _, p := range ps {
			if pos[p] > pos[t] {
				okAll = false
			}
		}
	}
	fmt.Println("dfs order respects deps:", okAll)

	build["runtime"] = []string{"libnet"}
	order, err = kahn(build)
	fmt.Printf("kahn with cycle: %v (partial %d of %d)\n", err, len(order), len(build.nodes()))
	_, err = dfsOrder(build)
	fmt.Println("dfs with cycle:", err)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Printf("cycle length %d: %q\n", len(ce.Cycle)-1, ce.Cycle)
	}
	self := Deps{"a": {"a"}}
	_, err = dfsOrder(self)
	fmt.Println("self loop:", err)
}
