#!/usr/bin/env python3
"""runtime/testgen/gen_fmt_composite.py: regenerates the Go-oracle table of
test/unit/fmt_composite_test.cpp (between the GENERATED markers): what real Go prints for
composite values (structs, pointers, slices, arrays, maps, interfaces, funcs, chans), named
types with String/Error/GoString methods, panicking methods, nil receivers, fmt.Errorf's %w.

Each operand set has a name; VALUES below gives its Go expressions, and the C++ test builds
the same values by hand under the same name (descriptors + memory, see the test's
`operands`). Keep the two in step: a name missing on the C++ side fails the test.

Rows whose Go output contains addresses (0xc000012345, or a func's code address) are marked:
the test compares them after replacing every address-like number on both sides by "PTR".
A fmt call that panics (a panic while printing a method's panic) is recorded as
"PANIC: " + fmt.Sprint(recovered value).

Run it with `go` (1.19, the oracle) installed:
    /usr/bin/python3 runtime/testgen/gen_fmt_composite.py
"""
import json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEST = os.path.join(ROOT, "test", "unit", "fmt_composite_test.cpp")

GO_TYPES = r'''
type Point struct{ X, Y int }

type pair struct {
	a int
	b string
}

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	case 2:
		return "Blue"
	}
	return "Color(" + strconv.Itoa(int(c)) + ")"
}

type Temp float64

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type Named struct{ Name string }

func (n Named) String() string { return "Named<" + n.Name + ">" }

type GoS int

func (g GoS) GoString() string { return "GoS!" + strconv.Itoa(int(g)) }
func (g GoS) String() string   { return "gos" }

type Panicky int

func (p Panicky) String() string { panic("boom") }

type PanicErr int

func (p PanicErr) String() string { panic(errors.New("bad")) }

type PanicInt int

func (p PanicInt) Error() string { panic(42) }

// Its String panics with a value whose Error panics too: the second panic escapes fmt.
type PanicTwice int
type twiceErr int

func (t twiceErr) Error() string  { panic("inner") }
func (p PanicTwice) String() string { panic(twiceErr(0)) }

type Node struct{ V int }

func (n *Node) String() string { return "Node" + strconv.Itoa(n.V) }

type Val struct{ V int }

func (v Val) String() string { return "Val" + strconv.Itoa(v.V) }

type Wrapper struct {
	C Color
	c Color
	S fmt.Stringer
	E error
}

type Embed struct {
	Point
	pair
	Z float64
}

type Bytes []byte

type IntErr int

func (e IntErr) Error() string { return "interr" }

type ErrStr string

func (e ErrStr) Error() string { return "errstr:" + string(e) }

type Deep struct {
	A []map[string]Point
	G GoS
	n Named
	N Named
}

type Holder struct {
	P *Point
	N *Point
	F func()
	Ch chan int
}

func runtimeErr(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}
'''

