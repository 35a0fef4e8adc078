// Slices in depth: append growth and capacity, aliasing of shared backing arrays, copy
// semantics, full slice expressions limiting capacity, slices of slices (a jagged
// triangle), in-place filtering, insert/delete helpers, and 2D grids.
package main

import (
	"fmt"
	"strings"
)

func insert(s []int, i int, vs ...int) []int {
	if n := len(s) + len(vs); n <= cap(s) {
		s2 := s[:n]
		copy(s2[i+len(vs):], s[i:])
		copy(s2[i:], vs)
		return s2
	}
	out := make([]int, 0, len(s)+len(vs))
	out = append(out, s[:i]...)
	out = append(out, vs...)
	return append(out, s[i:]...)
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	var s []int
	lastCap := -1
	var caps []string
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != lastCap {
			caps = append(caps, fmt.Sprint(cap(s)))
			lastCap = cap(s)
		}
	}
	fmt.Println("int caps:", strings.Join(caps, " "))
	var bs []byte
	caps, lastCap = nil, -1
	for i := 0; i < 300; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != lastCap {
			caps = append(caps, fmt.Sprint(cap(bs)))
			lastCap = cap(bs)
		}
	}
	fmt.Println("byte caps:", strings.Join(caps, " "))
	big := append([]int64(nil), make([]int64, 5)...)
	big = append(big, 1, 2, 3, 4, 5, 6, 7)
	fmt.Println("append many:", len(big), cap(big))
	st := append([]string{"a"}, "b", "c")
	fmt.Println(len(st), cap(st))

	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[3:]
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	a[1] = 99 // visible through base and b
	fmt.Println(base, b[0])
	a = append(a, 100) // overwrites base[5]
	fmt.Println(base, a)
	limited := base[2:4:4]
	limited = append(limited, -1) // reallocates: base untouched
	limited[0] = -2
	fmt.Println(base, limited, len(limited), cap(limited))
	fmt.Println(base[:0], base[8:], len(base[:0:0]), cap(base[4:6:7]))

	src := []int{1, 2, 3}
	dst := make([]int, 2)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src, src[1:]) // overlapping
	fmt.Println(n, src)
	bytes := make([]byte, 5)
	n = copy(bytes, "héllo")
	fmt.Println(n, bytes, string(bytes[:n]))

	tri := make([][]int, 7)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Printf("%*s%v\n", 14-2*len(row), "", row)
	}

	nums := []int{5, 1, 8, 3, 9, 2, 7}
	nums = insert(nums, 2, 100, 200)
	fmt.Println("insert:", nums, len(nums))
	nums = remove(nums, 0)
	fmt.Println("remove:", nums, len(nums), cap(nums))
	evens := filter(nums, func(v int) bool { return v%2 == 0 })
	fmt.Println("filter:", evens, "original now:", nums)
	room := make([]int, 3, 10)
	room = insert(room, 1, 7, 8)
	fmt.Println("in place insert:", room, cap(room))

	grid := make([][]rune, 4)
	cells := make([]rune, 4*6)
	for i := range grid {
		grid[i], cells = cells[:6:6], cells[6:]
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	for i := 0; i < 4; i++ {
		grid[i][i] = '\\'
		grid[i][5-i] = '/'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	words := strings.Fields("one two three four five")
	reverse(words[1:4])
	fmt.Println(words)
	var empty []string
	reverse(empty)
	fmt.Println(empty == nil, len(append(empty, empty...)), append([]int{}, 1)[0])
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 30)
	fmt.Println(arr, sl, len(arr), cap(sl))
	p := &arr
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(arr, p[4], len(p))
	matrix := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	mcopy := matrix
	mcopy[1][1] = 0
	fmt.Println(matrix[1], mcopy[1], matrix == mcopy)
}
