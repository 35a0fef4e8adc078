// Tokenizer and recursive-descent calculator: precedence, unary minus, parentheses,
// right-associative power, variables, functions and error reporting with positions.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Token struct {
	Kind string // "NUM", "IDENT", "OP" or "EOF"
	Text string
	Pos  int
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	isNum := func(b byte) bool { return b >= '0' && b <= '9' || b == '.' }
	for i < len(src) {
		c := src[i]
		start := i
		switch {
		case c == ' ':
			i++
		case isNum(c):
			for i < len(src) && isNum(src[i]) {
				i++
			}
			toks = append(toks, Token{"NUM", src[start:i], start})
		case unicode.IsLetter(rune(c)) || c == '_':
			for i < len(src) && (unicode.IsLetter(rune(src[i])) || unicode.IsDigit(rune(src[i])) || src[i] == '_') {
				i++
			}
			toks = append(toks, Token{"IDENT", src[start:i], start})
		case strings.IndexByte("+-*/%^(),", c) >= 0:
			i++
			toks = append(toks, Token{"OP", src[start:i], start})
		default:
			return nil, fmt.Errorf("unexpected character %q at %d", c, i)
		}
	}
	return append(toks, Token{"EOF", "", len(src)}), nil
}

type ParseError struct{ error } // distinguishes parse failures from runtime panics

type Parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *Parser) peek() Token       { return p.toks[p.pos] }
func (p *Parser) next() Token       { p.pos++; return p.toks[p.pos-1] }
func (p *Parser) is(op string) bool { return p.peek().Kind == "OP" && p.peek().Text == op }
func (p *Parser) fail(pos int, msg string, args ...interface{}) {
	panic(ParseError{fmt.Errorf("at %d: %s", pos, fmt.Sprintf(msg, args...))})
}
func (p *Parser) expect(op string) {
	if !p.is(op) {
		p.fail(p.peek().Pos, "expected %q, found %v %q", op, p.peek().Kind, p.peek().Text)
	}
	p.next()
}

// expr := term {("+"|"-") term};  term := unary {("*"|"/"|"%") unary};  unary := "-" unary | primary ["^" unary]
func (p *Parser) expr() float64 {
	v := p.term()
	for p.is("+") || p.is("-") {
		if p.next().Text == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *Parser) term() float64 {
	v := p.unary()
	for p.is("*") || p.is("/") || p.is("%") {
		op := p.next()
		r := p.unary()
		switch op.Text {
		case "*":
			v *= r
		case "/":
			if r == 0 {
				p.fail(op.Pos, "division by zero")
			}
			v /= r
		case "%":
			v = math.Mod(v, r)
		}
	}
	return v
}

func (p *Parser) unary() float64 {
	if p.is("-") {
		p.next()
		return -p.unary()
	}
	b := p.primary()
	if p.is("^") {
		p.next()
		return math.Pow(b, p.unary())
	}
	return b
}

func (p *Parser) primary() float64 {
	t := p.next()
	switch {
	case t.Kind == "NUM":
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			p.fail(t.Pos, "bad number %q", t.Text)
		}
		return v
	case t.Kind == "IDENT" && p.is("("):
		p.next()
		var args []float64
		for !p.is(")") {
			if len(args) > 0 {
				p.expect(",")
			}
			args = append(args, p.expr())
		}
		p.next()
		if n, ok := map[string]int{"sqrt": 1, "max": len(args)}[t.Text]; !ok {
			p.fail(t.Pos, "unknown function %s", t.Text)
		} else if len(args) != n || n == 0 {
			p.fail(t.Pos, "%s: wrong number of arguments (%d)", t.Text, len(args))
		}
		if t.Text == "sqrt" {
			return math.Sqrt(args[0])
		}
		m := args[0]
		for _, a := range args[1:] {
			m = math.Max(m, a)
		}
		return m
	case t.Kind == "IDENT":
		v, ok := p.vars[t.Text]
		if !ok {
			p.fail(t.Pos, "undefined variable %s", t.Text)
		}
		return v
	case t.Kind == "OP" && t.Text == "(":
		v := p.expr()
		p.expect(")")
		return v
	}
	p.fail(t.Pos, "unexpected %v %q", t.Kind, t.Text)
	return 0
}

func eval(src string, vars map[string]float64) (result float64, err error) {
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &Parser{toks: toks, vars: vars}
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(ParseError)
			if !ok {
				panic(r)
			}
			err = pe.error
		}
	}()
	result = p.expr()
	if t := p.peek(); t.Kind != "EOF" {
		p.fail(t.Pos, "trailing %v %q", t.Kind, t.Text)
	}
	return result, nil
}

func main() {
	vars := map[string]float64{"x": 3, "pi": math.Pi, "e": math.E}
	exprs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 7 % 2.5",
		"--3", "x * x - 2*x + 1", "sqrt(2) * sqrt(2)", "max(3, 9, -2, x*4)", "sqrt(-1)",
		"2 * pi * 10", "e ^ 1", "0.001 * 1000", "0.1 + 0.2", "2 ^ 0.5 ^ 2",
		"1 / 0", "1 +", "(1 + 2", "foo + 1", "bar(2)", "sqrt(1, 2)", "max()", "3 $ 4", "4 5", "1.2.3",
	}
	for _, e := range exprs {
		if v, err := eval(e, vars); err != nil {
			fmt.Printf("%-22s => error: %v\n", e, err)
		} else {
			fmt.Printf("%-22s => %-12g %.4f %v\n", e, v, v, v)
		}
	}
}
