// Computational geometry on integer points: cross products, Andrew's monotone chain
// convex hull, polygon area by the shoelace formula, perimeter, point-in-polygon by ray
// casting, segment intersection, and the closest pair by brute force on small sets.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Pt struct{ X, Y int }

func (p Pt) Sub(q Pt) Pt   { return Pt{p.X - q.X, p.Y - q.Y} }
func cross(o, a, b Pt) int { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
func dist(a, b Pt) float64 { return math.Hypot(float64(a.X-b.X), float64(a.Y-b.Y)) }

func hull(pts []Pt) []Pt {
	ps := append([]Pt(nil), pts...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].X != ps[j].X {
			return ps[i].X < ps[j].X
		}
		return ps[i].Y < ps[j].Y
	})
	// dedupe
	uniq := ps[:0]
	for i, p := range ps {
		if i == 0 || p != ps[i-1] {
			uniq = append(uniq, p)
		}
	}
	ps = uniq
	if len(ps) < 3 {
		return ps
	}
	var h []Pt
	for _, p := range ps {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	lower := len(h) + 1
	for i := len(ps) - 2; i >= 0; i-- {
		p := ps[i]
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	return h[:len(h)-1]
}

func area2(poly []Pt) int {
	s := 0
	for i := range poly {
		j := (i + 1) % len(poly)
		s += poly[i].X*poly[j].Y - poly[j].X*poly[i].Y
	}
	return s
}

func perimeter(poly []Pt) float64 {
	p := 0.0
	for i := range poly {
		p += dist(poly[i], poly[(i+1)%len(poly)])
	}
	return p
}

func inside(poly []Pt, q Pt) bool {
	in := false
	for i, j := 0, len(poly)-1; i < len(poly); j, i = i, i+1 {
		a, b := poly[i], poly[j]
		if (a.Y > q.Y) != (b.Y > q.Y) {
			x := float64(b.X-a.X)*float64(q.Y-a.Y)/float64(b.Y-a.Y) + float64(a.X)
			if float64(q.X) < x {
				in = !in
			}
		}
	}
	return in
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func onSeg(a, b, p Pt) bool {
	return p.X >= min(a.X, b.X) && p.X <= max(a.X, b.X) && p.Y >= min(a.Y, b.Y) && p.Y <= max(a.Y, b.Y)
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func intersects(a, b, c, d Pt) bool {
	d1, d2 := sign(cross(a, b, c)), sign(cross(a, b, d))
	d3, d4 := sign(cross(c, d, a)), sign(cross(c, d, b))
	if d1 != d2 && d3 != d4 {
		return true
	}
	return (d1 == 0 && onSeg(a, b, c)) || (d2 == 0 && onSeg(a, b, d)) || (d3 == 0 && onSeg(c, d, a)) || (d4 == 0 && onSeg(c, d, b))
}

func main() {
	var pts []Pt
	seed := 17
	for i := 0; i < 40; i++ {
		seed = (seed*1103 + 4721) % 10007
		pts = append(pts, Pt{seed%41 - 20, (seed/41)%41 - 20})
	}
	pts = append(pts, Pt{0, 0}, Pt{0, 0}, Pt{25, 0}, Pt{-25, 0})
	h := hull(pts)
	fmt.Println("points:", len(pts), "hull size:", len(h))
	fmt.Println("hull:", h)
	fmt.Printf("area %.1f perimeter %.4f (ccw=%t)\n", float64(area2(h))/2, perimeter(h), area2(h) > 0)
	for _, q := range []Pt{{0, 0}, {24, 0}, {30, 0}, {0, 19}, {-19, -19}, {100, 100}} {
		fmt.Printf("inside(%v) = %t\n", q, inside(h, q))
	}
	sq := []Pt{{0, 0}, {4, 0}, {4, 4}, {0, 4}}
	fmt.Println("square area2:", area2(sq), "reversed:", area2([]Pt{{0, 4}, {4, 4}, {4, 0}, {0, 0}}), "perimeter:", perimeter(sq))
	fmt.Println("hull of collinear:", hull([]Pt{{0, 0}, {1, 1}, {2, 2}, {3, 3}}), "hull of 2:", hull([]Pt{{1, 1}, {0, 0}}))
	segs := [][4]Pt{
		{{0, 0}, {4, 4}, {0, 4}, {4, 0}},
		{{0, 0}, {1, 1}, {2, 2}, {3, 3}},
		{{0, 0}, {2, 2}, {2, 2}, {3, 0}},
		{{0, 0}, {4, 0}, {1, 1}, {3, 1}},
		{{0, 0}, {3, 3}, {1, 1}, {2, 2}},
	}
	for _, s := range segs {
		fmt.Printf("%v-%v x %v-%v: %t\n", s[0], s[1], s[2], s[3], intersects(s[0], s[1], s[2], s[3]))
	}
	best := math.Inf(1)
	var pa, pb Pt
	for i := 0; i < len(pts); i++ {
		for j := i + 1; j < len(pts); j++ {
			if pts[i] == pts[j] {
				continue
			}
			if d := dist(pts[i], pts[j]); d < best {
				best, pa, pb = d, pts[i], pts[j]
			}
		}
	}
	fmt.Printf("closest distinct pair: %v %v at %.5f\n", pa, pb, best)
	fmt.Println(Pt{3, 4}.Sub(Pt{1, 1}), cross(Pt{0, 0}, Pt{1, 0}, Pt{0, 1}), cross(Pt{0, 0}, Pt{0, 1}, Pt{1, 0}))
}
