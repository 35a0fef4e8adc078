// An interpreter for a tiny Forth-like stack language: words, user definitions, conditionals,
// loops, and errors reported through recover.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrUnderflow = errors.New("stack underflow")

type VM struct {
	stack []int
	words map[string][]string
	out   strings.Builder
	steps int
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

// findMatch returns the index of the token closing the block opened at i.
func findMatch(toks []string, i int, open, mid, close string) (int, int) {
	depth, m := 0, -1
	for j := i + 1; j < len(toks); j++ {
		switch toks[j] {
		case open:
			depth++
		case close:
			if depth == 0 {
				return m, j
			}
			depth--
		case mid:
			if depth == 0 {
				m = j
			}
		}
	}
	panic(fmt.Errorf("unterminated %s", open))
}

func (vm *VM) run(toks []string) {
	for i := 0; i < len(toks); i++ {
		vm.steps++
		if vm.steps > 5000 {
			panic(errors.New("step limit exceeded"))
		}
		t := toks[i]
		if n, err := strconv.Atoi(t); err == nil {
			vm.push(n)
			continue
		}
		if def, ok := vm.words[t]; ok {
			vm.run(def)
			continue
		}
		switch t {
		case "+", "-", "*", "/", "mod", "<", ">", "=":
			b, a := vm.pop(), vm.pop()
			vm.push(binop(t, a, b))
		case "dup":
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case "drop":
			vm.pop()
		case "swap":
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case "over":
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case ".":
			fmt.Fprintf(&vm.out, "%d ", vm.pop())
		case "emit":
			vm.out.WriteRune(rune(vm.pop()))
		case "cr":
			vm.out.WriteByte('\n')
		case ":":
			end := i + 1
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			if end == len(toks) || end == i+1 {
				panic(errors.New("bad definition"))
			}
			vm.words[toks[i+1]] = append([]string(nil), toks[i+2:end]...)
			i = end
		case "if":
			els, then := findMatch(toks, i, "if", "else", "then")
			cond := vm.pop()
			if els < 0 {
				els = then
			}
			if cond != 0 {
				vm.run(toks[i+1 : els])
			} else if els != then {
				vm.run(toks[els+1 : then])
			}
			i = then
		case "times":
			_, end := findMatch(toks, i, "times", "", "loop")
			n := vm.pop()
			for k := 0; k < n; k++ {
				vm.run(toks[i+1 : end])
			}
			i = end
		default:
			panic(fmt.Errorf("unknown word %q", t))
		}
	}
}

func binop(op string, a, b int) int {
	b2i := map[bool]int{true: -1, false: 0}
	switch op {
	case "+":
		return a + b
	case "-":
		return a - b
	case "*":
		return a * b
	case "/":
		return a / b // may panic: integer divide by zero
	case "mod":
		return a % b
	case "<":
		return b2i[a < b]
	case ">":
		return b2i[a > b]
	}
	return b2i[a == b]
}

func (vm *VM) Exec(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = x
			default:
				err = fmt.Errorf("%v", x)
			}
		}
	}()
	vm.run(strings.Fields(src))
	return nil
}

func main() {
	vm := &VM{words: map[string][]string{}}
	programs := []string{
		"2 3 + 4 * .",
		"10 3 mod . 10 3 / . -7 2 / . -7 2 mod .",
		": sq dup * ; : cube dup sq * ; 5 sq . 3 cube .",
		"1 2 over . . .",
		"72 emit 105 emit 33 emit cr",
		"5 3 < . 3 5 < . 4 4 = .",
		": abs dup 0 < if 0 swap - then ; -9 abs . 9 abs .",
		": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 8 sign .",
		"1 10 times dup . 2 * loop drop",
		": fact 1 swap times over * swap 1 - swap loop swap drop ; 5 5 fact . 10 10 fact .",
		"0 1 15 times over . swap over + loop drop drop cr",
		"3 times 42 emit 2 times 45 emit loop loop cr",
		"1 +",
		"5 0 /",
		"1 2 frob",
		": broken",
		"1 if 2 .",
		": forever 1 times forever loop ; forever",
	}
	for _, p := range programs {
		vm.stack = vm.stack[:0]
		vm.out.Reset()
		vm.steps = 0
		err := vm.Exec(p)
		fmt.Printf("> %s\n", p)
		if s := vm.out.String(); s != "" {
			fmt.Printf("  output: %q\n", s)
		}
		if err != nil {
			fmt.Printf("  error: %v (underflow=%t)\n", err, errors.Is(err, ErrUnderflow))
		}
		fmt.Printf("  stack: %v steps=%d\n", vm.stack, vm.steps)
	}
	fmt.Println("defined words:", len(vm.words))
}
