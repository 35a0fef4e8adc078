// fmt on composite values: %v, %+v, %#v and %T for structs (nested, embedded, with
// pointers, unexported fields), slices, arrays, maps, nil values, and Stringer/error/
// GoStringer interplay, plus Printf argument errors.
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Meta struct {
	Tags  []string
	Attrs map[string]int
}

type Record struct {
	ID    int
	Name  string
	Pos   Point
	Ptr   *Point
	Meta          // embedded
	score float64 // unexported
	Any   interface{}
	Err   error
	Fn    func() // only nil is printable deterministically
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) String() string   { return "***" }

type Temps struct {
	City string
	Now  Celsius
	Pass Secret
}

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	r := Record{
		ID: 7, Name: "widget", Pos: Point{1, -2},
		Meta:  Meta{Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 26, "a": 1}},
		score: 9.5, Any: 3.25, Err: errors.New("boom"),
	}
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%T\n", r)
	var empty Record
	fmt.Printf("%v\n%+v\n", empty, empty)
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", empty.Meta)
	fmt.Printf("%#v\n", []interface{}{1, "two", 3.0, nil, true, 'x', uint8(5)})
	fmt.Printf("%v %+v %#v\n", &Point{5, 6}, &Point{5, 6}, []*int(nil))
	fmt.Printf("%v %d %x %o\n", []int{10, 20}, []int{10, 20}, []int{10, 255}, [3]int{8, 9, 10})
	fmt.Printf("%q %v %x % x %X\n", []string{"a b", "c"}, []byte("hi"), "hi", []byte("hi!"), "hi")
	fmt.Printf("%v %#v\n", map[Point]string{{2, 1}: "b", {1, 9}: "a"}, map[string]bool{"y": true, "n": false})
	fmt.Printf("%v %+v %#v %T\n", nil, nil, nil, nil)
	var np *Point
	var ni interface{}
	var ne error
	var ns []string
	var nm map[string]int
	fmt.Printf("%v %+v %v %v %v %v\n", np, np, ni, ne, ns, nm)
	fmt.Printf("%#v %#v %#v %#v\n", ns, nm, ni, ne)
	fmt.Printf("%d %s\n", ns, nm)
	t := Temps{"Oslo", -3.5, "hunter2"}
	fmt.Printf("%v\n%+v\n%#v\n%s\n", t, t, t, t)
	fmt.Println(t.Now, t.Pass, []Celsius{1, 2.25}, map[string]Celsius{"x": 30})
	fmt.Printf("%v %d %s %q\n", Weekday(1), Weekday(1), Weekday(2), Weekday(0))
	fmt.Printf("%T %T %T %T %T %T\n", t.Now, []Weekday{}, map[string][]int{}, &t, struct{ A int }{}, [2]bool{})
	fmt.Printf("%v %+v\n", struct {
		A int
		B string
		C []float64
	}{1, "x", []float64{0.5, 1e21}}, struct{}{})
	fmt.Printf("%5v|%-5v|%05d|%x\n", Point{1, 2}, []int{1}, []int{1, 2}, Point{255, 16})
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%z %v\n", 3, Point{})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, Point{}), fmt.Sprintln("x", 1))
	type pair struct {
		K string
		V *int
	}
	n := 5
	pp := pair{"k", &n}
	fmt.Printf("%v %+v\n", pp.K, *pp.V)
	fmt.Printf("%v\n", [][]Point{{{1, 2}}, {}, nil})
	fmt.Printf("%+v\n", map[string]Point{"o": {}})
	fmt.Printf("%s|%v|%+v\n", errors.New("e1"), fmt.Errorf("e2: %w", errors.New("e3")), []error{nil, errors.New("e4")})
}
