// The n-queens puzzle by backtracking with column/diagonal bitmasks: solution counts for
// n=1..10, the first solutions as boards, and unique solutions modulo symmetry for n=8.
package main

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

func count(n int) int {
	full := uint(1)<<uint(n) - 1
	var solve func(cols, d1, d2 uint) int
	solve = func(cols, d1, d2 uint) int {
		if cols == full {
			return 1
		}
		total := 0
		free := full &^ (cols | d1 | d2)
		for free != 0 {
			bit := free & -free
			free ^= bit
			total += solve(cols|bit, (d1|bit)<<1&full, (d2|bit)>>1)
		}
		return total
	}
	return solve(0, 0, 0)
}

func all(n int) [][]int {
	var out [][]int
	pos := make([]int, n)
	used := make([]bool, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			out = append(out, append([]int(nil), pos...))
			return
		}
		for c := 0; c < n; c++ {
			if used[c] {
				continue
			}
			ok := true
			for r := 0; r < row; r++ {
				if row-r == c-pos[r] || row-r == pos[r]-c {
					ok = false
					break
				}
			}
			if ok {
				used[c] = true
				pos[row] = c
				place(row + 1)
				used[c] = false
			}
		}
	}
	place(0)
	return out
}

func board(sol []int) string {
	var sb strings.Builder
	for _, c := range sol {
		sb.WriteString(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", len(sol)-c-1))
		sb.WriteString("\n")
	}
	return sb.String()
}

func key(sol []int) string {
	return fmt.Sprint(sol)
}

func canonical(sol []int) string {
	n := len(sol)
	transforms := []func(r, c int) (int, int){
		func(r, c int) (int, int) { return r, c },
		func(r, c int) (int, int) { return c, n - 1 - r },
		func(r, c int) (int, int) { return n - 1 - r, n - 1 - c },
		func(r, c int) (int, int) { return n - 1 - c, r },
		func(r, c int) (int, int) { return r, n - 1 - c },
		func(r, c int) (int, int) { return n - 1 - r, c },
		func(r, c int) (int, int) { return c, r },
		func(r, c int) (int, int) { return n - 1 - c, n - 1 - r },
	}
	var keys []string
	for _, t := range transforms {
		img := make([]int, n)
		for r, c := range sol {
			nr, nc := t(r, c)
			img[nr] = nc
		}
		keys = append(keys, key(img))
	}
	sort.Strings(keys)
	return keys[0]
}

func main() {
	for n := 1; n <= 10; n++ {
		fmt.Printf("n=%-2d solutions=%d\n", n, count(n))
	}
	sols := all(6)
	fmt.Printf("n=6 has %d solutions:\n", len(sols))
	for i, s := range sols {
		fmt.Printf("solution %d %v\n%s", i+1, s, board(s))
	}
	eight := all(8)
	uniq := map[string]bool{}
	for _, s := range eight {
		uniq[canonical(s)] = true
	}
	fmt.Printf("n=8: %d solutions, %d unique up to symmetry\n", len(eight), len(uniq))
	fmt.Println("first:", eight[0], "last:", eight[len(eight)-1])
	fmt.Print(board(eight[0]))
	fmt.Println("bit trick check:", bits.OnesCount(uint(0xff)), count(8) == len(eight))
}
