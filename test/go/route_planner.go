// A route planner reading a graph and queries from stdin: weighted edges (two-way and
// one-way), closures, Dijkstra with a simple O(n^2) selection, path reconstruction,
// reachability sets, and error reporting for bad lines and unknown places.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Graph struct {
	adj map[string]map[string]int
}

func (g *Graph) add(a, b string, w int) {
	if g.adj[a] == nil {
		g.adj[a] = map[string]int{}
	}
	if g.adj[b] == nil {
		g.adj[b] = map[string]int{}
	}
	g.adj[a][b] = w
}

func (g *Graph) shortest(from, to string) ([]string, int, bool) {
	dist := map[string]int{from: 0}
	prev := map[string]string{}
	done := map[string]bool{}
	for {
		best, bestD := "", -1
		for n, d := range dist {
			if !done[n] && (bestD < 0 || d < bestD || (d == bestD && n < best)) {
				best, bestD = n, d
			}
		}
		if bestD < 0 {
			return nil, 0, false
		}
		if best == to {
			break
		}
		done[best] = true
		for m, w := range g.adj[best] {
			if nd := bestD + w; !done[m] {
				if old, ok := dist[m]; !ok || nd < old || (nd == old && best < prev[m]) {
					dist[m] = nd
					prev[m] = best
				}
			}
		}
	}
	path := []string{to}
	for n := to; n != from; {
		n = prev[n]
		path = append([]string{n}, path...)
	}
	return path, dist[to], true
}

func (g *Graph) reachable(from string) []string {
	seen := map[string]bool{from: true}
	stack := []string{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				stack = append(stack, m)
			}
		}
	}
	var out []string
	for n := range seen {
		if n != from {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	g := &Graph{adj: map[string]map[string]int{}}
	sc := bufio.NewScanner(os.Stdin)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		bad := func(format string, args ...interface{}) {
			fmt.Printf("line %d: %s\n", lineNo, fmt.Sprintf(format, args...))
		}
		switch f[0] {
		case "edge", "oneway":
			if len(f) != 4 {
				bad("want 3 arguments")
				continue
			}
			w, err := strconv.Atoi(f[3])
			if err != nil {
				bad("bad weight: %v", err)
				continue
			}
			g.add(f[1], f[2], w)
			if f[0] == "edge" {
				g.add(f[2], f[1], w)
			}
		case "closed":
			_, ok1 := g.adj[f[1]][f[2]]
			delete(g.adj[f[1]], f[2])
			delete(g.adj[f[2]], f[1])
			fmt.Printf("closed %s <-> %s (existed: %t)\n", f[1], f[2], ok1)
		case "query":
			if g.adj[f[1]] == nil || g.adj[f[2]] == nil {
				bad("unknown place in %s -> %s", f[1], f[2])
				continue
			}
			path, d, ok := g.shortest(f[1], f[2])
			if !ok {
				fmt.Printf("%-8s -> %-8s unreachable\n", f[1], f[2])
				continue
			}
			fmt.Printf("%-8s -> %-8s %3d min  %s (%d hops)\n", f[1], f[2], d, strings.Join(path, " > "), len(path)-1)
		case "reachable":
			r := g.reachable(f[1])
			fmt.Printf("from %s: %d places %v\n", f[1], len(r), r)
		default:
			bad("unknown directive %q", f[0])
		}
	}
	places := make([]string, 0, len(g.adj))
	edges := 0
	for p, ns := range g.adj {
		places = append(places, p)
		edges += len(ns)
	}
	sort.Strings(places)
	fmt.Printf("%d places, %d directed edges: %s\n", len(places), edges, strings.Join(places, ", "))
}
