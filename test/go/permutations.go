// Combinatorial generation: permutations by Heap's algorithm and in lexicographic order
// via next-permutation, combinations (k of n), power sets, permutations with duplicates,
// the k-th permutation by factorial numbering, and derangement counts.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func heapPerms(a []rune) []string {
	var out []string
	var gen func(k int)
	gen = func(k int) {
		if k == 1 {
			out = append(out, string(a))
			return
		}
		gen(k - 1)
		for i := 0; i < k-1; i++ {
			if k%2 == 0 {
				a[i], a[k-1] = a[k-1], a[i]
			} else {
				a[0], a[k-1] = a[k-1], a[0]
			}
			gen(k - 1)
		}
	}
	gen(len(a))
	return out
}

func nextPerm(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

func combinations(n, k int) [][]int {
	var out [][]int
	cur := make([]int, 0, k)
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n-(k-len(cur)); i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(0)
	return out
}

func kthPerm(items []string, k int) []string {
	pool := append([]string(nil), items...)
	fact := 1
	for i := 2; i < len(pool); i++ {
		fact *= i
	}
	var out []string
	for len(pool) > 0 {
		idx := k / fact
		k %= fact
		out = append(out, pool[idx])
		pool = append(pool[:idx], pool[idx+1:]...)
		if len(pool) > 0 {
			fact /= len(pool)
		}
	}
	return out
}

func main() {
	hp := heapPerms([]rune("abcd"))
	fmt.Println(len(hp), "heap permutations:", strings.Join(hp, " "))
	sorted := append([]string(nil), hp...)
	sort.Strings(sorted)
	uniq := 1
	for i := 1; i < len(sorted); i++ {
		if sorted[i] != sorted[i-1] {
			uniq++
		}
	}
	fmt.Println("distinct:", uniq)

	a := []int{1, 2, 3, 4}
	var lex []string
	for ok := true; ok; ok = nextPerm(a) {
		lex = append(lex, fmt.Sprint(a))
	}
	fmt.Println(len(lex), "lexicographic:", lex[:6], "...", lex[len(lex)-1])
	d := []int{1, 1, 2, 2}
	var dupPerms []string
	for ok := true; ok; ok = nextPerm(d) {
		dupPerms = append(dupPerms, fmt.Sprint(d))
	}
	fmt.Println("with duplicates:", len(dupPerms), dupPerms)

	for _, nk := range [][2]int{{5, 2}, {5, 3}, {4, 4}, {4, 0}, {6, 1}} {
		cs := combinations(nk[0], nk[1])
		fmt.Printf("C(%d,%d)=%d %v\n", nk[0], nk[1], len(cs), cs)
	}
	items := []string{"x", "y", "z"}
	var power []string
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []string
		for i, it := range items {
			if mask>>i&1 == 1 {
				s = append(s, it)
			}
		}
		power = append(power, "{"+strings.Join(s, ",")+"}")
	}
	fmt.Println("power set:", strings.Join(power, " "))
	letters := strings.Split("abcde", "")
	for _, k := range []int{0, 1, 23, 60, 119} {
		fmt.Printf("perm #%3d of abcde: %s\n", k, strings.Join(kthPerm(letters, k), ""))
	}
	der := []int64{1, 0}
	for n := 2; n <= 20; n++ {
		der = append(der, int64(n-1)*(der[n-1]+der[n-2]))
	}
	fmt.Println("derangements:", der[:10], "D(20) =", der[20])
	count := 0
	p := []int{0, 1, 2, 3, 4}
	for ok := true; ok; ok = nextPerm(p) {
		fixed := false
		for i, v := range p {
			if i == v {
				fixed = true
			}
		}
		if !fixed {
			count++
		}
	}
	fmt.Println("derangements of 5 by enumeration:", count, count == int(der[5]))
}
