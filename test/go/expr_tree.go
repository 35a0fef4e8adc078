// An expression tree with interfaces: node types with String and Eval methods, symbolic
// differentiation, constant folding and simplification, variables in an environment.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn  string
	Arg Expr
}

func (n Num) Eval(map[string]float64) float64     { return float64(n) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (n Num) String() string                      { return fmt.Sprint(float64(n)) }
func (v Var) String() string                      { return string(v) }

func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	case '^':
		return math.Pow(l, r)
	}
	panic("bad op " + string(b.Op))
}

func (b Bin) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }

func (c Call) Eval(env map[string]float64) float64 {
	x := c.Arg.Eval(env)
	switch c.Fn {
	case "sin":
		return math.Sin(x)
	case "cos":
		return math.Cos(x)
	case "exp":
		return math.Exp(x)
	case "ln":
		return math.Log(x)
	}
	panic("unknown function " + c.Fn)
}

func (c Call) String() string { return c.Fn + "(" + c.Arg.String() + ")" }

func vars(e Expr, set map[string]bool) {
	switch e := e.(type) {
	case Var:
		set[string(e)] = true
	case Bin:
		vars(e.L, set)
		vars(e.R, set)
	case Call:
		vars(e.Arg, set)
	}
}

func deriv(e Expr, x string) Expr {
	switch e := e.(type) {
	case Num:
		return Num(0)
	case Var:
		if string(e) == x {
			return Num(1)
		}
		return Num(0)
	case Call:
		var outer Expr
		switch e.Fn {
		case "sin":
			outer = Call{"cos", e.Arg}
		case "cos":
			outer = Bin{'*', Num(-1), Call{"sin", e.Arg}}
		case "exp":
			outer = e
		case "ln":
			outer = Bin{'/', Num(1), e.Arg}
		}
		return Bin{'*', outer, deriv(e.Arg, x)}
	case Bin:
		dl, dr := deriv(e.L, x), deriv(e.R, x)
		switch e.Op {
		case '+', '-':
			return Bin{e.Op, dl, dr}
		case '*':
			return Bin{'+', Bin{'*', dl, e.R}, Bin{'*', e.L, dr}}
		case '/':
			return Bin{'/', Bin{'-', Bin{'*', dl, e.R}, Bin{'*', e.L, dr}}, Bin{'^', e.R, Num(2)}}
		case '^':
			if n, ok := e.R.(Num); ok {
				return Bin{'*', Bin{'*', n, Bin{'^', e.L, Num(n - 1)}}, dl}
			}
		}
	}
	panic(fmt.Sprintf("cannot differentiate %v", e))
}

func simplify(e Expr) Expr {
	b, ok := e.(Bin)
	if !ok {
		if c, ok := e.(Call); ok {
			return Call{c.Fn, simplify(c.Arg)}
		}
		return e
	}
	l, r := simplify(b.L), simplify(b.R)
	ln, lok := l.(Num)
	rn, rok := r.(Num)
	if lok && rok {
		return Num(Bin{b.Op, ln, rn}.Eval(nil))
	}
	switch {
	case b.Op == '+' && lok && ln == 0:
		return r
	case (b.Op == '+' || b.Op == '-') && rok && rn == 0:
		return l
	case b.Op == '*' && ((lok && ln == 0) || (rok && rn == 0)):
		return Num(0)
	case b.Op == '*' && lok && ln == 1:
		return r
	case (b.Op == '*' || b.Op == '/' || b.Op == '^') && rok && rn == 1:
		return l
	case b.Op == '^' && rok && rn == 0:
		return Num(1)
	}
	return Bin{b.Op, l, r}
}

func main() {
	x, y := Var("x"), Var("y")
	exprs := []Expr{
		Bin{'+', Bin{'*', Num(3), Bin{'^', x, Num(2)}}, Bin{'*', Num(2), x}},
		Bin{'*', x, y},
		Bin{'/', Num(1), x},
		Call{"sin", Bin{'*', Num(2), x}},
		Bin{'*', Call{"exp", x}, Call{"cos", x}},
		Call{"ln", Bin{'+', Bin{'^', x, Num(2)}, Num(1)}},
		Bin{'-', Bin{'^', x, Num(3)}, Bin{'*', Num(0), y}},
	}
	env := map[string]float64{"x": 2, "y": -1.5}
	for i, e := range exprs {
		set := map[string]bool{}
		vars(e, set)
		names := make([]string, 0, len(set))
		for n := range set {
			names = append(names, n)
		}
		sort.Strings(names)
		d := deriv(e, "x")
		s := simplify(d)
		fmt.Printf("e%d      = %v   vars=%v\n", i, e, names)
		fmt.Printf("  value = %.6g\n", e.Eval(env))
		fmt.Printf("  d/dx  = %v\n", s)
		fmt.Printf("  d/dx(2) = %.6f (raw tree %d chars, simplified %d)\n", s.Eval(env), len(d.String()), len(s.String()))
		h := 1e-6
		num := (e.Eval(map[string]float64{"x": 2 + h, "y": -1.5}) - e.Eval(map[string]float64{"x": 2 - h, "y": -1.5})) / (2 * h)
		fmt.Printf("  numeric check ok: %t\n", math.Abs(num-s.Eval(env)) < 1e-4)
	}
	fmt.Printf("%T %T %T %T\n", exprs[0], x, Num(1), exprs[3])
	fmt.Printf("%v | %+v\n", Bin{'+', Num(1), Num(2.5)}, Call{"exp", Num(0)})
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	deriv(Bin{'^', Num(2), x}, "x")
}
