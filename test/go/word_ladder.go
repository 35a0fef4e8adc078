// Word ladders: BFS over a small dictionary where neighbours differ by one letter, using
// wildcard buckets ("c*t") in a map for neighbour lookup, shortest ladders with parent
// links, unreachable pairs, and the connected components of the word graph.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dict struct {
	words   []string
	buckets map[string][]string
}

func NewDict(words []string) *Dict {
	d := &Dict{words: words, buckets: map[string][]string{}}
	for _, w := range words {
		for i := range w {
			key := w[:i] + "*" + w[i+1:]
			d.buckets[key] = append(d.buckets[key], w)
		}
	}
	return d
}

func (d *Dict) neighbours(w string) []string {
	seen := map[string]bool{w: true}
	var out []string
	for i := range w {
		for _, n := range d.buckets[w[:i]+"*"+w[i+1:]] {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Strings(out)
	return out
}

func (d *Dict) Ladder(from, to string) ([]string, int) {
	if len(from) != len(to) {
		return nil, 0
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	explored := 0
	for len(queue) > 0 {
		w := queue[0]
		queue = queue[1:]
		explored++
		if w == to {
			var path []string
			for ; w != ""; w = prev[w] {
				path = append([]string{w}, path...)
			}
			return path, explored
		}
		for _, n := range d.neighbours(w) {
			if _, ok := prev[n]; !ok {
				prev[n] = w
				queue = append(queue, n)
			}
		}
	}
	return nil, explored
}

func main() {
	words := strings.Fields(`cold cord card ward warm word worm wore core care cart dart dirt
		cat cot cog dog dot hot hat bat bag big dig dug bug hug hog log lot lit sit sat
		head heal teal tell tall tail heap leap lead load goad gold bold bolt boat coat cost`)
	d := NewDict(words)
	fmt.Println(len(words), "words,", len(d.buckets), "buckets")
	fmt.Println("neighbours of cat:", d.neighbours("cat"), "of word:", d.neighbours("word"))
	pairs := [][2]string{{"cold", "warm"}, {"cat", "dog"}, {"head", "tail"}, {"hug", "sat"}, {"big", "lot"},
		{"cold", "boat"}, {"cat", "cold"}, {"lead", "gold"}, {"dirt", "dart"}, {"cost", "cost"}}
	for _, p := range pairs {
		path, explored := d.Ladder(p[0], p[1])
		if path == nil {
			fmt.Printf("%-5s -> %-5s no ladder (explored %d)\n", p[0], p[1], explored)
			continue
		}
		fmt.Printf("%-5s -> %-5s %d steps: %s (explored %d)\n", p[0], p[1], len(path)-1, strings.Join(path, " > "), explored)
	}
	seen := map[string]bool{}
	var comps []string
	for _, w := range words {
		if seen[w] {
			continue
		}
		var comp []string
		stack := []string{w}
		seen[w] = true
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, x)
			for _, n := range d.neighbours(x) {
				if !seen[n] {
					seen[n] = true
					stack = append(stack, n)
				}
			}
		}
		sort.Strings(comp)
		comps = append(comps, fmt.Sprintf("%d:%s", len(comp), strings.Join(comp, ",")))
	}
	sort.Strings(comps)
	for _, c := range comps {
		fmt.Println("component", c)
	}
}
