// Exact rational arithmetic: a Frac type normalised by gcd with sign in the numerator,
// arithmetic and comparison methods, parsing "a/b" strings with errors, continued
// fractions, Egyptian fractions, harmonic numbers, and convergents of sqrt(2).
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Frac struct{ N, D int64 }

var ErrZeroDen = errors.New("zero denominator")

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func New(n, d int64) Frac {
	if d == 0 {
		panic(ErrZeroDen)
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		return Frac{0, 1}
	}
	return Frac{n / g, d / g}
}

func (a Frac) Add(b Frac) Frac { return New(a.N*b.D+b.N*a.D, a.D*b.D) }
func (a Frac) Sub(b Frac) Frac { return New(a.N*b.D-b.N*a.D, a.D*b.D) }
func (a Frac) Mul(b Frac) Frac { return New(a.N*b.N, a.D*b.D) }
func (a Frac) Div(b Frac) Frac { return New(a.N*b.D, a.D*b.N) }
func (a Frac) Cmp(b Frac) int {
	l, r := a.N*b.D, b.N*a.D
	switch {
	case l < r:
		return -1
	case l > r:
		return 1
	}
	return 0
}
func (a Frac) Float() float64 { return float64(a.N) / float64(a.D) }

func (a Frac) String() string {
	if a.D == 1 {
		return strconv.FormatInt(a.N, 10)
	}
	return fmt.Sprintf("%d/%d", a.N, a.D)
}

func Parse(s string) (f Frac, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %w", s, r.(error))
		}
	}()
	ns, ds, ok := strings.Cut(strings.TrimSpace(s), "/")
	n, err := strconv.ParseInt(strings.TrimSpace(ns), 10, 64)
	if err != nil {
		return Frac{}, fmt.Errorf("parse %q: bad numerator: %w", s, err)
	}
	d := int64(1)
	if ok {
		if d, err = strconv.ParseInt(strings.TrimSpace(ds), 10, 64); err != nil {
			return Frac{}, fmt.Errorf("parse %q: bad denominator: %w", s, err)
		}
	}
	return New(n, d), nil
}

func continued(f Frac) []int64 {
	var out []int64
	n, d := f.N, f.D
	for d != 0 {
		q := n / d
		if n%d != 0 && n < 0 {
			q--
		}
		out = append(out, q)
		n, d = d, n-q*d
	}
	return out
}

func egyptian(f Frac) []Frac {
	var out []Frac
	for f.N != 0 {
		c := (f.D + f.N - 1) / f.N // ceil(D/N)
		u := New(1, c)
		out = append(out, u)
		f = f.Sub(u)
	}
	return out
}

func main() {
	a, b := New(1, 3), New(-3, 4)
	fmt.Println(a, b, a.Add(b), a.Sub(b), a.Mul(b), a.Div(b), b.Div(b), New(6, -8), New(0, -5))
	fmt.Printf("%v %+v %s %.6f\n", a, b, New(10, 5), a.Float())
	for _, s := range []string{"3/4", " -10 / 25 ", "7", "1/0", "x/2", "2/y", "0/9", "-6/-8"} {
		f, err := Parse(s)
		if err != nil {
			fmt.Printf("%-12q error: %v (zero den: %t)\n", s, err, errors.Is(err, ErrZeroDen))
			continue
		}
		fmt.Printf("%-12q = %-6v ≈ %.4f cf=%v\n", s, f, f.Float(), continued(f))
	}
	fs := []Frac{New(1, 2), New(2, 3), New(-1, 7), New(5, 8), New(3, 5), New(1, 3), New(4, 6)}
	sort.Slice(fs, func(i, j int) bool { return fs[i].Cmp(fs[j]) < 0 })
	fmt.Println("sorted:", fs)
	sum := New(0, 1)
	for _, f := range fs {
		sum = sum.Add(f)
	}
	fmt.Println("sum:", sum)
	h := New(0, 1)
	for n := int64(1); n <= 20; n++ {
		h = h.Add(New(1, n))
		if n%5 == 0 {
			fmt.Printf("H(%d) = %v ≈ %.6f\n", n, h, h.Float())
		}
	}
	for _, f := range []Frac{New(4, 13), New(7, 15), New(3, 7), New(99, 100)} {
		fmt.Printf("%v = %v\n", f, egyptian(f))
	}
	c := New(1, 1)
	for i := 0; i < 10; i++ {
		c = New(1, 1).Add(New(1, 1).Div(New(1, 1).Add(c)))
		fmt.Printf("%v ", c)
	}
	fmt.Printf("\nsqrt(2) ≈ %.12f, cf(415/93)=%v, cf(-7/3)=%v\n", c.Float(), continued(New(415, 93)), continued(New(-7, 3)))
	fmt.Println(New(2, 4) == New(1, 2), New(1, 2).Cmp(New(50, 100)), map[Frac]bool{New(2, 4): true}[New(1, 2)])
}
