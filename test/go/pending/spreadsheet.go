// A tiny spreadsheet: cells holding numbers, text or formulas (=A1+B2*2, =SUM(A1:A3),
// =AVG, =MAX), evaluation with memoisation and dependency tracking, cycle detection via
// an in-progress set, error values propagated as strings, and a rendered grid.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Sheet struct {
	raw   map[string]string
	cache map[string]float64
	errs  map[string]error
	busy  map[string]bool
	evals int
}

var ErrCycle = errors.New("circular reference")

func NewSheet() *Sheet {
	return &Sheet{raw: map[string]string{}, cache: map[string]float64{}, errs: map[string]error{}, busy: map[string]bool{}}
}

func (s *Sheet) Set(cell, v string) {
	s.raw[cell] = v
	s.cache = map[string]float64{}
	s.errs = map[string]error{}
}

func colRow(ref string) (int, int, error) {
	if len(ref) < 2 || ref[0] < 'A' || ref[0] > 'Z' {
		return 0, 0, fmt.Errorf("bad reference %q", ref)
	}
	r, err := strconv.Atoi(ref[1:])
	if err != nil || r < 1 {
		return 0, 0, fmt.Errorf("bad reference %q", ref)
	}
	return int(ref[0] - 'A'), r, nil
}

func (s *Sheet) Value(cell string) (float64, error) {
	if v, ok := s.cache[cell]; ok {
		return v, nil
	}
	if err, ok := s.errs[cell]; ok {
		return 0, err
	}
	if s.busy[cell] {
		return 0, fmt.Errorf("%s: %w", cell, ErrCycle)
	}
	s.busy[cell] = true
	defer delete(s.busy, cell)
	s.evals++
	v, err := s.compute(cell)
	if err != nil {
		s.errs[cell] = err
		return 0, err
	}
	s.cache[cell] = v
	return v, nil
}

func (s *Sheet) compute(cell string) (float64, error) {
	raw := strings.TrimSpace(s.raw[cell])
	if raw == "" {
		return 0, nil
	}
	if !strings.HasPrefix(raw, "=") {
		f, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			return 0, fmt.Errorf("%s is text", cell)
		}
		return f, nil
	}
	p := &parser{s: s, src: strings.ReplaceAll(raw[1:], " ", "")}
	v, err := p.expr()
	if err == nil && p.pos < len(p.src) {
		err = fmt.Errorf("%s: unexpected %q", cell, p.src[p.pos:])
	}
	return v, err
}

type parser struct {
	s   *Sheet
	src string
	pos int
}

