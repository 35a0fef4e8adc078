#!/usr/bin/env python3
"""runtime/testgen/gen_fmt_cases.py: regenerates the Go-oracle tables in
test/unit/runtime_test.cpp (between the GENERATED markers).

Each case is a Go expression list plus a format; the script writes a Go program that
evaluates every operand, records its kind/type name/bits and what real Go prints
(fmt.Sprintf/Sprint/Sprintln, and builtin println for runtime float printing), and turns
that into C++ table rows. Run it with `go` installed:
    python3 runtime/testgen/gen_fmt_cases.py
CI never runs it; it only compiles and checks the generated table.
"""
import json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TEST = os.path.join(ROOT, "test", "unit", "runtime_test.cpp")

INTS = ["int(0)", "int(5)", "int(-5)", "int(42)", "int(-1)", "math.MaxInt64", "math.MinInt64",
        "int8(-128)", "int8(127)", "int16(-32768)", "int32(-2147483648)", "int32(0x1F600)",
        "int32('x')", "int32(0xD800)", "int(0x110000)", "uint8(255)", "uint16(65535)",
        "uint32(4294967295)", "uint64(math.MaxUint64)", "uintptr(0x1234)", "int64(1234567)",
        "uint(7)", "int32(0x7f)", "int32(0xe9)"]
INT_VERBS = ["%v", "%d", "%+d", "%x", "%X", "%o", "%O", "%b", "%c", "%q", "%U", "%#U", "%#x",
             "%#X", "%#o", "%#b", "%5d", "%-5d|", "%05d", "%+05d", "%.3d", "%8.3d", "% d", "%#v",
             "%+v", "%+q", "%s", "%t", "%f", "%e", "%.0d", "%5.0d", "%T", "%08x", "%-#8x|", "% x"]
FLOATS = ["0.0", "negzero()", "1.0", "-1.5", "1e20", "1e21", "1e-4", "1e-5", "f64(0.1)+f64(0.2)",
          "math.MaxFloat64", "math.SmallestNonzeroFloat64", "math.NaN()", "math.Inf(1)",
          "math.Inf(-1)", "100000.0", "1e6", "123456789.0", "1234567.0", "12345678.0",
          "0.000123", "0.00001234", "math.Pi", "2.5", "0.5", "f64(1)/f64(3)", "1e100",
          "123.456", "100.0", "1e15", "1e16", "-0.001", "999999.5", "0.125", "1.5e300",
          "float32(0.1)", "float32(f32(1)/f32(3))", "float32(16777216.0)", "float32(1e20)",
          "float32(math.MaxFloat32)", "float32(math.SmallestNonzeroFloat32)", "float32(-2.5)",
          "float32(1e-7)", "float32(123456789)", "float32(math.Inf(1))"]
FLOAT_VERBS = ["%v", "%e", "%E", "%f", "%F", "%g", "%G", "%.2f", "%.0f", "%8.3f", "%-8.3f|",
               "%08.3f", "%+.3e", "% f", "%#g", "%#.3g", "%#e", "%#f", "%.3g", "%.10g", "%b",
               "%x", "%X", "%.3x", "%#v", "%10v", "%+v", "% v", "%010v", "%+010.2f", "%.1e",
               "%.20f", "%d", "%s", "%T", "%.0e", "%#.0f", "%#.0e", "%g|%.1g|%.2g", "%-10.3g|", "%.3G"]
STRINGS = ['""', '"hi"', '"hello, world"', '"日本語"', '"a\\nb\\t\\"q\\"\\\\"', '"\\x00\\x7f\\xff"',
           '"\\u00e9"', '"`back`"', '"\\ufeff"', '"\\U0001F600"', '"héllo wörld"', '"\\u2028x"',
           '"\\a\\b\\f\\r\\v"', '"\\xed\\xa0\\x80"']
STRING_VERBS = ["%v", "%s", "%q", "%#q", "%+q", "%x", "%X", "% x", "%#x", "% #x", "%.2s",
                "%5s", "%-5s|", "%05s", "%.1q", "%#v", "%T", "%d", "%10.3q", "%.1x", "%5x", "%-8X|"]
BOOLS = ["true", "false"]
BOOL_VERBS = ["%v", "%t", "%5t", "%-6t|", "%d", "%s", "%q", "%#v", "%T"]

