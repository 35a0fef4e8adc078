// Union-find (disjoint sets) with path compression and union by rank: connected
// components of a friendship network, Kruskal's minimum spanning tree with sorted edges,
// cycle detection, and percolation on a small deterministic grid.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type DSU struct {
	parent, rank, size []int
	sets               int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), size: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type Edge struct {
	U, V string
	W    int
}

func main() {
	people := []string{"ann", "bob", "cat", "dan", "eve", "fay", "gus", "hal", "ivy", "jon"}
	idx := map[string]int{}
	for i, p := range people {
		idx[p] = i
	}
	friends := [][2]string{{"ann", "bob"}, {"bob", "cat"}, {"dan", "eve"}, {"fay", "gus"}, {"gus", "hal"}, {"hal", "fay"}, {"ann", "cat"}, {"ivy", "ivy"}}
	d := NewDSU(len(people))
	for _, f := range friends {
		merged := d.Union(idx[f[0]], idx[f[1]])
		fmt.Printf("union(%s,%s) merged=%-5t sets=%d\n", f[0], f[1], merged, d.sets)
	}
	groups := map[int][]string{}
	for _, p := range people {
		r := d.Find(idx[p])
		groups[r] = append(groups[r], p)
	}
	var gs []string
	for _, g := range groups {
		gs = append(gs, strings.Join(g, "+"))
	}
	sort.Strings(gs)
	fmt.Println("groups:", gs)
	fmt.Println("ann~cat:", d.Find(idx["ann"]) == d.Find(idx["cat"]), "ann~dan:", d.Find(idx["ann"]) == d.Find(idx["dan"]), "size(ann):", d.size[d.Find(idx["ann"])])

	edges := []Edge{{"A", "B", 7}, {"A", "D", 5}, {"B", "C", 8}, {"B", "D", 9}, {"B", "E", 7}, {"C", "E", 5},
		{"D", "E", 15}, {"D", "F", 6}, {"E", "F", 8}, {"E", "G", 9}, {"F", "G", 11}}
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].W < edges[j].W })
	names := map[string]int{}
	for _, e := range edges {
		for _, n := range []string{e.U, e.V} {
			if _, ok := names[n]; !ok {
				names[n] = len(names)
			}
		}
	}
	k := NewDSU(len(names))
	total := 0
	var mst, skipped []string
	for _, e := range edges {
		if k.Union(names[e.U], names[e.V]) {
			total += e.W
			mst = append(mst, fmt.Sprintf("%s-%s(%d)", e.U, e.V, e.W))
		} else {
			skipped = append(skipped, fmt.Sprintf("%s-%s", e.U, e.V))
		}
	}
	fmt.Println("MST:", strings.Join(mst, " "), "total", total)
	fmt.Println("skipped (would form cycles):", skipped)

	const n = 8
	open := [n][n]bool{}
	seed := uint32(2718)
	order := make([][2]int, 0, n*n)
	for r := 0; r < n; r++ {
		for c := 0; c < n; c++ {
			order = append(order, [2]int{r, c})
		}
	}
	for i := len(order) - 1; i > 0; i-- {
		seed = seed*1664525 + 1013904223
		j := int(seed>>8) % (i + 1)
		order[i], order[j] = order[j], order[i]
	}
	p := NewDSU(n*n + 2)
	top, bottom := n*n, n*n+1
	opened := 0
	for _, cell := range order {
		r, c := cell[0], cell[1]
		open[r][c] = true
		opened++
		id := r*n + c
		if r == 0 {
			p.Union(id, top)
		}
		if r == n-1 {
			p.Union(id, bottom)
		}
		for _, dlt := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			rr, cc := r+dlt[0], c+dlt[1]
			if rr >= 0 && rr < n && cc >= 0 && cc < n && open[rr][cc] {
				p.Union(id, rr*n+cc)
			}
		}
		if p.Find(top) == p.Find(bottom) {
			break
		}
	}
	fmt.Printf("percolates after opening %d of %d cells (%.3f)\n", opened, n*n, float64(opened)/float64(n*n))
	for r := 0; r < n; r++ {
		var sb strings.Builder
		for c := 0; c < n; c++ {
			switch {
			case !open[r][c]:
				sb.WriteByte('#')
			case p.Find(r*n+c) == p.Find(top):
				sb.WriteByte('~')
			default:
				sb.WriteByte('.')
			}
		}
		fmt.Println(sb.String())
	}
}
