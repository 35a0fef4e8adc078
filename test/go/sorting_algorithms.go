// Hand-written sorting algorithms instrumented with comparison counters: insertion,
// shell, merge (top-down), quick (median-of-three, Hoare), heap and LSD radix
// sort; all checked against sort.Ints on several deterministic inputs.
package main

import (
	"fmt"
	"sort"
)

type counter struct{ cmps, swaps int }

func (c *counter) less(a, b int) bool { c.cmps++; return a < b }

func insertion(a []int, c *counter) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && c.less(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
			c.swaps++
		}
	}
}

func shell(a []int, c *counter) {
	gap := 1
	for gap < len(a)/3 {
		gap = 3*gap + 1
	}
	for ; gap > 0; gap /= 3 {
		for i := gap; i < len(a); i++ {
			for j := i; j >= gap && c.less(a[j], a[j-gap]); j -= gap {
				a[j], a[j-gap] = a[j-gap], a[j]
				c.swaps++
			}
		}
	}
}

func mergeSort(a []int, c *counter) {
	if len(a) < 2 {
		return
	}
	mid := len(a) / 2
	left := append([]int(nil), a[:mid]...)
	right := append([]int(nil), a[mid:]...)
	mergeSort(left, c)
	mergeSort(right, c)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if c.less(right[j], left[i]) {
			a[k] = right[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	k += copy(a[k:], left[i:])
	copy(a[k:], right[j:])
}

func quick(a []int, c *counter) {
	if len(a) < 2 {
		return
	}
	mid := (len(a) - 1) / 2
	if c.less(a[mid], a[0]) {
		a[mid], a[0] = a[0], a[mid]
	}
	if c.less(a[len(a)-1], a[0]) {
		a[len(a)-1], a[0] = a[0], a[len(a)-1]
	}
	if c.less(a[len(a)-1], a[mid]) {
		a[len(a)-1], a[mid] = a[mid], a[len(a)-1]
	}
	pivot := a[mid]
	i, j := -1, len(a)
	for {
		for i++; c.less(a[i], pivot); i++ {
		}
		for j--; c.less(pivot, a[j]); j-- {
		}
		if i >= j {
			break
		}
		a[i], a[j] = a[j], a[i]
		c.swaps++
	}
	quick(a[:j+1], c)
	quick(a[j+1:], c)
}

func heapSort(a []int, c *counter) {
	down := func(i, n int) {
		for {
			l := 2*i + 1
			if l >= n {
				return
			}
			if l+1 < n && c.less(a[l], a[l+1]) {
				l++
			}
			if !c.less(a[i], a[l]) {
				return
			}
			a[i], a[l] = a[l], a[i]
			c.swaps++
			i = l
		}
	}
	for i := len(a)/2 - 1; i >= 0; i-- {
		down(i, len(a))
	}
	for n := len(a) - 1; n > 0; n-- {
		a[0], a[n] = a[n], a[0]
		c.swaps++
		down(0, n)
	}
}

func radix(a []int, c *counter) {
	const off = 1 << 20 // handle negatives by offsetting
	buf := make([]int, len(a))
	for shift := uint(0); shift < 24; shift += 8 {
		var cnt [257]int
		for _, v := range a {
			cnt[((v+off)>>shift)&0xff+1]++
		}
		for i := 1; i < 257; i++ {
			cnt[i] += cnt[i-1]
		}
		for _, v := range a {
			d := ((v + off) >> shift) & 0xff
			buf[cnt[d]] = v
			cnt[d]++
		}
		copy(a, buf)
	}
}

func main() {
	lcg := uint32(12345)
	next := func() int {
		lcg = lcg*1103515245 + 12345
		return int(lcg>>16)%2000 - 1000
	}
	random := make([]int, 300)
	for i := range random {
		random[i] = next()
	}
	sorted := make([]int, 300)
	reversed := make([]int, 300)
	for i := range sorted {
		sorted[i], reversed[i] = i, 300-i
	}
	dups := make([]int, 300)
	for i := range dups {
		dups[i] = i % 7
	}
	inputs := []struct {
		name string
		data []int
	}{{"random", random}, {"sorted", sorted}, {"reversed", reversed}, {"few-unique", dups}, {"tiny", []int{3, -1, 2}}, {"empty", nil}}
	algos := []struct {
		name string
		f    func([]int, *counter)
	}{{"insertion", insertion}, {"shell", shell}, {"merge", mergeSort},
		{"quick", quick}, {"heap", heapSort}, {"radix", radix}}
	fmt.Printf("%-10s", "")
	for _, in := range inputs {
		fmt.Printf(" %16s", in.name)
	}
	fmt.Println()
	for _, al := range algos {
		fmt.Printf("%-10s", al.name)
		for _, in := range inputs {
			a := append([]int(nil), in.data...)
			want := append([]int(nil), in.data...)
			sort.Ints(want)
			var c counter
			al.f(a, &c)
			ok := fmt.Sprint(a) == fmt.Sprint(want)
			mark := "ok"
			if !ok {
				mark = "BAD"
			}
			fmt.Printf(" %6d/%6d %3s", c.cmps, c.swaps, mark)
		}
		fmt.Println()
	}
	a := append([]int(nil), random[:20]...)
	quick(a, &counter{})
	fmt.Println(random[:20])
	fmt.Println(a)
}