# name -> Go expressions of the operands.
VALUES = {
    "point": ["Point{1, -2}"],
    "pointptr": ["&Point{1, 2}"],
    "pointnilptr": ["(*Point)(nil)"],
    "pair": ['pair{-3, "x y"}'],
    "color": ["Color(1)"],
    "color9": ["Color(9)"],
    "colors": ["[]Color{0, 2, 5}"],
    "colorarr": ["[2]Color{1, 0}"],
    "temp": ["Temp(36.6)"],
    "temps": ["[]Temp{1.5, -2}"],
    "myerr": ["&MyErr{7}"],
    "myerrval": ["MyErr{7}"],
    "named": ['Named{"n"}'],
    "namedptr": ['&Named{"p"}'],
    "gos": ["GoS(3)"],
    "panicky": ["Panicky(1)"],
    "panicerr": ["PanicErr(2)"],
    "panicint": ["PanicInt(3)"],
    "panictwice": ["PanicTwice(4)"],
    "panickys": ["[]Panicky{1, 2}"],
    "nodenil": ["(*Node)(nil)"],
    "node": ["&Node{4}"],
    "valnil": ["(*Val)(nil)"],
    "val": ["Val{5}"],
    "wrapper": ['Wrapper{C: 1, c: 2, S: Named{"s"}, E: &MyErr{3}}'],
    "wrappernil": ["Wrapper{}"],
    "embed": ['Embed{Point{1, 2}, pair{3, "q"}, 1.5}'],
    "anon": ['struct {\n\t\tX int\n\t\ty string\n\t}{1, "z"}'],
    "anonempty": ["struct{}{}"],
    "ints": ["[]int{1, -2, 3}"],
    "intsnil": ["[]int(nil)"],
    "intsempty": ["[]int{}"],
    "strs": ['[]string{"a", "b c", ""}'],
    "bytes": ['[]byte("hi\\x00")'],
    "bytesnil": ["[]byte(nil)"],
    "namedbytes": ['Bytes("ok")'],
    "bytearr": ["[3]byte{'a', 'b', 'c'}"],
    "matrix": ["[2][2]int{{1, 2}, {3, 4}}"],
    "nested": ['[][]string{{"a"}, nil, {}}'],
    "anys": ['[]any{1, "a", nil, Point{1, 2}, Color(2), 2.5, true, int8(-1)}'],
    "errs": ["[]error{nil, &MyErr{1}, IntErr(0)}"],
    "floats": ["[]float64{1, 2.5, math.Inf(1), math.NaN(), -0.125}"],
    "mapsi": ['map[string]int{"b": 2, "a": 1, "c": 3}'],
    "mapis": ['map[int]string{-1: "neg", 10: "ten", 2: "two"}'],
    "mapfloat": ['map[float64]string{math.NaN(): "nan", math.Inf(-1): "-inf", 0: "zero", 1.5: "x", math.Inf(1): "inf"}'],
    "mapbool": ["map[bool]int{true: 1, false: 0}"],
    "mappoint": ['map[Point]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}'],
    "maparr": ["map[[2]int]bool{{2, 0}: true, {1, 5}: false}"],
    "mapany": ['map[any]int{nil: 0, 1: 1, "a": 2, 2: 3, "b": 4, 2.5: 5, true: 6}'],
    "mapcolor": ["map[Color]int{2: 1, 0: 2, 1: 3}"],
    "mapslice": ['map[string][]int{"x": {1}, "y": nil}'],
    "mapmap": ['map[string]map[string]int{"o": {"i": 1}, "e": nil}'],
    "mapnil": ["map[string]int(nil)"],
    "mapempty": ["map[string]int{}"],
    "mapptr": ['&map[string]int{"a": 1}'],
    "mapu8": ['map[uint8]string{200: "x", 3: "y"}'],
    "mapint8": ["map[int8]int{-128: 1, 127: 2, 0: 3}"],
    "maptemp": ["map[Temp]int{2.5: 1, -1: 2}"],
    "mapanymixed": ['map[any]int{int8(3): 1, uint(2): 2, Color(1): 3, Temp(2): 4, Point{1, 2}: 5, [2]int{1, 2}: 6, "s": 7, (*Point)(nil): 8, false: 9, IntErr(1): 10}'],
    "mapifacepoint": ['map[any]string{Point{2, 1}: "p21", Point{1, 2}: "p12", Point{1, -1}: "p1-1"}'],
    "mapanyval": ['map[string]any{"n": nil, "p": Point{1, 2}, "c": Color(0), "s": "str"}'],
    "arrptr": ["&[2]int{1, 2}"],
    "sliceptr": ['&[]string{"a"}'],
    "intptr": ["new(int)"],
    "holder": ["Holder{P: &Point{}, F: func() {}, Ch: make(chan int)}"],
    "holdernil": ["Holder{}"],
    "ptrptr": ["func() **Point { p := &Point{}; return &p }()"],
    "fn": ["func() {}"],
    "fnnil": ["(func())(nil)"],
    "ch": ["make(chan int)"],
    "chnil": ["(chan int)(nil)"],
    "interr": ["IntErr(3)"],
    "errstr": ['ErrStr("es")'],
    "deep": ['Deep{A: []map[string]Point{{"k": {1, 2}}, nil}, G: 1, n: Named{"hidden"}, N: Named{"shown"}}'],
    "boundserr": ["runtimeErr(func() { var s []int; i := 5; _ = s[i] })"],
    "divideerr": ["runtimeErr(func() { a, b := 1, 0; _ = a / b })"],
    "nilmaperr": ["runtimeErr(func() { var m map[string]int; m[\"a\"] = 1 })"],
    "nilany": ["nil"],
    "asserterr": ["runtimeErr(func() { var x any = 1; _ = x.(string) })"],
    "runes": ["[]rune{'a', 0xe9, 0x1F600}"],
    "anyptrs": ["[]any{&Point{1, 2}, (*Point)(nil), &[]int{1}}"],
    "namedstrs": ['[]Named{{"a"}, {"bc"}}'],
    "println_mix": ["Point{1, 2}", "&Point{3, 4}", "nil", "Color(1)", '"s"', "[]int{5}"],
    "print_mix": ['"a"', "Point{1, 2}", "Color(1)", '"b"', "3", "4"],
    "two_colors": ["Color(1)", "Color(2)"],
    "two_rterrs": ["runtimeErr(func() { var s []int; i := -1; _ = s[i] })", "runtimeErr(func() { var s []int; i := 5; _ = s[:i] })",
                   "runtimeErr(func() { a, b := 1, 0; _ = a % b })", "runtimeErr(func() { var m map[int]int; m[1] = 1 })"],
    "err_and_int": ["&MyErr{1}", "5"],
    "two_errs": ["&MyErr{1}", "&MyErr{2}"],
    "str_err": ['"x"', "&MyErr{9}"],
    "nil_err": ["nil"],
}

