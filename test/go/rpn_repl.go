// A REPL reading expressions from stdin: shunting-yard conversion of integer infix
// expressions to RPN (with unary minus and right-associative ^), RPN evaluation with
// overflow detection against math.MaxInt64, and per-line error messages.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "neg": 3, "^": 4}

var ErrOverflow = errors.New("integer overflow")

func tokens(s string) ([]string, error) {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z') {
				j++
			}
			out = append(out, s[i:j])
			i = j
		case strings.IndexByte("+-*/%^()", c) >= 0:
			out = append(out, string(c))
			i++
		default:
			return nil, fmt.Errorf("bad character %q", c)
		}
	}
	return out, nil
}

func toRPN(toks []string) ([]string, error) {
	var out, ops []string
	prevOperand := false
	for _, t := range toks {
		switch {
		case t == "(":
			if prevOperand {
				return nil, errors.New("missing operator before (")
			}
			ops = append(ops, t)
		case t == ")":
			for len(ops) > 0 && ops[len(ops)-1] != "(" {
				out, ops = append(out, ops[len(ops)-1]), ops[:len(ops)-1]
			}
			if len(ops) == 0 {
				return nil, errors.New("unbalanced )")
			}
			ops = ops[:len(ops)-1]
			prevOperand = true
			continue
		case prec[t] > 0:
			if t == "-" && !prevOperand {
				t = "neg"
			} else if !prevOperand {
				return nil, fmt.Errorf("operator %s missing left operand", t)
			}
			for len(ops) > 0 {
				top := ops[len(ops)-1]
				if top == "(" || prec[top] < prec[t] || (prec[top] == prec[t] && (t == "^" || t == "neg")) {
					break
				}
				out, ops = append(out, top), ops[:len(ops)-1]
			}
			ops = append(ops, t)
			prevOperand = false
			continue
		default:
			if prevOperand {
				return nil, fmt.Errorf("missing operator before %q", t)
			}
			out = append(out, t)
		}
		prevOperand = t != "("
	}
	for len(ops) > 0 {
		top := ops[len(ops)-1]
		if top == "(" {
			return nil, errors.New("unbalanced (")
		}
		out, ops = append(out, top), ops[:len(ops)-1]
	}
	return out, nil
}

func apply(op string, a, b int64) (int64, error) {
	switch op {
	case "+":
		if (b > 0 && a > math.MaxInt64-b) || (b < 0 && a < math.MinInt64-b) {
			return 0, ErrOverflow
		}
		return a + b, nil
	case "-":
		return apply("+", a, -b)
	case "*":
		if a != 0 && (a*b)/a != b {
			return 0, ErrOverflow
		}
		return a * b, nil
	case "/", "%":
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		if op == "/" {
			return a / b, nil
		}
		return a % b, nil
	case "^":
		r, err := int64(1), error(nil)
		for i := int64(0); i < b && err == nil; i++ {
			r, err = apply("*", r, a)
		}
		return r, err
	}
	return 0, fmt.Errorf("unknown operator %s", op)
}

func evalRPN(rpn []string) (int64, error) {
	var st []int64
	for _, t := range rpn {
		if t == "neg" {
			if len(st) < 1 {
				return 0, errors.New("stack underflow")
			}
			st[len(st)-1] = -st[len(st)-1]
			continue
		}
		if _, isOp := prec[t]; isOp {
			if len(st) < 2 {
				return 0, errors.New("stack underflow")
			}
			a, b := st[len(st)-2], st[len(st)-1]
			r, err := apply(t, a, b)
			if err != nil {
				return 0, fmt.Errorf("%d %s %d: %w", a, t, b, err)
			}
			st = append(st[:len(st)-2], r)
			continue
		}
		n, err := strconv.ParseInt(t, 10, 64)
		if err != nil {
			return 0, err
		}
		st = append(st, n)
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("malformed expression (%d values left)", len(st))
	}
	return st[0], nil
}

func main() {
	in := bufio.NewReader(os.Stdin)
	for n := 1; ; n++ {
		line, err := in.ReadString('\n')
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			process(n, line)
		}
		if err == io.EOF {
			break
		}
	}
}

func process(n int, line string) {
	toks, err := tokens(line)
	var rpn []string
	if err == nil {
		rpn, err = toRPN(toks)
	}
	var v int64
	if err == nil {
		v, err = evalRPN(rpn)
	}
	if err != nil {
		fmt.Printf("%2d: error: %v (overflow=%t)\n", n, err, errors.Is(err, ErrOverflow))
		return
	}
	fmt.Printf("%2d: %-20d [rpn: %s]\n", n, v, strings.Join(rpn, " "))
}
