// Struct and array value semantics: comparison with == of structs containing arrays,
// strings, pointers and interfaces; copying on assignment and when passing to functions;
// structs and arrays as map keys for deduplication; anonymous structs and conversion
// between struct types with identical fields.
package main

import (
	"fmt"
	"sort"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 string
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	if v.Patch != o.Patch {
		return v.Patch < o.Patch
	}
	if v.Pre == "" || o.Pre == "" {
		return v.Pre != "" && o.Pre == ""
	}
	return v.Pre < o.Pre
}

func (v Version) String() string {
	s := fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	return s
}

type Snapshot struct {
	Name   string
	Cells  [3][3]byte
	Owner  *string
	Labels interface{}
}

type RGB struct{ R, G, B uint8 }
type Color struct{ R, G, B uint8 }

func bump(v Version) Version {
	v.Patch++
	return v
}

func bumpPtr(v *Version) { v.Patch++ }

func main() {
	a := Version{1, 2, 3, ""}
	b := a
	b.Patch = 4
	fmt.Println(a, b, a == b, a == Version{1, 2, 3, ""}, a != b)
	c := bump(a)
	fmt.Println(a, c)
	bumpPtr(&a)
	fmt.Println(a, a == b)

	vs := []Version{{1, 10, 0, ""}, {1, 2, 0, ""}, {1, 2, 0, "rc1"}, {0, 9, 9, ""}, {1, 2, 0, "beta"}, {2, 0, 0, "alpha"}, {1, 2, 0, ""}}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Less(vs[j]) })
	fmt.Println("sorted:", vs)
	seen := map[Version]int{}
	for _, v := range vs {
		seen[v]++
	}
	fmt.Println("distinct:", len(seen), "dups of v1.2.0:", seen[Version{1, 2, 0, ""}])

	owner := "ann"
	s1 := Snapshot{Name: "board", Owner: &owner, Labels: "x"}
	s1.Cells[1][1] = 'X'
	s2 := s1 // arrays are copied, the pointer is shared
	s2.Cells[0][0] = 'O'
	*s2.Owner = "bob"
	fmt.Println(s1 == s2, s1.Cells[0][0], s2.Cells[0][0], *s1.Owner)
	s2.Cells[0][0] = 0
	fmt.Println("after undo:", s1 == s2)
	s2.Labels = []string{"not comparable"}
	fmt.Println("different dynamic types compare unequal:", s1 == s2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s4 := s2
		fmt.Println(s4 == s2)
	}()
	other := "bob"
	s3 := s1
	s3.Owner = &other
	fmt.Println("same text, different pointer:", s1 == s3, *s1.Owner == *s3.Owner)

	boards := map[[3][3]byte]string{}
	boards[s1.Cells] = "first"
	var empty [3][3]byte
	boards[empty] = "empty"
	s1.Cells[2][2] = 'O'
	boards[s1.Cells] = "second"
	fmt.Println(len(boards), boards[empty], boards[[3][3]byte{1: {1: 'X'}}])

	pt := struct{ X, Y int }{1, 2}
	type Point struct{ X, Y int }
	var p Point = pt // assignable: identical underlying types
	fmt.Println(p, pt == struct{ X, Y int }(p), Point(pt) == p)
	col := Color(RGB{255, 128, 0})
	fmt.Printf("%v %+v %T\n", col, col, col)
	arr := [4]int{1, 2, 3, 4}
	arr2 := arr
	arr2[0] = 100
	sl := arr[:]
	sl[1] = 200
	fmt.Println(arr, arr2, arr == [4]int{1, 200, 3, 4}, len(arr))
	grid := [2][2]Version{}
	grid[1][0] = a
	cp := grid
	cp[1][0].Major = 9
	fmt.Println(grid[1][0], cp[1][0], grid == cp)
	type pair struct {
		k string
		v int
	}
	pairs := []pair{{"b", 2}, {"a", 1}, {"b", 2}, {"c", 3}, {"a", 1}}
	uniq := map[pair]bool{}
	var order []pair
	for _, pr := range pairs {
		if !uniq[pr] {
			uniq[pr] = true
			order = append(order, pr)
		}
	}
	fmt.Printf("%v %+v\n", order, order[0])
	var i1, i2 interface{} = Version{1, 0, 0, ""}, Version{1, 0, 0, ""}
	fmt.Println(i1 == i2, i1 == interface{}(Color{}), i1.(Version).Major)
}