V = ["%v", "%+v", "%#v", "%T", "%s", "%d", "%x", "%X", "%q", "%6v|", "%-6v|", "%t", "%.1f",
     "%05d", "%+q", "%#x", "% x", "%+d", "%#o", "%c", "%U", "%08.3f", "%-10s|", "%e", "%.2s", "%b"]
PTRV = ["%v", "%+v", "%#v", "%T", "%p", "%s", "%t", "%#p"]  # (no widths: address lengths differ)
ERRV = ["%v", "%s", "%q", "%T", "%x", "%10.4v|"]

# (value name, formats); a format with several verbs gets the operands once each, in order.
PRINTF = [(n, V) for n in [
    "point", "pointptr", "pair", "color", "color9", "colors", "colorarr", "temp", "temps",
    "myerr", "myerrval", "named", "namedptr", "gos", "panicky", "panicerr", "panicint",
    "panickys", "nodenil", "node", "valnil", "val", "wrapper", "wrappernil", "embed",
    "anon", "anonempty", "ints", "intsnil", "intsempty", "strs", "bytes", "bytesnil",
    "namedbytes", "bytearr", "matrix", "nested", "anys", "errs", "floats", "mapsi", "mapis",
    "mapfloat", "mapbool", "mappoint", "maparr", "mapany", "mapcolor", "mapslice", "mapmap",
    "mapnil", "mapempty", "mapptr", "mapu8", "mapint8", "maptemp", "mapanymixed", "mapifacepoint",
    "mapanyval", "arrptr", "sliceptr", "interr", "errstr", "deep", "pointnilptr", "nilany", "runes", "namedstrs"]]
PRINTF += [(n, PTRV) for n in ["intptr", "holder", "holdernil", "ptrptr", "fn", "fnnil", "ch",
                               "chnil", "pointptr", "pointnilptr", "mapnil", "mapsi", "ints",
                               "intsnil", "nodenil", "anyptrs"]]
PRINTF += [(n, ERRV) for n in ["boundserr", "divideerr", "nilmaperr", "asserterr"]]
PRINTF += [(n, ["%d", "%+v", "%#v", "%x"]) for n in ["boundserr", "divideerr", "nilmaperr"]]
PRINTF += [("boundserr", ["%v %v"]), ("asserterr", ["%+v"])]
PRINTF += [
    ("panictwice", ["%v"]), ("panictwice", ["%d"]),
    ("two_colors", ["%v %d", "%s|%x|%X", "%[2]v %[1]v", "%v", "x", "%08v|%-8v|", "%[1]d %#[1]v %[2]T"]),
    ("err_and_int", ["%w %d", "%v %w", "%s"]),
    ("point", ["%w", "%!", "%[3]v", "%"]),
    ("myerr", ["%w", "%#w", "%+w"]),
    ("nilany", ["%w", "%d", "%s"]),
]
PRINTS = ["println_mix", "print_mix", "two_colors", "anys", "nilany", "boundserr", "two_rterrs"]
ERRORF = [
    ("wrap: %w", "myerr"), ("%w and %w", "two_errs"), ("%w", "color"), ("%w", "nilany"),
    ("%[2]w %[1]v", "str_err"), ("%v", "myerr"), ("%#w", "myerr"), ("%w %d", "err_and_int"),
    ("%d %w", "err_and_int"), ("%w", "interr"), ("%5w|", "errstr"), ("%w %w", "str_err"),
]

