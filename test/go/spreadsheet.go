// A tiny spreadsheet: cells holding numbers, text or formulas (=A1+B2*2, =(D5-D6)/2),
// lazy evaluation with memoisation, cycle detection by marking cells in progress, error
// values propagated between cells, and a rendered grid.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type result struct {
	v   float64
	err error
}

type Sheet struct {
	raw   map[string]string
	cache map[string]result
	evals int
}

var ErrCycle = errors.New("circular reference")

func (s *Sheet) Set(cell, v string) {
	s.raw[cell] = v
	s.cache = map[string]result{} // any edit invalidates every cached value
}

func checkRef(ref string) error {
	if r, err := strconv.Atoi(ref[1:]); len(ref) < 2 || err != nil || r < 1 || r > 99 {
		return fmt.Errorf("bad reference %q", ref)
	}
	return nil
}

func (s *Sheet) Value(cell string) (float64, error) {
	if r, ok := s.cache[cell]; ok {
		return r.v, r.err
	}
	s.cache[cell] = result{0, fmt.Errorf("%s: %w", cell, ErrCycle)} // in progress
	s.evals++
	raw := strings.TrimSpace(s.raw[cell])
	var r result
	switch {
	case raw == "":
	case !strings.HasPrefix(raw, "="):
		if r.v, r.err = strconv.ParseFloat(raw, 64); r.err != nil {
			r.err = fmt.Errorf("%s is text", cell)
		}
	default:
		p := &parser{s: s, src: strings.ReplaceAll(raw[1:], " ", "")}
		r.v, r.err = p.binary(0)
		if r.err == nil && p.pos < len(p.src) {
			r.err = fmt.Errorf("%s: unexpected %q", cell, p.src[p.pos:])
		}
	}
	if r.err != nil {
		r.v = 0
	}
	s.cache[cell] = r
	return r.v, r.err
}

type parser struct {
	s   *Sheet
	src string
	pos int
}

func (p *parser) peek() byte {
	if p.pos == len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

// binary parses level 0 (+ -) or level 1 (* /) expressions over factors.
func (p *parser) binary(level int) (float64, error) {
	ops, next := "+-", func() (float64, error) { return p.binary(1) }
	if level == 1 {
		ops, next = "*/", p.factor
	}
	v, err := next()
	for err == nil && p.peek() != 0 && strings.IndexByte(ops, p.peek()) >= 0 {
		op := p.peek()
		p.pos++
		var r float64
		if r, err = next(); err != nil {
			break
		}
		switch {
		case op == '+':
			v += r
		case op == '-':
			v -= r
		case op == '*':
			v *= r
		case r == 0:
			err = errors.New("#DIV/0")
		default:
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	start := p.pos
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' || c == '.' }
	switch c := p.peek(); {
	case c == '(':
		p.pos++
		v, err := p.binary(0)
		if p.peek() != ')' {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, err
	case isDigit(c):
		for isDigit(p.peek()) {
			p.pos++
		}
		return strconv.ParseFloat(p.src[start:p.pos], 64)
	case c >= 'A' && c <= 'Z':
		for c := p.peek(); c >= 'A' && c <= 'Z' || isDigit(c); c = p.peek() {
			p.pos++
		}
		name := p.src[start:p.pos]
		if err := checkRef(name); err != nil {
			return 0, err
		}
		return p.s.Value(name)
	}
	return 0, fmt.Errorf("unexpected %q at %d", p.peek(), p.pos)
}

func main() {
	s := &Sheet{raw: map[string]string{}}
	for cell, v := range map[string]string{
		"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
		"A2": "Pens", "B2": "10", "C2": "1.25", "D2": "=B2*C2",
		"A3": "Paper", "B3": "3", "C3": "4.5", "D3": "=B3*C3",
		"A4": "Ink", "B4": "2", "C4": "19.99", "D4": "=B4 * C4",
		"A5": "Sum", "B5": "=B2+B3+B4", "C5": "=(C2+C3+C4)/3", "D5": "=D2+D3+D4",
		"A6": "Per unit", "D6": "=D4", "B6": "=D5/B5", "C6": "=(D5 - D6) / 2",
		"A7": "Oops", "B7": "=A2*2", "D7": "=D6/(B4-2)",
	} {
		s.Set(cell, v)
	}
	for r := 1; r <= 7; r++ {
		fmt.Printf("%d", r)
		for c := 'A'; c <= 'D'; c++ {
			cell := fmt.Sprintf("%c%d", c, r)
			switch v, err := s.Value(cell); {
			case err != nil && !strings.HasPrefix(s.raw[cell], "="):
				fmt.Printf(" %-10.10s", s.raw[cell])
			case err != nil:
				fmt.Printf(" %10s", "#ERR")
			default:
				fmt.Printf(" %10.2f", v)
			}
		}
		fmt.Println()
	}
	fmt.Println("evaluations:", s.evals)
	for _, c := range []string{"D5", "B6", "C6", "A1", "Z9"} {
		v, err := s.Value(c)
		fmt.Printf("%s = %g err=%v cached=%t\n", c, v, err, s.cache[c] == result{v, err})
	}
	s.Set("B2", "20")
	v, _ := s.Value("D5")
	fmt.Printf("after B2=20: D5=%.2f evals=%d\n", v, s.evals)
	for _, e := range [][2]string{{"E1", "=E2+1"}, {"E2", "=E3*2"}, {"E3", "=E1"}} {
		s.Set(e[0], e[1])
	}
	_, err := s.Value("E1")
	fmt.Println("E1:", err, errors.Is(err, ErrCycle))
	fs := [][2]string{{"F1", "=A1+1"}, {"F2", "=1/(B3-3)"}, {"F3", "=B2*X"}, {"F4", "=2*(3+4"}, {"F5", "=B100+1"}, {"F6", "=3)"}, {"F7", "=F7"}}
	for _, f := range fs {
		s.Set(f[0], f[1])
	}
	for _, f := range fs {
		_, err := s.Value(f[0])
		fmt.Printf("%s %-10q -> %v\n", f[0], f[1], err)
	}
}
