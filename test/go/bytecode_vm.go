// A simple bytecode VM: a compiler from a small AST (assignments, while loops, if, print)
// to stack bytecode with jumps, a disassembler, and an interpreter with a trace counter.
package main

import (
	"fmt"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	LOAD
	STORE
	ADD
	SUB
	MUL
	MOD
	LT
	EQ
	JMP
	JZ
	PRINT
	HALT
)

var opNames = [...]string{"PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "MOD", "LT", "EQ", "JMP", "JZ", "PRINT", "HALT"}

func (o Op) String() string { return opNames[o] }

type Instr struct {
	Op  Op
	Arg int
}

type Expr interface{} // AST
type Num int
type Var string
type BinOp struct {
	Op   Op
	L, R Expr
}
type Stmt interface{}
type Assign struct {
	Name string
	Val  Expr
}
type While struct {
	Cond Expr
	Body []Stmt
}
type If struct {
	Cond       Expr
	Then, Else []Stmt
}
type Print struct{ Val Expr }

type Compiler struct {
	code  []Instr
	slots map[string]int
	names []string
}

func (c *Compiler) emit(op Op, arg int) int {
	c.code = append(c.code, Instr{op, arg})
	return len(c.code) - 1
}

func (c *Compiler) slot(name string) int {
	if s, ok := c.slots[name]; ok {
		return s
	}
	c.slots[name] = len(c.names)
	c.names = append(c.names, name)
	return c.slots[name]
}

func (c *Compiler) expr(e Expr) {
	switch e := e.(type) {
	case Num:
		c.emit(PUSH, int(e))
	case Var:
		c.emit(LOAD, c.slot(string(e)))
	case BinOp:
		c.expr(e.L)
		c.expr(e.R)
		c.emit(e.Op, 0)
	default:
		panic(fmt.Sprintf("bad expr %T", e))
	}
}

func (c *Compiler) stmts(ss []Stmt) {
	for _, s := range ss {
		switch s := s.(type) {
		case Assign:
			c.expr(s.Val)
			c.emit(STORE, c.slot(s.Name))
		case Print:
			c.expr(s.Val)
			c.emit(PRINT, 0)
		case While:
			top := len(c.code)
			c.expr(s.Cond)
			jz := c.emit(JZ, -1)
			c.stmts(s.Body)
			c.emit(JMP, top)
			c.code[jz].Arg = len(c.code)
		case If:
			c.expr(s.Cond)
			jz := c.emit(JZ, -1)
			c.stmts(s.Then)
			if s.Else != nil {
				j := c.emit(JMP, -1)
				c.code[jz].Arg = len(c.code)
				c.stmts(s.Else)
				c.code[j].Arg = len(c.code)
			} else {
				c.code[jz].Arg = len(c.code)
			}
		}
	}
}

func Run(code []Instr, nvars int, out *strings.Builder) (steps int) {
	vars := make([]int, nvars)
	var stack []int
	pop := func() (v int) {
		v, stack = stack[len(stack)-1], stack[:len(stack)-1]
		return
	}
	b2i := map[bool]int{true: 1}
	for pc := 0; ; steps++ {
		in := code[pc]
		pc++
		switch in.Op {
		case PUSH:
			stack = append(stack, in.Arg)
		case LOAD:
			stack = append(stack, vars[in.Arg])
		case STORE:
			vars[in.Arg] = pop()
		case ADD, SUB, MUL, MOD, LT, EQ:
			r, l := pop(), pop()
			res := map[Op]int{ADD: l + r, SUB: l - r, MUL: l * r, LT: b2i[l < r], EQ: b2i[l == r]}[in.Op]
			if in.Op == MOD {
				res = l % r
			}
			stack = append(stack, res)
		case JMP:
			pc = in.Arg
		case JZ:
			if pop() == 0 {
				pc = in.Arg
			}
		case PRINT:
			fmt.Fprintf(out, "%d ", pop())
		case HALT:
			return steps
		}
	}
}

func main() {
	prog := []Stmt{ // n = 1; while n < 200 { if n%3 == 0 { print n*n } else { total += n }; n = 2n+1 }
		Assign{"n", Num(1)}, Assign{"total", Num(0)},
		While{BinOp{LT, Var("n"), Num(200)}, []Stmt{
			If{BinOp{EQ, BinOp{MOD, Var("n"), Num(3)}, Num(0)},
				[]Stmt{Print{BinOp{MUL, Var("n"), Var("n")}}},
				[]Stmt{Assign{"total", BinOp{ADD, Var("total"), Var("n")}}}},
			Assign{"n", BinOp{ADD, BinOp{MUL, Var("n"), Num(2)}, Num(1)}},
		}},
		Print{Var("total")},
		// gcd(1071, 462) by repeated subtraction
		Assign{"a", Num(1071)}, Assign{"b", Num(462)},
		While{BinOp{SUB, Num(1), BinOp{EQ, Var("a"), Var("b")}}, []Stmt{
			If{BinOp{LT, Var("a"), Var("b")},
				[]Stmt{Assign{"b", BinOp{SUB, Var("b"), Var("a")}}},
				[]Stmt{Assign{"a", BinOp{SUB, Var("a"), Var("b")}}}},
		}},
		Print{Var("a")},
	}
	c := &Compiler{slots: map[string]int{}}
	c.stmts(prog)
	c.emit(HALT, 0)
	code, names := c.code, c.names
	fmt.Println("variables:", names)
	for i, in := range code {
		if in.Op == LOAD || in.Op == STORE {
			fmt.Printf("%03d  %-6v %d (%s)\n", i, in.Op, in.Arg, names[in.Arg])
		} else {
			fmt.Printf("%03d  %-6v %d\n", i, in.Op, in.Arg)
		}
	}
	var out strings.Builder
	steps := Run(code, len(names), &out)
	fmt.Printf("output: %s\nsteps: %d, code size %d\n", strings.TrimSpace(out.String()), steps, len(code))
	fmt.Printf("%v %+v\n", code[0], code[len(code)-1])
}
