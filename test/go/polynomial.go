// Polynomials with integer and float coefficients: a Poly type with String (pretty
// superscript-free formatting), Add, Mul, Eval by Horner's rule, derivative, long
// division with remainder, composition, and Newton's method to find real roots.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Poly []float64 // Poly[i] is the coefficient of x^i

func (p Poly) trim() Poly {
	for len(p) > 0 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly) Degree() int { return len(p.trim()) - 1 }

func (p Poly) String() string {
	p = p.trim()
	if len(p) == 0 {
		return "0"
	}
	var sb strings.Builder
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		switch {
		case sb.Len() == 0 && c < 0:
			sb.WriteString("-")
		case sb.Len() > 0 && c < 0:
			sb.WriteString(" - ")
		case sb.Len() > 0:
			sb.WriteString(" + ")
		}
		a := math.Abs(c)
		if a != 1 || i == 0 {
			sb.WriteString(fmt.Sprintf("%g", a))
		}
		switch {
		case i == 1:
			sb.WriteString("x")
		case i > 1:
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	return sb.String()
}

func Add(a, b Poly) Poly {
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	out := make(Poly, n)
	for i := range out {
		if i < len(a) {
			out[i] += a[i]
		}
		if i < len(b) {
			out[i] += b[i]
		}
	}
	return out.trim()
}

func Scale(a Poly, k float64) Poly {
	out := make(Poly, len(a))
	for i, c := range a {
		out[i] = c * k
	}
	return out.trim()
}

func Mul(a, b Poly) Poly {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	out := make(Poly, len(a)+len(b)-1)
	for i, x := range a {
		for j, y := range b {
			out[i+j] += x * y
		}
	}
	return out.trim()
}

func (p Poly) Eval(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return nil
	}
	out := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		out[i-1] = p[i] * float64(i)
	}
	return out.trim()
}

func Div(a, b Poly) (q, r Poly, err error) {
	b = b.trim()
	if len(b) == 0 {
		return nil, nil, fmt.Errorf("division by zero polynomial")
	}
	r = append(Poly(nil), a.trim()...)
	q = make(Poly, len(r))
	for len(r) >= len(b) && len(r) > 0 {
		k := r[len(r)-1] / b[len(b)-1]
		shift := len(r) - len(b)
		q[shift] = k
		for i, c := range b {
			r[i+shift] -= k * c
		}
		r = r[:len(r)-1].trim()
	}
	return q.trim(), r, nil
}

func Compose(p, q Poly) Poly {
	var out Poly
	for i := len(p) - 1; i >= 0; i-- {
		out = Add(Mul(out, q), Poly{p[i]})
	}
	return out
}

func (p Poly) Newton(x0 float64) (float64, int, bool) {
	d := p.Deriv()
	x := x0
	for i := 1; i <= 50; i++ {
		fx, dx := p.Eval(x), d.Eval(x)
		if dx == 0 {
			return x, i, false
		}
		next := x - fx/dx
		if math.Abs(next-x) < 1e-12 {
			return next, i, true
		}
		x = next
	}
	return x, 50, false
}

func main() {
	p := Poly{-6, 11, -6, 1} // (x-1)(x-2)(x-3)
	q := Poly{1, 1}          // x+1
	fmt.Println("p =", p, "degree", p.Degree())
	fmt.Println("q =", q)
	fmt.Println("p+q =", Add(p, q))
	fmt.Println("p*q =", Mul(p, q))
	fmt.Println("p' =", p.Deriv(), " p'' =", p.Deriv().Deriv(), " p'''' =", p.Deriv().Deriv().Deriv().Deriv())
	for _, x := range []float64{0, 1, 1.5, 2, 3, 4, -1} {
		fmt.Printf("p(%4.1f) = %7.3f\n", x, p.Eval(x))
	}
	quo, rem, err := Div(p, Poly{-1, 1})
	fmt.Println("p / (x-1) =", quo, "remainder", rem, err)
	quo, rem, _ = Div(Poly{5, 0, 3, 2}, Poly{1, 1})
	fmt.Println("(2x^3+3x^2+5)/(x+1) =", quo, "remainder", rem)
	_, _, err = Div(p, Poly{0})
	fmt.Println("err:", err)
	fmt.Println("p(q(x)) =", Compose(p, q))
	fmt.Println("q(q(q(x))) =", Compose(q, Compose(q, q)))
	for _, x0 := range []float64{0, 1.6, 2.4, 10} {
		r, it, ok := p.Newton(x0)
		fmt.Printf("newton from %4.1f: root %.10f after %d iterations (converged %t)\n", x0, r, it, ok)
	}
	sqrt2, _, _ := Poly{-2, 0, 1}.Newton(1)
	fmt.Printf("sqrt(2) ~ %.15f (error %.2e)\n", sqrt2, math.Abs(sqrt2-math.Sqrt2))
	_, it, ok := Poly{1, 0, 1}.Newton(0.5)
	fmt.Println("x^2+1 has no real root:", !ok, it)
	fmt.Println(Poly{}, Poly{0, 0}, Poly{0, -1}, Poly{2.5, 0, -1, 0}, Scale(p, 0.5), Scale(p, 0))
	binom := Poly{1}
	for i := 0; i < 6; i++ {
		binom = Mul(binom, Poly{1, 1})
	}
	fmt.Println("(1+x)^6 =", binom, binom.Eval(1))
}
