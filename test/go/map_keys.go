// Maps with all kinds of keys: structs, arrays, interfaces, pointers, bools and floats
// (NaN keys!), comma-ok lookups, delete during iteration, nested maps, maps of slices,
// set operations and counting — printed in sorted order.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Coord struct{ X, Y int }

type Edge struct {
	From, To string
}

func sortedCoords(m map[Coord]string) []Coord {
	keys := make([]Coord, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Y != keys[j].Y {
			return keys[i].Y < keys[j].Y
		}
		return keys[i].X < keys[j].X
	})
	return keys
}

func main() {
	grid := map[Coord]string{{0, 0}: "origin", {2, 1}: "tree", {-1, 1}: "rock", {0, 3}: "well"}
	grid[Coord{2, 1}] = "big tree"
	for _, k := range sortedCoords(grid) {
		fmt.Printf("%v=%s ", k, grid[k])
	}
	fmt.Println(len(grid))
	if v, ok := grid[Coord{5, 5}]; !ok {
		fmt.Printf("no entry at (5,5): %q %t\n", v, ok)
	}
	fmt.Println(grid)

	weights := map[Edge]int{{"a", "b"}: 3, {"b", "a"}: 4, {"a", "c"}: 1}
	weights[Edge{"a", "b"}] += 10
	fmt.Println(weights, weights[Edge{"c", "a"}])

	byDigits := map[[3]int]string{}
	for _, n := range []int{123, 321, 213, 456, 654, 789, 112} {
		d := [3]int{n / 100, n / 10 % 10, n % 10}
		sort.Ints(d[:])
		byDigits[d] += fmt.Sprint(n) + " "
	}
	fmt.Println(byDigits)

	mixed := map[interface{}]string{1: "int", int64(1): "int64", "1": "string", 1.0: "float", true: "bool", Coord{1, 1}: "coord", [2]string{"a", "b"}: "array"}
	fmt.Println(len(mixed), mixed[1], mixed[int64(1)], mixed[1.0], mixed["1"], mixed[true], mixed[Coord{1, 1}], mixed[[2]string{"a", "b"}])
	_, ok := mixed[int8(1)]
	fmt.Println("int8(1) present:", ok)

	fm := map[float64]int{}
	fm[math.NaN()] = 1
	fm[math.NaN()] = 2
	fm[0.0] = 3
	fm[math.Copysign(0, -1)] = 4 // -0 == +0
	_, nanOK := fm[math.NaN()]
	fmt.Println("float keys:", len(fm), fm[0], nanOK)
	delete(fm, math.NaN())
	fmt.Println("after deleting NaN:", len(fm))

	counts := map[string]int{}
	text := "the cat and the hat and the bat sat on the mat"
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	for w := range counts {
		if counts[w] == 1 {
			delete(counts, w) // deleting during range is allowed
		}
	}
	fmt.Println("repeated words:", counts)

	nested := map[string]map[string]int{}
	add := func(outer, inner string, n int) {
		m, ok := nested[outer]
		if !ok {
			m = map[string]int{}
			nested[outer] = m
		}
		m[inner] += n
	}
	add("fruit", "apple", 3)
	add("fruit", "pear", 1)
	add("veg", "kale", 2)
	add("fruit", "apple", 2)
	fmt.Println(nested, len(nested["fruit"]), nested["meat"]["beef"])

	groups := map[bool][]int{}
	for i := 1; i <= 10; i++ {
		groups[i%3 == 0] = append(groups[i%3 == 0], i)
	}
	fmt.Println(groups)

	a := map[string]bool{"x": true, "y": true, "z": true}
	b := map[string]bool{"y": true, "z": true, "w": true}
	var inter, union, diff []string
	for k := range a {
		if b[k] {
			inter = append(inter, k)
		} else {
			diff = append(diff, k)
		}
		union = append(union, k)
	}
	for k := range b {
		if !a[k] {
			union = append(union, k)
		}
	}
	sort.Strings(inter)
	sort.Strings(union)
	sort.Strings(diff)
	fmt.Println("inter", inter, "union", union, "a-b", diff)

	p1, p2 := &Coord{1, 2}, &Coord{1, 2}
	ptrs := map[*Coord]string{p1: "first", p2: "second"}
	fmt.Println(len(ptrs), ptrs[p1], ptrs[p2], ptrs[&Coord{1, 2}] == "")

	m := make(map[string][]string, 10)
	m["k"] = append(m["k"], "v1", "v2")
	m2 := m // maps are references
	m2["k"] = append(m2["k"], "v3")
	delete(m2, "missing")
	fmt.Println(m, len(m), fmt.Sprintf("%v %d", map[int]bool{}, len(map[int]int(nil))))
}
