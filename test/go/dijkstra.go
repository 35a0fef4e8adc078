// Dijkstra's shortest paths with a hand-written binary heap over a weighted directed graph,
// path reconstruction, plus Bellman-Ford with a negative edge and Floyd-Warshall.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     int
	Weight int
}

type item struct{ node, dist int }

type minHeap []item

func (h *minHeap) push(it item) {
	*h = append(*h, it)
	a := *h
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if a[p].dist <= a[i].dist {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
}

func (h *minHeap) pop() item {
	a := *h
	top := a[0]
	n := len(a) - 1
	a[0] = a[n]
	a = a[:n]
	for i := 0; ; {
		s, l, r := i, 2*i+1, 2*i+2
		if l < n && a[l].dist < a[s].dist {
			s = l
		}
		if r < n && a[r].dist < a[s].dist {
			s = r
		}
		if s == i {
			break
		}
		a[s], a[i] = a[i], a[s]
		i = s
	}
	*h = a
	return top
}

const Inf = math.MaxInt64

func dijkstra(adj [][]Edge, src int) ([]int, []int) {
	dist := make([]int, len(adj))
	prev := make([]int, len(adj))
	for i := range dist {
		dist[i], prev[i] = Inf, -1
	}
	dist[src] = 0
	h := &minHeap{{src, 0}}
	pops := 0
	for len(*h) > 0 {
		it := h.pop()
		pops++
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range adj[it.node] {
			if nd := it.dist + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = it.node
				h.push(item{e.To, nd})
			}
		}
	}
	fmt.Println("heap pops:", pops)
	return dist, prev
}

func route(prev []int, names []string, to int) string {
	var p []string
	for n := to; n != -1; n = prev[n] {
		p = append([]string{names[n]}, p...)
	}
	return strings.Join(p, " -> ")
}

func bellmanFord(n int, edges [][3]int, src int) ([]int, bool) {
	dist := make([]int, n)
	for i := range dist {
		dist[i] = Inf
	}
	dist[src] = 0
	for i := 0; i < n-1; i++ {
		for _, e := range edges {
			if dist[e[0]] != Inf && dist[e[0]]+e[2] < dist[e[1]] {
				dist[e[1]] = dist[e[0]] + e[2]
			}
		}
	}
	for _, e := range edges {
		if dist[e[0]] != Inf && dist[e[0]]+e[2] < dist[e[1]] {
			return dist, false
		}
	}
	return dist, true
}

func fmtDist(d int) string {
	if d == Inf {
		return "inf"
	}
	return fmt.Sprint(d)
}

func main() {
	names := []string{"Amsterdam", "Berlin", "Copenhagen", "Dresden", "Essen", "Frankfurt", "Geneva"}
	adj := make([][]Edge, len(names))
	add := func(a, b, w int) {
		adj[a] = append(adj[a], Edge{b, w})
		adj[b] = append(adj[b], Edge{a, w})
	}
	add(0, 1, 655)
	add(0, 4, 210)
	add(4, 5, 250)
	add(1, 3, 195)
	add(1, 2, 440)
	add(5, 3, 460)
	add(5, 6, 570)
	add(3, 6, 900)
	add(0, 2, 780)
	add(4, 1, 530)
	dist, prev := dijkstra(adj, 0)
	for i, n := range names {
		fmt.Printf("%-10s %5s km  %s\n", n, fmtDist(dist[i]), route(prev, names, i))
	}
	dist, prev = dijkstra(adj, 6)
	fmt.Printf("Geneva to Copenhagen: %d km via %s\n", dist[2], route(prev, names, 2))

	edges := [][3]int{{0, 1, 4}, {0, 2, 5}, {1, 2, -3}, {2, 3, 4}, {3, 1, 2}, {4, 3, 1}}
	d, ok := bellmanFord(5, edges, 0)
	strs := make([]string, len(d))
	for i, x := range d {
		strs[i] = fmtDist(x)
	}
	fmt.Println("bellman-ford:", strs, "no negative cycle:", ok)
	edges = append(edges, [3]int{3, 2, -5})
	_, ok = bellmanFord(5, edges, 0)
	fmt.Println("with edge 3->2 (-5): no negative cycle:", ok)

	const n = 5
	var fw [n][n]int
	for i := range fw {
		for j := range fw[i] {
			if i != j {
				fw[i][j] = Inf / 2
			}
		}
	}
	for _, e := range [][3]int{{0, 1, 3}, {1, 2, 1}, {2, 3, 7}, {0, 3, 15}, {3, 4, 2}, {4, 0, 4}, {2, 4, 12}} {
		fw[e[0]][e[1]] = e[2]
	}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if fw[i][k]+fw[k][j] < fw[i][j] {
					fw[i][j] = fw[i][k] + fw[k][j]
				}
			}
		}
	}
	fmt.Println("floyd-warshall:")
	for _, row := range fw {
		for _, v := range row {
			fmt.Printf("%4d", v)
		}
		fmt.Println()
	}
}
