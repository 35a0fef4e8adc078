// Graph search on an undirected graph and a grid: BFS shortest paths with parent links,
// iterative and recursive DFS, connected components, and shortest paths on a grid.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph(edges ...[2]string) *Graph {
	g := &Graph{adj: map[string][]string{}}
	for _, e := range edges {
		g.adj[e[0]] = append(g.adj[e[0]], e[1])
		g.adj[e[1]] = append(g.adj[e[1]], e[0])
	}
	for _, ns := range g.adj {
		sort.Strings(ns)
	}
	return g
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) (map[string]int, map[string]string) {
	dist := map[string]int{start: 0}
	parent := map[string]string{}
	queue := []string{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				parent[m] = n
				queue = append(queue, m)
			}
		}
	}
	return dist, parent
}

func path(parent map[string]string, start, end string) []string {
	var p []string
	for n := end; ; n = parent[n] {
		p = append(p, n)
		if n == start {
			break
		}
		if _, ok := parent[n]; !ok {
			return nil
		}
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

func (g *Graph) DFSIter(start string) []string {
	var order []string
	seen := map[string]bool{}
	stack := []string{start}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[n] {
			continue
		}
		seen[n] = true
		order = append(order, n)
		ns := g.adj[n]
		for i := len(ns) - 1; i >= 0; i-- {
			if !seen[ns[i]] {
				stack = append(stack, ns[i])
			}
		}
	}
	return order
}

func (g *Graph) DFSRec(start string) []string {
	var order []string
	seen := map[string]bool{}
	var visit func(string, int)
	visit = func(n string, depth int) {
		seen[n] = true
		order = append(order, fmt.Sprintf("%s@%d", n, depth))
		for _, m := range g.adj[n] {
			if !seen[m] {
				visit(m, depth+1)
			}
		}
	}
	visit(start, 0)
	return order
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		c := g.DFSIter(n)
		for _, m := range c {
			seen[m] = true
		}
		sort.Strings(c)
		comps = append(comps, c)
	}
	return comps
}

func gridBFS(grid []string) int {
	type pt struct{ r, c int }
	var start, end pt
	for r, row := range grid {
		if c := strings.IndexByte(row, 'S'); c >= 0 {
			start = pt{r, c}
		}
		if c := strings.IndexByte(row, 'E'); c >= 0 {
			end = pt{r, c}
		}
	}
	dist := map[pt]int{start: 0}
	q := []pt{start}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p == end {
			return dist[p]
		}
		for _, d := range [4]pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[n.r]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, ok := dist[n]; !ok {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return -1
}

func main() {
	g := NewGraph([2]string{"a", "b"}, [2]string{"a", "c"}, [2]string{"b", "d"}, [2]string{"c", "d"},
		[2]string{"d", "e"}, [2]string{"e", "f"}, [2]string{"c", "f"}, [2]string{"x", "y"},
		[2]string{"y", "z"}, [2]string{"p", "q"})
	dist, parent := g.BFS("a")
	for _, n := range g.Nodes() {
		if d, ok := dist[n]; ok {
			fmt.Printf("%s: dist=%d path=%v\n", n, d, path(parent, "a", n))
		} else {
			fmt.Printf("%s: unreachable\n", n)
		}
	}
	fmt.Println("dfs iter:", g.DFSIter("a"))
	fmt.Println("dfs rec: ", g.DFSRec("a"))
	for i, c := range g.Components() {
		fmt.Printf("component %d: %s\n", i, strings.Join(c, ","))
	}
	grids := [][]string{
		{"S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"},
		{"S#E", ".#.", ".#."},
		{"SE"},
	}
	for _, gr := range grids {
		fmt.Printf("grid %dx%d: shortest=%d\n", len(gr), len(gr[0]), gridBFS(gr))
	}
}
