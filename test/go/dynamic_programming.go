// Dynamic programming classics: 0/1 knapsack with item reconstruction, unbounded coin
// change (count and minimum coins), longest increasing subsequence with the sequence,
// longest common subsequence, and edit distance with an alignment.
package main

import (
	"fmt"
	"strings"
)

type Item struct {
	Name          string
	Weight, Value int
}

func knapsack(items []Item, cap int) (int, []string) {
	dp := make([][]int, len(items)+1)
	for i := range dp {
		dp[i] = make([]int, cap+1)
	}
	for i := 1; i <= len(items); i++ {
		it := items[i-1]
		for w := 0; w <= cap; w++ {
			dp[i][w] = dp[i-1][w]
			if it.Weight <= w && dp[i-1][w-it.Weight]+it.Value > dp[i][w] {
				dp[i][w] = dp[i-1][w-it.Weight] + it.Value
			}
		}
	}
	var chosen []string
	for i, w := len(items), cap; i > 0; i-- {
		if dp[i][w] != dp[i-1][w] {
			chosen = append([]string{items[i-1].Name}, chosen...)
			w -= items[i-1].Weight
		}
	}
	return dp[len(items)][cap], chosen
}

func coinWays(coins []int, amount int) (ways int64, minCoins int, combo []int) {
	w := make([]int64, amount+1)
	w[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			w[a] += w[a-c]
		}
	}
	const inf = 1 << 30
	m := make([]int, amount+1)
	last := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		m[a] = inf
		for _, c := range coins {
			if c <= a && m[a-c]+1 < m[a] {
				m[a], last[a] = m[a-c]+1, c
			}
		}
	}
	if m[amount] >= inf {
		return w[amount], -1, nil
	}
	for a := amount; a > 0; a -= last[a] {
		combo = append(combo, last[a])
	}
	return w[amount], m[amount], combo
}

func lis(xs []int) []int {
	n := len(xs)
	if n == 0 {
		return nil
	}
	length, prev := make([]int, n), make([]int, n)
	best := 0
	for i := range xs {
		length[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if xs[j] < xs[i] && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		if length[i] > length[best] {
			best = i
		}
	}
	var seq []int
	for i := best; i >= 0; i = prev[i] {
		seq = append([]int{xs[i]}, seq...)
	}
	return seq
}

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var sb strings.Builder
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			sb.WriteByte(a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return sb.String()
}

func editDistance(a, b string) (int, string, string) {
	n, m := len(a), len(b)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = d[i-1][j-1] + cost
			if d[i-1][j]+1 < d[i][j] {
				d[i][j] = d[i-1][j] + 1
			}
			if d[i][j-1]+1 < d[i][j] {
				d[i][j] = d[i][j-1] + 1
			}
		}
	}
	var ta, tb []byte
	for i, j := n, m; i > 0 || j > 0; {
		switch {
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+map[bool]int{true: 0, false: 1}[a[i-1] == b[j-1]]:
			ta, tb = append(ta, a[i-1]), append(tb, b[j-1])
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			ta, tb = append(ta, a[i-1]), append(tb, '-')
			i--
		default:
			ta, tb = append(ta, '-'), append(tb, b[j-1])
			j--
		}
	}
	for l, r := 0, len(ta)-1; l < r; l, r = l+1, r-1 {
		ta[l], ta[r] = ta[r], ta[l]
		tb[l], tb[r] = tb[r], tb[l]
	}
	return d[n][m], string(ta), string(tb)
}

func main() {
	items := []Item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160},
		{"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30},
		{"beer", 52, 10}, {"suntan", 11, 70}, {"camera", 32, 30}, {"tshirt", 24, 15}, {"trousers", 48, 10}}
	for _, c := range []int{50, 200, 400} {
		v, chosen := knapsack(items, c)
		fmt.Printf("knapsack cap %3d: value %3d %v\n", c, v, chosen)
	}
	for _, tc := range []struct {
		coins  []int
		amount int
	}{{[]int{1, 2, 5}, 11}, {[]int{2}, 3}, {[]int{1, 5, 10, 25, 50}, 100}, {[]int{1, 3, 4}, 6}, {[]int{7, 3}, 100}} {
		w, m, combo := coinWays(tc.coins, tc.amount)
		fmt.Printf("coins %v amount %d: %d ways, min %d coins %v\n", tc.coins, tc.amount, w, m, combo)
	}
	fmt.Println("LIS:", lis([]int{10, 9, 2, 5, 3, 7, 101, 18, 4, 8, 6, 12}), lis([]int{5, 4, 3}), lis(nil))
	for _, p := range [][2]string{{"ABCBDAB", "BDCABA"}, {"AGGTAB", "GXTXAYB"}, {"kitten", "sitting"}, {"", "abc"}, {"intention", "execution"}, {"gopher", "gopher"}} {
		d, x, y := editDistance(p[0], p[1])
		fmt.Printf("%-10q %-10q lcs=%-6q edit=%d\n    %s\n    %s\n", p[0], p[1], lcs(p[0], p[1]), d, x, y)
	}
}
