// Labeled break and continue in realistic searches: finding a pair summing to a target
// in a matrix, skipping rows with sentinel values, breaking out of a for-select-free
// switch inside a loop, retry loops with continue to an outer label, and early exits.
package main

import (
	"fmt"
	"strings"
)

func findPair(grid [][]int, target int) (r1, c1, r2, c2 int, ok bool) {
	type cell struct{ r, c int }
	var cells []cell
	for r := range grid {
		for c := range grid[r] {
			cells = append(cells, cell{r, c})
		}
	}
search:
	for i, a := range cells {
		for _, b := range cells[i+1:] {
			if grid[a.r][a.c]+grid[b.r][b.c] == target {
				r1, c1, r2, c2, ok = a.r, a.c, b.r, b.c, true
				break search
			}
		}
	}
	return
}

func rowSums(grid [][]int) []int {
	var sums []int
rows:
	for _, row := range grid {
		s := 0
		for _, v := range row {
			switch {
			case v < 0:
				continue rows // a negative marks a row to skip entirely
			case v == 0:
				break // break only leaves the switch
			default:
				s += v
			}
		}
		sums = append(sums, s)
	}
	return sums
}

func tokenize(s string) []string {
	var out []string
	i := 0
loop:
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ':
			i++
		case c == '#':
			break loop // comment: stop scanning
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			out = append(out, s[i:j])
			i = j
		default:
			out = append(out, string(c))
			i++
		}
	}
	return out
}

func firstCommon(lists ...[]string) (string, int) {
	checks := 0
outer:
	for _, cand := range lists[0] {
		for _, l := range lists[1:] {
			found := false
			for _, x := range l {
				checks++
				if x == cand {
					found = true
					break
				}
			}
			if !found {
				continue outer
			}
		}
		return cand, checks
	}
	return "", checks
}

func main() {
	grid := [][]int{{3, 8, 1}, {9, -1, 4}, {7, 2, 0}, {5, 6, 11}}
	for _, t := range []int{10, 20, 3, 100} {
		r1, c1, r2, c2, ok := findPair(grid, t)
		fmt.Printf("pair summing to %3d: (%d,%d)+(%d,%d) found=%t\n", t, r1, c1, r2, c2, ok)
	}
	fmt.Println("row sums skipping negative rows:", rowSums(grid))
	fmt.Printf("%q\n", tokenize("12 + 345*(6 - 78) # trailing comment 9"))
	fmt.Println(firstCommon([]string{"kiwi", "pear", "fig", "plum"}, []string{"fig", "plum", "pear"}, []string{"plum", "fig"}))
	fmt.Println(firstCommon([]string{"a", "b"}, []string{"c"}))

	attempts := map[string]int{"alpha": 1, "beta": 3, "gamma": 5}
	var log []string
jobs:
	for _, job := range []string{"alpha", "beta", "gamma"} {
		for try := 1; try <= 3; try++ {
			if try >= attempts[job] {
				log = append(log, fmt.Sprintf("%s ok on try %d", job, try))
				continue jobs
			}
			log = append(log, fmt.Sprintf("%s failed try %d", job, try))
		}
		log = append(log, job+" gave up")
	}
	fmt.Println(strings.Join(log, "; "))

	count := 0
	for i := 0; i < 5; i++ {
	inner:
		for j := 0; j < 5; j++ {
			switch {
			case j > i:
				break inner
			case (i+j)%2 == 1:
				continue
			}
			count++
		}
	}
	fmt.Println("lower-triangle even cells:", count)
}
