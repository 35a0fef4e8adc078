// A shapes hierarchy with interfaces: Shape, Named and Scaler, an embedded NamedShape interface,
// value and pointer receivers, type switches and assertions, sorting by area, Stringers.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Scaler interface {
	Scale(f float64)
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }
type Polygon struct {
	Sides int
	Len   float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }
func (c *Circle) Scale(f float64)   { c.R *= f }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func NewSquare(s float64) *Square { return &Square{Rect{s, s}} }
func (s Square) Name() string     { return "square" }
func (s Square) String() string   { return fmt.Sprintf("Square(%g)", s.W) }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (p Polygon) Area() float64 {
	return float64(p.Sides) * p.Len * p.Len / (4 * math.Tan(math.Pi/float64(p.Sides)))
}
func (p Polygon) Perimeter() float64 { return float64(p.Sides) * p.Len }
func (p Polygon) Name() string {
	names := map[int]string{5: "pentagon", 6: "hexagon", 8: "octagon"}
	if n, ok := names[p.Sides]; ok {
		return n
	}
	return fmt.Sprintf("%d-gon", p.Sides)
}

func describe(s Shape) string {
	name := "anonymous"
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	extra := ""
	switch v := s.(type) {
	case Circle:
		extra = fmt.Sprintf("radius %.2f", v.R)
	case *Circle:
		extra = fmt.Sprintf("radius %.2f (pointer)", v.R)
	case *Square:
		extra = fmt.Sprintf("side %.2f via %v", v.W, v)
	case Rect, *Rect:
		extra = fmt.Sprintf("%T", v)
	case Triangle:
		extra = fmt.Sprintf("sides %v", []float64{v.A, v.B, v.C})
	default:
		extra = fmt.Sprintf("other %T", v)
	}
	return fmt.Sprintf("%-9s area=%8.3f perim=%7.3f  %s", name, s.Area(), s.Perimeter(), extra)
}

func main() {
	shapes := []Shape{
		Circle{1},
		&Circle{2.5},
		Rect{3, 4},
		&Rect{1, 10},
		NewSquare(3),
		Triangle{3, 4, 5},
		Polygon{6, 2},
		Polygon{5, 1},
		Polygon{12, 1},
	}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	fmt.Print("by area:")
	total := 0.0
	for _, s := range shapes {
		fmt.Printf(" %.2f", s.Area())
		total += s.Area()
	}
	fmt.Printf("\ntotal area %.4f\n", total)

	scaled := 0
	for _, s := range shapes {
		if sc, ok := s.(Scaler); ok {
			sc.Scale(2)
			scaled++
		}
	}
	fmt.Println("scaled", scaled, "shapes (only pointers implement Scaler)")
	for _, s := range shapes {
		if ns, ok := s.(NamedShape); ok {
			fmt.Printf("%-9s %8.3f\n", ns.Name(), ns.Area())
		} else {
			fmt.Printf("%-9s %8.3f (unnamed %T)\n", "?", s.Area(), s)
		}
	}
	var sq Shape = NewSquare(1.5)
	fmt.Println(sq, sq.(fmt.Stringer).String())
	_, isRect := sq.(Rect)
	_, isPtrSquare := sq.(*Square)
	fmt.Println("is Rect:", isRect, "is *Square:", isPtrSquare)
	fmt.Printf("%v %+v %T\n", Circle{1}, Rect{2, 3}, Polygon{})
	var nilShape Shape
	fmt.Println("nil shape:", nilShape == nil, fmt.Sprintf("%v %T", nilShape, nilShape))
	c1, c2 := Circle{1}, Circle{1}
	var i1, i2 Shape = c1, c2
	fmt.Println("interface equality:", i1 == i2, i1 != Shape(Circle{2}))
}