MISC_PRINTF = [
    ("%d %d", ["1"]), ("%d", ["1", '"a"', "nil"]), ("%!", ["1"]), ("%", []), ("abc%", ["1"]),
    ("%*d|%-*d|%.*f|%*d", ["5", "1", "5", "2", "2", "3.14159", '"x"', "3"]),
    ("%[2]d %[1]d", ["1", "2"]), ("%[5]d", ["1", "2"]), ("%[0]d", ["1"]), ("%[1]d %d", ["1", "2"]),
    ("%[2]*[1]d", ["12", "5"]), ("%[3]*.[2]*[1]f", ["12.0", "2", "6"]), ("%ä %p", ["1", "2"]),
    ("%5%|%-5%|%%", []), ("%d", ["nil"]), ("%v|%s|%T|%5v|%x", ["nil", "nil", "nil", "nil", "nil"]),
    ("%.*d", ["-1", "5"]), ("%*d", ["-5", "3"]), ("%*d", ["uint(3)", "4"]), ("%*d", ["10000000", "4"]),
    ("%.*d", ['"x"', "5"]), ("%-010d|", ["5"]), ("%0-10d|", ["5"]), ("no verbs", []),
    ("no verbs", ["1", "2.5", '"s"']), ("%v %v", ["int8(1)", "uint16(2)"]), ("%[x]d", ["1"]),
    ("%[1", ["1"]), ("%.", ["1"]), ("%.d", ["0"]), ("%10.d|", ["0"]), ("%3c|%-3c|", ["'x'", "'y'"]),
    ("%08.3d", ["-5"]), ("%+.3d|% .3d", ["5", "5"]), ("%x", ["-1"]), ("%#08x", ["255"]),
    ("%.5U|%#.5U|%10U|%-10U|", ["0x1F600", "'x'", "'x'", "'x'"]), ("%#U", ["0x10"]),
    ("%c|%q|%U|%#U", ["-1", "-1", "-1", "-1"]), ("%c %q", ["0x110000", "0x110000"]),
    ("%6.2v|%-9.4v|", ["3.14159", "2.0"]), ("%v %v", ["f32(0.1)", "float64(f32(0.1))"]),
]
PRINTS = [
    ["1", "2"], ['"a"', "1", "2", '"b"'], ["1", '"a"', "2"], ["nil", "nil"], ["1.5", "true"],
    ['"x"', '"y"'], ["3", '""', "4"], [], ["1e6", "float32(0.1)", "uint8(200)", "'x'"],
]
PRINT_FLOATS = ["0.0", "negzero()", "1.0", "-1.5", "1e20", "1e21", "1e-4", "1e-5",
                "f64(0.1)+f64(0.2)", "math.MaxFloat64", "math.SmallestNonzeroFloat64", "math.NaN()",
                "math.Inf(1)", "math.Inf(-1)", "100000.0", "123456789.0", "math.Pi", "2.5",
                "0.5", "f64(1)/f64(3)", "1e100", "123.456", "9.9999999", "0.99999995",
                "1e-300", "-1e300", "float64(float32(0.1))", "5e-324", "1e23", "7.0"]

# Pseudo-random floats (fixed seed): raw bit patterns, short decimals and float32 values,
# through the verbs whose digit generation differs (shortest, %e/%f/%g with precision).
RANDOM_FLOATS = """
	r := rand.New(rand.NewSource(1))
	verbs := []string{"%v", "%.3e", "%g", "%.5g", "%.17g", "%.2f", "%b", "%x"}
	for i := 0; i < 150; i++ {
		var x float64
		switch i % 3 {
		case 0:
			x = math.Float64frombits(r.Uint64())
		case 1:
			x = float64(r.Intn(2000000)-1000000) / math.Pow(10, float64(r.Intn(12)))
		case 2:
			x = math.Ldexp(r.Float64(), r.Intn(200)-100)
		}
		if math.IsNaN(x) {
			continue
		}
		for _, v := range verbs {
			if v == "%.2f" && math.Abs(x) > 1e30 {
				continue
			}
			emit("printf", v, []any{x}, fmt.Sprintf(v, x))
			if v != "%.17g" {
				x32 := float32(x)
				emit("printf", v, []any{x32}, fmt.Sprintf(v, x32))
			}
		}
	}
"""

GO_HEAD = """package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
)

func f64(x float64) float64 { return x }
func f32(x float32) float32 { return x }
func negzero() float64     { return math.Copysign(0, -1) }

type Arg struct {
	Kind string `json:"kind"`
	Name string `json:"name"`
	Bits uint64 `json:"bits"`
	Str  string `json:"str"`
}

func desc(a []any) []Arg {
	out := []Arg{}
	for _, x := range a {
		if x == nil {
			out = append(out, Arg{Kind: "nil"})
			continue
		}
		v := reflect.ValueOf(x)
		d := Arg{Kind: v.Kind().String(), Name: v.Type().String()}
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			d.Bits = uint64(v.Int())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			d.Bits = v.Uint()
		case reflect.Float32:
			d.Bits = uint64(math.Float32bits(float32(v.Float())))
		case reflect.Float64:
			d.Bits = math.Float64bits(v.Float())
		case reflect.Bool:
			if v.Bool() {
				d.Bits = 1
			}
		case reflect.String:
			d.Str = fmt.Sprintf("%x", v.String())
		}
		out = append(out, d)
	}
	return out
}

var enc = json.NewEncoder(os.Stdout)

func emit(op, f string, a []any, out string) {
	// Strings travel as hex: encoding/json would replace invalid UTF-8.
	enc.Encode(map[string]any{"op": op, "fmt": fmt.Sprintf("%x", f), "args": desc(a), "out": fmt.Sprintf("%x", out)})
}

func main() {
"""