func (p *parser) peek() byte {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == '+' || p.peek() == '-') {
		op := p.peek()
		p.pos++
		var r float64
		r, err = p.term()
		if op == '+' {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == '*' || p.peek() == '/') {
		op := p.peek()
		p.pos++
		var r float64
		if r, err = p.factor(); err != nil {
			break
		}
		if op == '*' {
			v *= r
		} else if r == 0 {
			err = errors.New("#DIV/0")
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	start := p.pos
	switch c := p.peek(); {
	case c == '(':
		p.pos++
		v, err := p.expr()
		if p.peek() != ')' {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, err
	case c >= '0' && c <= '9' || c == '.':
		for c := p.peek(); c >= '0' && c <= '9' || c == '.'; c = p.peek() {
			p.pos++
		}
		return strconv.ParseFloat(p.src[start:p.pos], 64)
	case c >= 'A' && c <= 'Z':
		for c := p.peek(); c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'; c = p.peek() {
			p.pos++
		}
		name := p.src[start:p.pos]
		if p.peek() == '(' {
			return p.call(name)
		}
		if _, _, err := colRow(name); err != nil {
			return 0, err
		}
		return p.s.Value(name)
	}
	return 0, fmt.Errorf("unexpected %q at %d", p.peek(), p.pos)
}

func (p *parser) call(fn string) (float64, error) {
	end := strings.IndexByte(p.src[p.pos:], ')')
	if end < 0 {
		return 0, errors.New("missing )")
	}
	arg := p.src[p.pos+1 : p.pos+end]
	p.pos += end + 1
	from, to, ok := strings.Cut(arg, ":")
	if !ok {
		to = from
	}
	c1, r1, err1 := colRow(from)
	c2, r2, err2 := colRow(to)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("%s: bad range %q", fn, arg)
	}
	var vals []float64
	for c := c1; c <= c2; c++ {
		for r := r1; r <= r2; r++ {
			v, err := p.s.Value(fmt.Sprintf("%c%d", 'A'+c, r))
			if err != nil {
				return 0, err
			}
			vals = append(vals, v)
		}
	}
	switch fn {
	case "SUM", "AVG":
		t := 0.0
		for _, v := range vals {
			t += v
		}
		if fn == "AVG" {
			t /= float64(len(vals))
		}
		return t, nil
	case "MAX":
		m := math.Inf(-1)
		for _, v := range vals {
			m = math.Max(m, v)
		}
		return m, nil
	}
	return 0, fmt.Errorf("unknown function %s", fn)
}

func (s *Sheet) Print(cols, rows int) {
	fmt.Printf("%3s", "")
	for c := 0; c < cols; c++ {
		fmt.Printf(" %10c", 'A'+c)
	}
	fmt.Println()
	for r := 1; r <= rows; r++ {
		fmt.Printf("%3d", r)
		for c := 0; c < cols; c++ {
			cell := fmt.Sprintf("%c%d", 'A'+c, r)
			v, err := s.Value(cell)
			_, numErr := strconv.ParseFloat(s.raw[cell], 64)
			switch {
			case s.raw[cell] != "" && !strings.HasPrefix(s.raw[cell], "=") && numErr != nil:
				fmt.Printf(" %-10.10s", s.raw[cell])
			case err != nil:
				fmt.Printf(" %10s", "#ERR")
			default:
				fmt.Printf(" %10.2f", v)
			}
		}
		fmt.Println()
	}
}

func main() {
	s := NewSheet()
	for cell, v := range map[string]string{
		"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
		"A2": "Pens", "B2": "10", "C2": "1.25", "D2": "=B2*C2",
		"A3": "Paper", "B3": "3", "C3": "4.5", "D3": "=B3*C3",
		"A4": "Ink", "B4": "2", "C4": "19.99", "D4": "=B4 * C4",
		"A5": "Sum", "B5": "=SUM(B2:B4)", "C5": "=AVG(C2:C4)", "D5": "=SUM(D2:D4)",
		"A6": "Max/Avg", "D6": "=MAX(D2:D4)", "B6": "=D5/B5", "C6": "=(D5 - D6) / 2", "A7": "Oops", "B7": "=A2*2", "D7": "=D6/(B4-2)",
	} {
		s.Set(cell, v)
	}
	s.Print(4, 7)
	fmt.Println("evaluations:", s.evals)
	for _, c := range []string{"D5", "B6", "C6", "A1", "Z9"} {
		v, err := s.Value(c)
		fmt.Printf("%s = %g err=%v\n", c, v, err)
	}
	s.Set("B2", "20")
	v, _ := s.Value("D5")
	fmt.Printf("after B2=20: D5=%.2f evals=%d\n", v, s.evals)
	s.Set("E1", "=E2+1")
	s.Set("E2", "=E3*2")
	s.Set("E3", "=E1")
	_, err := s.Value("E1")
	fmt.Println("E1:", err, errors.Is(err, ErrCycle))
	for cell, f := range map[string]string{"F1": "=A1+1", "F2": "=1/(B3-3)", "F3": "=NOPE(B2)", "F4": "=2*(3+4", "F5": "=SUM(A1:)", "F6": "=3)"} {
		s.Set(cell, f)
	}
	for _, c := range []string{"F1", "F2", "F3", "F4", "F5", "F6"} {
		_, err := s.Value(c)
		fmt.Printf("%s %-10q -> %v\n", c, s.raw[c], err)
	}
}
