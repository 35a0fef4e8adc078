// Sorting with package sort: sort.Interface types with multi-key ordering, Reverse,
// Stable, Slice/SliceStable, IsSorted, Search/SearchInts/SearchStrings for lookups and
// insertion points, and sorting a slice of structs by a key table.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
	City string
}

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p People) Less(i, j int) bool {
	if p[i].Age != p[j].Age {
		return p[i].Age < p[j].Age
	}
	return p[i].Name < p[j].Name
}

type byCity struct{ People }

func (b byCity) Less(i, j int) bool { return b.People[i].City < b.People[j].City }

type multiSorter struct {
	people People
	less   []func(a, b *Person) int
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	for _, f := range ms.less {
		if c := f(&ms.people[i], &ms.people[j]); c != 0 {
			return c < 0
		}
	}
	return false
}

func names(p People) string {
	var s []string
	for _, x := range p {
		s = append(s, fmt.Sprintf("%s(%d,%s)", x.Name, x.Age, x.City[:3]))
	}
	return strings.Join(s, " ")
}

func main() {
	people := People{
		{"Alice", 30, "Boston"}, {"Bob", 25, "Chicago"}, {"Carol", 35, "Boston"},
		{"Dave", 25, "Austin"}, {"Eve", 30, "Chicago"}, {"Frank", 40, "Austin"},
		{"Grace", 25, "Boston"}, {"Heidi", 35, "Denver"},
	}
	p := append(People(nil), people...)
	sort.Sort(p)
	fmt.Println("by age,name:", names(p))
	sort.Sort(sort.Reverse(p))
	fmt.Println("reversed:   ", names(p))
	sort.Stable(byCity{p})
	fmt.Println("stable city:", names(p))
	fmt.Println("sorted by age?", sort.IsSorted(p), "by city?", sort.IsSorted(byCity{p}))

	ms := &multiSorter{people: append(People(nil), people...), less: []func(a, b *Person) int{
		func(a, b *Person) int { return strings.Compare(a.City, b.City) },
		func(a, b *Person) int { return b.Age - a.Age },
		func(a, b *Person) int { return strings.Compare(a.Name, b.Name) },
	}}
	sort.Sort(ms)
	fmt.Println("city, age desc:", names(ms.people))

	q := append(People(nil), people...)
	sort.SliceStable(q, func(i, j int) bool { return len(q[i].Name) < len(q[j].Name) })
	fmt.Println("by name length (stable):", names(q))
	sort.Slice(q, func(i, j int) bool { return q[i].Name > q[j].Name })
	fmt.Println("by name desc:", names(q))

	ints := []int{42, -7, 19, 0, 3, 3, 100, -50, 8}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	for _, x := range []int{3, 4, -100, 1000, 42} {
		i := sort.SearchInts(ints, x)
		found := i < len(ints) && ints[i] == x
		fmt.Printf("SearchInts(%d) = %d found=%t\n", x, i, found)
	}
	strs := []string{"pear", "apple", "fig", "banana", "cherry", "Apple", "apple"}
	sort.Strings(strs)
	fmt.Printf("%q %d %d\n", strs, sort.SearchStrings(strs, "banana"), sort.SearchStrings(strs, "date"))
	fl := []float64{2.5, -1, 3.25, 0, 1e-3}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 1))
	// Search for the first square >= 500 and the smallest n with n! > 1e6
	n := sort.Search(100, func(i int) bool { return i*i >= 500 })
	fmt.Println("first square >= 500:", n, n*n)
	fact := func(k int) float64 {
		f := 1.0
		for i := 2; i <= k; i++ {
			f *= float64(i)
		}
		return f
	}
	fmt.Println("smallest n with n! > 1e6:", sort.Search(20, func(i int) bool { return fact(i) > 1e6 }))
	// insert while keeping order
	var sorted []int
	for _, x := range []int{5, 1, 4, 1, 5, 9, 2, 6} {
		i := sort.SearchInts(sorted, x)
		sorted = append(sorted, 0)
		copy(sorted[i+1:], sorted[i:])
		sorted[i] = x
	}
	fmt.Println("insertion-sorted:", sorted)
	rank := map[string]int{"high": 0, "medium": 1, "low": 2}
	tasks := []string{"low:dust", "high:fire", "medium:email", "high:flood", "low:nap"}
	sort.SliceStable(tasks, func(i, j int) bool {
		pi, _, _ := strings.Cut(tasks[i], ":")
		pj, _, _ := strings.Cut(tasks[j], ":")
		return rank[pi] < rank[pj]
	})
	fmt.Println(tasks)
}