def go_str(s):
    return json.dumps(s)  # a JSON string literal is a valid Go interpreted string literal here


def build_go():
    body = []
    def printf(f, args):
        a = "[]any{" + ", ".join(args) + "}"
        body.append(f"\t{{ a := {a}; emit(\"printf\", {go_str(f)}, a, fmt.Sprintf({go_str(f)}, a...)) }}")
    for vals, verbs in ((INTS, INT_VERBS), (FLOATS, FLOAT_VERBS), (STRINGS, STRING_VERBS), (BOOLS, BOOL_VERBS)):
        for v in vals:
            for verb in verbs:
                n = verb.count("%")
                printf("[" + verb + "]", [v] * n)
    for f, args in MISC_PRINTF:
        printf(f, args)
    for args in PRINTS:
        a = "[]any{" + ", ".join(args) + "}"
        body.append(f"\t{{ a := {a}; emit(\"print\", \"\", a, fmt.Sprint(a...)) }}")
        body.append(f"\t{{ a := {a}; emit(\"println\", \"\", a, fmt.Sprintln(a...)) }}")
    for v in PRINT_FLOATS:  # runtime print: the text goes to stderr, one line per value
        body.append(f"\t{{ a := []any{{float64({v})}}; emit(\"printfloat\", \"\", a, \"\"); println({v}) }}")
    body.append(RANDOM_FLOATS)
    return GO_HEAD + "\n".join(body) + "\n}\n"


CPP_KIND = {"bool": "Bool", "int": "Int", "int8": "Int8", "int16": "Int16", "int32": "Int32",
            "int64": "Int64", "uint": "Uint", "uint8": "Uint8", "uint16": "Uint16",
            "uint32": "Uint32", "uint64": "Uint64", "uintptr": "Uintptr", "float32": "Float32",
            "float64": "Float64", "string": "String", "nil": "Nil"}


def cpp_str(s):
    """A C++ string literal (bytes exact) safe for any content."""
    out = []
    for b in s.encode("utf-8", "surrogateescape") if isinstance(s, str) else s:
        # (bytes from the hex fields, str for println's stderr lines)
        c = chr(b)
        if c in '"\\?':
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    return '"' + "".join(out) + '"sv'


def cpp_arg(a):
    k = CPP_KIND[a["kind"]]
    if a["kind"] == "string":
        return f"A::Str({cpp_str(bytes.fromhex(a['str']))})"
    if a["kind"] == "nil":
        return "A::Nil()"
    return f"A::{k}(0x{a['bits']:x}ull)"


def main():
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "oracle.go")
        open(src, "w").write(build_go())
        p = subprocess.run(["go", "run", src], capture_output=True)
        if p.returncode != 0:
            sys.stderr.write(p.stderr.decode())
            sys.exit(1)
    # Go's JSON escapes invalid UTF-8 as U+FFFD; decode strings from raw bytes instead.
    lines = p.stdout.decode("utf-8", "surrogateescape").splitlines()
    stderr_lines = p.stderr.decode("utf-8", "surrogateescape").splitlines()
    fmt_rows, float_rows = [], []
    for ln in lines:
        c = json.loads(ln)
        args = ", ".join(cpp_arg(a) for a in c["args"])
        if c["op"] == "printfloat":
            float_rows.append(f"    {{0x{c['args'][0]['bits']:x}ull, {cpp_str(stderr_lines[len(float_rows)])}}},")
        else:
            fmt_rows.append(f"    {{Op::{c['op'].capitalize()}, {cpp_str(bytes.fromhex(c['fmt']))}, {{{args}}}, {cpp_str(bytes.fromhex(c['out']))}}},")
    gen = ["// GENERATED-BEGIN by runtime/testgen/gen_fmt_cases.py from " +
           subprocess.run(["go", "version"], capture_output=True, text=True).stdout.strip() + "; do not edit.",
           "const FmtCase kGoFmtCases[] = {"] + fmt_rows + ["};", "const PrintFloatCase kGoPrintFloatCases[] = {"] + \
          float_rows + ["};", "// GENERATED-END"]
    text = open(TEST).read()
    text = re.sub(r"// GENERATED-BEGIN.*?// GENERATED-END", lambda m: "\n".join(gen), text, flags=re.S)
    open(TEST, "w").write(text)
    print(f"{len(fmt_rows)} fmt cases, {len(float_rows)} print-float cases -> {TEST}")


if __name__ == "__main__":
    main()
