// A maze solver reading several mazes from stdin (separated by blank lines): BFS for the
// shortest path drawn back into the grid, DFS reachability counts, dead-end detection,
// and errors for malformed mazes.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

type P struct{ R, C int }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type Maze struct {
	Name       string
	Grid       [][]byte
	Start, End P
}

func load(name string, lines []string) (*Maze, error) {
	m := &Maze{Name: name, Start: P{-1, -1}, End: P{-1, -1}}
	for r, l := range lines {
		m.Grid = append(m.Grid, []byte(l))
		for c := 0; c < len(l); c++ {
			switch l[c] {
			case 'S':
				m.Start = P{r, c}
			case 'E':
				m.End = P{r, c}
			case '#', ' ', '.':
			default:
				return nil, fmt.Errorf("%s: bad cell %q at %d,%d", name, l[c], r, c)
			}
		}
	}
	if m.Start.R < 0 || m.End.R < 0 {
		return nil, errors.New(name + ": missing S or E")
	}
	return m, nil
}

func (m *Maze) open(p P) bool {
	return p.R >= 0 && p.R < len(m.Grid) && p.C >= 0 && p.C < len(m.Grid[p.R]) && m.Grid[p.R][p.C] != '#'
}

func (m *Maze) solve() ([]P, int) {
	prev := map[P]P{m.Start: m.Start}
	q := []P{m.Start}
	explored := 0
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		explored++
		if p == m.End {
			var path []P
			for c := p; c != m.Start; c = prev[c] {
				path = append(path, c)
			}
			path = append(path, m.Start)
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return path, explored
		}
		for _, d := range dirs {
			n := P{p.R + d.R, p.C + d.C}
			if _, seen := prev[n]; !seen && m.open(n) {
				prev[n] = p
				q = append(q, n)
			}
		}
	}
	return nil, explored
}

func (m *Maze) reachable() int {
	seen := map[P]bool{}
	var dfs func(P)
	dfs = func(p P) {
		if seen[p] || !m.open(p) {
			return
		}
		seen[p] = true
		for _, d := range dirs {
			dfs(P{p.R + d.R, p.C + d.C})
		}
	}
	dfs(m.Start)
	return len(seen)
}

func (m *Maze) deadEnds() int {
	n := 0
	for r := range m.Grid {
		for c := range m.Grid[r] {
			p := P{r, c}
			if !m.open(p) || p == m.Start || p == m.End {
				continue
			}
			exits := 0
			for _, d := range dirs {
				if m.open(P{r + d.R, c + d.C}) {
					exits++
				}
			}
			if exits == 1 {
				n++
			}
		}
	}
	return n
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var mazes [][]string
	var names []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			mazes = append(mazes, cur)
			cur = nil
		}
	}
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t")
		switch {
		case strings.HasPrefix(line, "== "):
			flush()
			names = append(names, strings.TrimPrefix(line, "== "))
		case line == "":
			flush()
		default:
			cur = append(cur, line)
		}
	}
	flush()
	mazes = append(mazes, []string{"#####", "#S?E#", "#####"})
	names = append(names, "broken maze")
	for i, lines := range mazes {
		m, err := load(names[i], lines)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		path, explored := m.solve()
		fmt.Printf("== %s: %dx%d, start %v, end %v, reachable %d, dead ends %d\n",
			m.Name, len(m.Grid), len(m.Grid[0]), m.Start, m.End, m.reachable(), m.deadEnds())
		if path == nil {
			fmt.Printf("no path (explored %d cells)\n", explored)
			continue
		}
		for _, p := range path[1 : len(path)-1] {
			m.Grid[p.R][p.C] = '*'
		}
		for _, row := range m.Grid {
			fmt.Println(string(row))
		}
		turns := 0
		for k := 2; k < len(path); k++ {
			d1 := P{path[k-1].R - path[k-2].R, path[k-1].C - path[k-2].C}
			d2 := P{path[k].R - path[k-1].R, path[k].C - path[k-1].C}
			if d1 != d2 {
				turns++
			}
		}
		fmt.Printf("path length %d, %d turns, explored %d cells\n", len(path)-1, turns, explored)
	}
}