GO_HEAD = '''package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
)
''' + GO_TYPES + '''
var enc = json.NewEncoder(os.Stdout)

// Strings travel as hex: encoding/json would replace invalid UTF-8.
func emit(name, op, f, out string, wrapped int) {
	enc.Encode(map[string]any{"name": name, "op": op, "fmt": fmt.Sprintf("%x", f), "out": fmt.Sprintf("%x", out), "wrapped": wrapped})
}

func try(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "PANIC: " + fmt.Sprint(r)
		}
	}()
	return f()
}

func printf(name, f string, a []any) {
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] == '%' {
			n++
		}
	}
	var args []any
	for len(args) < n || len(args) == 0 {
		args = append(args, a...)
		if n == 0 || len(a) > 1 {
			break
		}
	}
	emit(name, "printf", f, try(func() string { return fmt.Sprintf(f, args...) }), -1)
}

func errorf(name, f string, a []any) {
	err := fmt.Errorf(f, a...)
	w := -1
	if u := errors.Unwrap(err); u != nil {
		for i, x := range a {
			if e, ok := x.(error); ok && e == u {
				w = i
			}
		}
	}
	emit(name, "errorf", f, err.Error(), w)
}

func main() {
'''


def go_str(s):
    return json.dumps(s)


# Operand sets holding nested pointers, whose addresses these verbs would print in octal or
# binary (not recognisable as addresses).
NO_RADIX = {"wrapper", "errs"}


def build_go():
    body = []
    for name, exprs in VALUES.items():
        body.append(f"\tv_{name} := []any{{{', '.join(exprs)}}}")
        body.append(f"\t_ = v_{name}")
    for name, fmts in PRINTF:
        for f in fmts:
            if name in NO_RADIX and f in ("%#o", "%b"):
                continue
            body.append(f"\tprintf({go_str(name)}, {go_str(f)}, v_{name})")
    for name in PRINTS:
        body.append(f"\temit({go_str(name)}, \"print\", \"\", try(func() string {{ return fmt.Sprint(v_{name}...) }}), -1)")
        body.append(f"\temit({go_str(name)}, \"println\", \"\", try(func() string {{ return fmt.Sprintln(v_{name}...) }}), -1)")
    for f, name in ERRORF:
        body.append(f"\terrorf({go_str(name)}, {go_str(f)}, v_{name})")
    return GO_HEAD + "\n".join(body) + "\n}\n"


def cpp_str(b):
    out = []
    for x in b:
        c = chr(x)
        if c in '"\\?':
            out.append("\\" + c)
        elif 32 <= x < 127:
            out.append(c)
        else:
            out.append("\\%03o" % x)
    return '"' + "".join(out) + '"sv'


# Go heap addresses (0xc000012345 and its decimal and bare-hex forms) and code addresses of
# funcs (0x47e0a0).
ADDR = re.compile(rb"0xc[0-9a-f]{9}|\bc[0-9a-f]{9}\b|\b8246\d{8}\b|\b(0x)?4[0-9a-f]{5}\b")


def main():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "oracle.go")
        open(src, "w").write(build_go())
        p = subprocess.run(["go", "run", src], capture_output=True)
        if p.returncode != 0:
            sys.stderr.write(p.stderr.decode())
            sys.exit(1)
    rows = []
    for ln in p.stdout.decode().splitlines():
        c = json.loads(ln)
        out = bytes.fromhex(c["out"])
        addr = "true" if ADDR.search(out) else "false"
        op = {"printf": "Printf", "print": "Print", "println": "Println", "errorf": "Errorf"}[c["op"]]
        rows.append(f"    {{{go_str(c['name'])}sv, Op::{op}, {cpp_str(bytes.fromhex(c['fmt']))}, "
                    f"{cpp_str(out)}, {addr}, {c['wrapped']}}},")
    version = subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip()
    gen = [f"// GENERATED-BEGIN by runtime/testgen/gen_fmt_composite.py from {version}; do not edit.",
           "const CompositeCase kGoCompositeCases[] = {"] + rows + ["};", "// GENERATED-END"]
    text = open(TEST).read()
    text = re.sub(r"// GENERATED-BEGIN.*?// GENERATED-END", lambda m: "\n".join(gen), text, flags=re.S)
    open(TEST, "w").write(text)
    print(f"{len(rows)} cases -> {TEST}")


if __name__ == "__main__":
    main()
