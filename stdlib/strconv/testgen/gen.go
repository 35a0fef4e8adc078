// gen.go: prints the test vectors of stdlib/strconv (<build>/test/testdata/strconv_vectors.inc,
// written by the build: test/CMakeLists.txt):
// inputs and the exact results real Go's strconv gives for them, as C++ initializers for the
// tables test/unit/strconv_test.cpp declares.
//
// Run: go run stdlib/strconv/testgen/gen.go > strconv_vectors.inc
//      go run stdlib/strconv/testgen/gen.go -scale 50 > /tmp/big.inc   (a heavier run, by hand)
//
// Inputs: every string literal and every float formatting case in Go's own strconv tests
// (read as data from GOROOT), hand-picked edge cases (bounds of every bit size in every
// base, underscores, signs, halfway floats, subnormals, long mantissas, hex floats, escapes),
// and pseudo-random ones (fixed seed, so the file is reproducible).

//go:build ignore

package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

var (
	scale = flag.Int("scale", 1, "multiplies the number of random cases")
	out   = bufio.NewWriter(os.Stdout)
	rng   = rand.New(rand.NewSource(19))
)

// lit returns s as a C++ string_view literal; every byte that is not plain printable ASCII
// is a 3-digit octal escape (which cannot swallow the next character).
func lit(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '?': // keep ??x sequences away from trigraph warnings
			b.WriteString(`\077`)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteString(`"sv`)
	return b.String()
}

// status maps a strconv error to the C++ Status names the test defines.
func status(err error) string {
	if err == nil {
		return "OK"
	}
	switch {
	case errors.Is(err, strconv.ErrSyntax):
		return "SYN"
	case errors.Is(err, strconv.ErrRange):
		return "RNG"
	case strings.Contains(err.Error(), "invalid base"):
		return "BASE"
	case strings.Contains(err.Error(), "invalid bit size"):
		return "BITS"
	}
	panic(err)
}

// i64 prints v as a C++ int64_t constant.
func i64(v int64) string {
	if v == math.MinInt64 {
		return "INT64_MIN"
	}
	return fmt.Sprintf("%dll", v)
}

// errText is err's text for one error in 6 (and every base or bit size error), "" for the
// others: NumErrorText is deterministic, so a sample checks it without doubling the file.
func errText(err error) string {
	if err == nil {
		return ""
	}
	if st := status(err); st == "BASE" || st == "BITS" || rng.Intn(6) == 0 {
		return err.Error()
	}
	return ""
}

func begin(decl string) { fmt.Fprintf(out, "%s = {\n", decl) }
func end()              { fmt.Fprintf(out, "};\n\n") }

func uniq(in []string) []string {
	seen := map[string]bool{}
	var res []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			res = append(res, s)
		}
	}
	return res
}

// ---- Go's own test data --------------------------------------------------------------

var goStrings []string // every string literal in strconv's _test.go files

type ftoaCase struct {
	f    float64
	fmt  byte
	prec int
}

var goFtoa []ftoaCase // {number, 'c', prec, ...} composite literals in ftoa_test.go

func readGoTests() {
	dir := filepath.Join(runtime.GOROOT(), "src", "strconv")
	files, _ := filepath.Glob(filepath.Join(dir, "*_test.go"))
	sort.Strings(files)
	fset := token.NewFileSet()
	for _, file := range files {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			panic(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BasicLit:
				if x.Kind == token.STRING {
					if s, err := strconv.Unquote(x.Value); err == nil && len(s) < 4000 {
						goStrings = append(goStrings, s)
					}
				}
			case *ast.CompositeLit:
				if filepath.Base(file) == "ftoa_test.go" && len(x.Elts) >= 3 {
					num := number(x.Elts[0])
					c, ok1 := x.Elts[1].(*ast.BasicLit)
					p := number(x.Elts[2])
					if num != nil && p != nil && ok1 && c.Kind == token.CHAR {
						r, _, _, _ := strconv.UnquoteChar(c.Value[1:len(c.Value)-1], '\'')
						goFtoa = append(goFtoa, ftoaCase{*num, byte(r), int(*p)})
					}
				}
			}
			return true
		})
	}
	goStrings = uniq(goStrings)
}

// number evaluates a (possibly negated) numeric literal.
func number(e ast.Expr) *float64 {
	neg := false
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		neg, e = true, u.X
	}
	b, ok := e.(*ast.BasicLit)
	if !ok || (b.Kind != token.INT && b.Kind != token.FLOAT) {
		return nil
	}
	f, err := strconv.ParseFloat(b.Value, 64)
	if err != nil {
		if i, err2 := strconv.ParseInt(b.Value, 0, 64); err2 == nil {
			f = float64(i)
		} else {
			return nil
		}
	}
	if neg {
		f = -f
	}
	return &f
}

// ---- random strings ------------------------------------------------------------------

func randFrom(alphabet string, maxLen int) string {
	n := rng.Intn(maxLen + 1)
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[rng.Intn(len(alphabet))]
	}
	return string(b)
}

func randDigits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + rng.Intn(10))
	}
	return string(b)
}

// ---- integers ------------------------------------------------------------------------

func intInputs() []string {
	var in []string
	for _, bits := range []uint{1, 7, 8, 15, 16, 31, 32, 33, 53, 63, 64} {
		max := new(big.Int).Lsh(big.NewInt(1), bits-1)
		umax := new(big.Int).Lsh(big.NewInt(1), bits)
		for _, v := range []*big.Int{max, umax} {
			for _, d := range []int64{-2, -1, 0, 1} {
				x := new(big.Int).Add(v, big.NewInt(d))
				for _, base := range []int{10, 16, 2} {
					t := x.Text(base)
					in = append(in, t, "-"+t)
				}
				in = append(in, "+"+x.Text(10), x.Text(36), x.Text(7), "0x"+x.Text(16),
					"0X"+strings.ToUpper(x.Text(16)), "0o"+x.Text(8), "0"+x.Text(8), "0b"+x.Text(2),
					"-0x"+x.Text(16), "-0"+x.Text(8))
			}
		}
	}
	in = append(in, "", "0", "-0", "+0", "00", "-", "+", "--1", "+-1", "-+1", " 1", "1 ", "1\x00",
		"0x", "0X", "0b", "0o", "0x1", "0B1", "0O7", "0xg", "0b2", "0o8", "08", "09", "0_8",
		"1_000", "1__000", "_1000", "1000_", "0_1", "0x_1", "0x1_", "0_x1", "0b_1010", "0o_17",
		"0_17", "1_2_3", "-1_000", "+_1", "-_1", "0x__1", "_", "__", "0_", "0x_", "1e3", "1.0",
		"0xFFFF_FFFF_FFFF_FFFF", "0x1_0000_0000_0000_0000", "18446744073709551615",
		"18446744073709551616", "99999999999999999999999999999", "-99999999999999999999999",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"zzzzzzzzzzzzz", "ZZZZZZZZZZZZZ", "zZ", "Z", "z", "abc", "ABC", "7fffffff", "80000000",
		"0000000000000000000000000000000000000000001", "1x", "12345x", "99999999999999999999x",
		"\xff", "１", "0x8000000000000000", "-0x8000000000000000", "-0x8000000000000001")
	for i := 0; i < 250**scale; i++ {
		in = append(in, randFrom("0123456789abcdefxXoObB_+-zZ ", 10))
	}
	for i := 0; i < 100**scale; i++ {
		in = append(in, randDigits(1+rng.Intn(25)))
	}
	return uniq(in)
}

func genInts() {
	in := intInputs()
	bases := []int{0, 10, 16, 8, 2, 36, 3}
	sizes := []int{0, 64, 32, 16, 8, 1, 63}
	begin("const IntCase kParseIntCases[]")
	emitInt := func(s string, base, size int) {
		v, err := strconv.ParseInt(s, base, size)
		fmt.Fprintf(out, "{%s, %d, %d, %s, %s, %s},\n", lit(s), base, size, i64(v), status(err), lit(errText(err)))
	}
	// Every input in base 0 and 10 at the int size, and in three random (base, bit size) pairs.
	for _, s := range in {
		emitInt(s, 0, 0)
		emitInt(s, 10, 64)
		for k := 0; k < 3; k++ {
			emitInt(s, bases[rng.Intn(len(bases))], sizes[rng.Intn(len(sizes))])
		}
	}
	for _, s := range []string{"", "1", "-1", "z", "0x1"} { // invalid base / bit size
		for _, b := range []int{-1, 1, 37, 100, 0, 10} {
			for _, z := range []int{-1, 65, 1000, 0, 64} {
				emitInt(s, b, z)
			}
		}
	}
	for _, s := range goStrings {
		emitInt(s, 0, 64)
	}
	end()

	begin("const UintCase kParseUintCases[]")
	emitUint := func(s string, base, size int) {
		v, err := strconv.ParseUint(s, base, size)
		fmt.Fprintf(out, "{%s, %d, %d, %dull, %s, %s},\n", lit(s), base, size, v, status(err), lit(errText(err)))
	}
	for _, s := range in {
		emitUint(s, 0, 64)
		emitUint(s, bases[rng.Intn(len(bases))], sizes[rng.Intn(len(sizes))])
	}
	for _, s := range []string{"", "1", "-1", "z"} {
		for _, b := range []int{-1, 1, 37, 0} {
			for _, z := range []int{-1, 65, 0} {
				emitUint(s, b, z)
			}
		}
	}
	for _, s := range goStrings {
		emitUint(s, 0, 64)
	}
	end()

	begin("const AtoiCase kAtoiCases[]")
	for _, s := range append(in, goStrings...) {
		v, err := strconv.Atoi(s)
		fmt.Fprintf(out, "{%s, %s, %s, %s},\n", lit(s), i64(int64(v)), status(err), lit(errText(err)))
	}
	end()

	begin("const FormatIntCase kFormatIntCases[]")
	vals := []int64{0, 1, -1, 9, 10, 99, 100, -99, -100, 35, 36, 127, -128, 255, 1 << 31, -1 << 31,
		1<<32 - 1, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 1e18, -1e18, 12345678901234}
	for i := 0; i < 200**scale; i++ {
		vals = append(vals, rng.Int63()>>uint(rng.Intn(63))*int64(1-2*rng.Intn(2)))
	}
	for i, v := range vals {
		for base := 2; base <= 36; base++ {
			if i < 23 || rng.Intn(12) == 0 {
				fmt.Fprintf(out, "{%s, %dull, %d, %s, %s},\n", i64(v), uint64(v), base,
					lit(strconv.FormatInt(v, base)), lit(strconv.FormatUint(uint64(v), base)))
			}
		}
	}
	end()

	begin("const BoolCase kParseBoolCases[]")
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false",
		"FALSE", "False", "", "tRUE", "yes", "2", "true ", " true", "fALSE", "ff", "truee", "\x00"} {
		v, err := strconv.ParseBool(s)
		fmt.Fprintf(out, "{%s, %t, %s, %s},\n", lit(s), v, status(err), lit(errText(err)))
	}
	end()
}

// ---- float parsing -------------------------------------------------------------------

// exactDecimal is the exact decimal expansion of x (finite), in %e form.
func exactDecimal(x *big.Float) string {
	s := x.Text('e', 1200)
	mant, exp, _ := strings.Cut(s, "e")
	mant = strings.TrimRight(mant, "0")
	mant = strings.TrimSuffix(mant, ".")
	return mant + "e" + exp
}

// bumpLast changes the last mantissa digit of an %e string by d (+1 or -1), if possible.
func bumpLast(s string, d int) string {
	mant, exp, _ := strings.Cut(s, "e")
	b := []byte(mant)
	i := len(b) - 1
	if b[i] == '.' {
		return s
	}
	v := int(b[i]-'0') + d
	if v < 0 || v > 9 {
		return s
	}
	b[i] = byte('0' + v)
	return string(b) + "e" + exp
}

// truncDigits keeps n significant digits of an %e string.
func truncDigits(s string, n int) string {
	mant, exp, _ := strings.Cut(s, "e")
	if len(mant) > n+1 {
		mant = mant[:n+1]
	}
	return mant + "e" + exp
}

// halfways: decimal strings at, just below and just above the midpoint between x and the
// next float up (of the given size), and truncations of the midpoint.
func halfways(x float64, size int, long bool) []string {
	var next float64
	if size == 32 {
		next = float64(math.Nextafter32(float32(x), float32(math.Inf(1))))
	} else {
		next = math.Nextafter(x, math.Inf(1))
	}
	if math.IsInf(next, 0) {
		return nil // the overflow threshold is in the explicit list
	}
	a := new(big.Float).SetPrec(2000).SetFloat64(x)
	b := new(big.Float).SetPrec(2000).SetFloat64(next)
	mid := new(big.Float).SetPrec(2000).Add(a, b)
	mid.Quo(mid, big.NewFloat(2).SetPrec(2000))
	e := exactDecimal(mid)
	r := []string{e, bumpLast(e, 1), bumpLast(e, -1)}
	for _, n := range []int{16, 17, 18, 19, 20, 25} {
		r = append(r, truncDigits(e, n))
	}
	mant, exp, _ := strings.Cut(e, "e")
	if !strings.Contains(mant, ".") {
		mant += "."
	}
	r = append(r, mant+"0000000000000000000000001e"+exp)
	if long {
		r = append(r, mant+strings.Repeat("0", 900)+"1e"+exp, mant+strings.Repeat("0", 900)+"e"+exp)
	}
	return r
}

func randFloat64() float64 {
	for {
		f := math.Float64frombits(rng.Uint64())
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			return f
		}
	}
}

func randFloat32() float32 {
	for {
		f := math.Float32frombits(rng.Uint32())
		if !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) {
			return f
		}
	}
}

func floatInputs() []string {
	in := append([]string{}, goStrings...)
	in = append(in, "", "1", "+1", "-1", ".", "-.", "+.", ".e1", "1.", ".1", "1.e1", "1e", "1e+",
		"1e-", "1e+1", "1E-1", "e1", "1ee1", "1e1.5", "1.5.5", "0x", "0x1", "0x1p", "0x1p+", "0x.p1",
		"0xp1", "0x1.p1", "0x.8p1", "0X1P-1", "0x1e1", "0x1e1p1", "0x1P1", "0x1p1.5", "0x_1p0",
		"0x1_p0", "0x1p_0", "0x1p0_", "1_000.5", "1_000.5e1_0", "_1", "1_", "1__0", "1_.5", "1._5",
		"0_1", "0_1.5", "01.5", "00.0", "1e1_0", "1e_10", "0x1p1_0", "inf", "+inf", "-inf", "Inf",
		"INF", "infinity", "+Infinity", "-INFINITY", "infin", "infinit", "infinityx", "infx", "in",
		"i", "nan", "NaN", "NAN", "nAn", "+nan", "-nan", "nanx", "na", "n", "1e308", "1e309", "2e308",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"1.797693134862315708145274237317043567981e+308",
		"1.797693134862315708145274237317043567980e+308",
		"1.797693134862315708145274237317043567982e+308",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"2.47032822920623272e-324", "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
		"1e-324", "1e-400", "-1e-400", "1e-350", "1e-320", "1e-310", "2.2250738585072011e-308",
		"2.2250738585072012e-308", "2.2250738585072014e-308", "0x1p-1074", "0x1p-1075", "0x1p-1076",
		"0x1.8p-1075", "0x1.0000000000001p-1075", "0x1p-1022", "0x0.fffffffffffffp-1022",
		"0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffffp1023",
		"0x1p1024", "0x1p-149", "0x1p-150", "0x1.8p-150", "0x1.000002p-150", "0x1p-126",
		"0x1.fffffep127", "0x1.ffffffp127", "0x1.fffffefp127", "0x1p128", "3.4028234663852886e38",
		"3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
		"3.40282356779733661637539395458142568447e38", "1.4e-45", "7e-46", "7.1e-46", "1e-46",
		"1.17549435e-38", "1e23", "8.5e-1", "9007199254740993", "9007199254740992.5",
		"9007199254740993.0000000000000000000000000001", "123456789012345678901234567890",
		"0.000000000000000000000000000000000000000000001", "1e-1000000", "1e1000000",
		"1e+01234567890123456789", "0e99999999999999", "0.0e-99999999999999", "1e99999999999999",
		"1e-99999999999999", "0x1p99999999999999", "0x1p-99999999999999", "0x0p9999999999",
		"100000000000000016777215", "100000000000000016777216", "1e-20", "625e-3", "0.1", "0.2",
		"0.3", "1e22", "1e21", "1e15", "1e16", "123456789e-9", "1e-22", "1e-23", "4.35e-5",
		"1.00000017881393432617187499", "1.000000178813934326171875", "1.00000017881393432617187501",
		"16777217", "16777216.5", "33554435", "1.5e-45", "2.5e-45", "1e38", "1e39", "-0", "+0",
		"0.", "-0.", "0x0p0", "-0x0p0", "0x.0p0", "1_2.3_4e5_6", "0x_1.8p1", "0x1.8_p1", "0x1._8p1",
		"1e-000000000000000000000000000000000001", "1e+0000000000000000000000000000000000308",
		strings.Repeat("9", 800)+"e-800", strings.Repeat("1", 801)+"e-801", "0."+strings.Repeat("0", 400)+"1e400",
		"1"+strings.Repeat("0", 799)+"1e-799", "1"+strings.Repeat("0", 800)+"1e-800",
		"0x"+strings.Repeat("f", 40)+"p0", "0x1"+strings.Repeat("0", 13)+"1p0",
		"0x1"+strings.Repeat("0", 30)+"1p-1074", "0x."+strings.Repeat("0", 300)+"1p1200")
	// Halfway cases around interesting and random floats.
	special := []float64{1, 0.1, 0.5, 1e23, 5e-324, 1e-310, 2.2250738585072014e-308,
		math.MaxFloat64 / 2, 9007199254740992, 1 << 60, 3.4028234663852886e38, 1.401298464324817e-45,
		1.1754943508222875e-38, 16777216}
	for _, f := range special {
		in = append(in, halfways(f, 64, true)...)
		in = append(in, halfways(f, 32, true)...)
	}
	for i := 0; i < 25**scale; i++ {
		in = append(in, halfways(math.Abs(randFloat64()), 64, false)...)
		in = append(in, halfways(math.Abs(float64(randFloat32())), 32, false)...)
	}
	for i := 0; i < 25**scale; i++ { // moderate exponents: shorter exact halfways
		f := math.Abs(randFloat64())
		f = math.Ldexp(math.Float64frombits(math.Float64bits(f)&(1<<52-1)|1023<<52), rng.Intn(400)-200)
		in = append(in, halfways(f, 64, false)...)
	}
	// Random floats printed in various ways.
	for i := 0; i < 300**scale; i++ {
		f := randFloat64()
		g := float64(randFloat32())
		fmtc := "eEfgxX"[rng.Intn(6)]
		in = append(in, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(g, 'g', -1, 32),
			strconv.FormatFloat(f, fmtc, rng.Intn(25)-1, 64), strconv.FormatFloat(g, fmtc, rng.Intn(12)-1, 32))
	}
	// Random decimal strings: digits, point, exponent.
	for i := 0; i < 500**scale; i++ {
		s := randDigits(1 + rng.Intn(30))
		if rng.Intn(2) == 0 {
			p := rng.Intn(len(s) + 1)
			s = s[:p] + "." + s[p:]
		}
		if rng.Intn(3) > 0 {
			s += fmt.Sprintf("e%d", rng.Intn(700)-350)
		}
		if rng.Intn(4) == 0 {
			s = "-" + s
		}
		in = append(in, s)
	}
	// Random hex floats.
	for i := 0; i < 200**scale; i++ {
		s := "0x" + randFrom("0123456789abcdefABCDEF", 20)
		if rng.Intn(2) == 0 {
			p := rng.Intn(len(s)-1) + 2
			s = s[:p] + "." + s[p:]
		}
		in = append(in, s+fmt.Sprintf("p%d", rng.Intn(2400)-1200))
	}
	// Random junk near the syntax.
	for i := 0; i < 600**scale; i++ {
		in = append(in, randFrom("0123456789.eE+-_xXpPaAfFinINtyTY", 12))
	}
	return uniq(in)
}

func genFloats() {
	in := floatInputs()
	begin("const FloatCase kParseFloatCases[]")
	for _, s := range in {
		for _, size := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, size)
			fmt.Fprintf(out, "{%s, %d, 0x%016Xull, %s, %s},\n", lit(s), size, math.Float64bits(f),
				status(err), lit(errText(err)))
		}
	}
	for _, size := range []int{0, 16, 128, -1} {
		for _, s := range []string{"1.5", "3.4028236e38", "0x1p-149", "1e-46", "x"} {
			f, err := strconv.ParseFloat(s, size)
			fmt.Fprintf(out, "{%s, %d, 0x%016Xull, %s, %s},\n", lit(s), size, math.Float64bits(f),
				status(err), lit(errText(err)))
		}
	}
	end()

	// Inputs too long to list: prefix + fill * count + suffix.
	begin("const FloatRecipeCase kParseFloatRecipes[]")
	recipes := []struct {
		prefix string
		fill   byte
		count  int
		suffix string
	}{
		{"0.", '0', 100000, "1e100010"}, // 1e9, but the exponent saturates at 10001: Go gives 0
		{"1", '0', 100000, "e-100000"},  // 1, but the exponent saturates at 10000: Go gives +Inf
		{"1", '0', 100000, "e-99999"},   // 10 (no saturation below 10000*10)
		{"0.", '0', 20000, "1e20010"},   // 1e9
		{"1.", '0', 5000, "1"},          // beyond the 800-digit decimal capacity
		{"2.", '0', 5000, "1e-324"},     // just above the smallest subnormal's halfway point
		{"0x1.", '0', 5000, "1p0"},      // trunc in hex
		{"0x", '0', 5000, "1p-20000"},   // leading zeros are free
		{"", '9', 5000, ""},
		{"", '9', 5000, "e-5000"},
		{"1_", '0', 5000, ""},
		{"0x1_", '0', 5000, "p0"},
	}
	for _, r := range recipes {
		s := r.prefix + strings.Repeat(string(r.fill), r.count) + r.suffix
		for _, size := range []int{64, 32} {
			f, err := strconv.ParseFloat(s, size)
			fmt.Fprintf(out, "{%s, %d, %d, %s, %d, 0x%016Xull, %s},\n", lit(r.prefix), r.fill, r.count,
				lit(r.suffix), size, math.Float64bits(f), status(err))
		}
	}
	end()

	begin("const ComplexCase kParseComplexCases[]")
	cin := append([]string{}, goStrings...)
	parts := []string{"1", "-1", "+1", "1.5e3", "inf", "-Inf", "+Inf", "NaN", "nan", "+NaN",
		"1e400", "-1e400", "0x1p-3", "1e-400", "", "i", "x", "3.4028236e38"}
	for i := 0; i < 400**scale; i++ {
		re, im := parts[rng.Intn(len(parts))], parts[rng.Intn(len(parts))]
		sep := []string{"", "+", "-", "++", "+-"}[rng.Intn(5)]
		s := re + sep + im + []string{"i", "", "ii", "I"}[rng.Intn(4)]
		if rng.Intn(3) == 0 {
			s = "(" + s + ")"
		}
		cin = append(cin, s)
	}
	cin = append(cin, "()", "(", ")", "(1)", "(1+2i)", "1+2i)", "(1+2i", "i", "+i", "1i", "-i",
		"infi", "+infi", "-infinityi", "nani", "1+nani", "1++2i", "1+-2i", "1-+2i")
	for i, s := range uniq(cin) {
		for _, size := range []int{128, 64} {
			if size == 64 && i < len(goStrings) && i%4 != 0 {
				continue
			}
			c, err := strconv.ParseComplex(s, size)
			fmt.Fprintf(out, "{%s, %d, 0x%016Xull, 0x%016Xull, %s, %s},\n", lit(s), size,
				math.Float64bits(real(c)), math.Float64bits(imag(c)), status(err), lit(errText(err)))
		}
	}
	end()
}

// ---- float formatting ----------------------------------------------------------------

func genFormat() {
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.05,
		0.005, 0.0005, 123456789, 1e21, 1e20, 1e23, 1e-7, 1e-5, 1e-4, 100, 1e6, 999999.5,
		9.5, 0.95, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat64,
		-math.MaxFloat64, math.SmallestNonzeroFloat32, math.MaxFloat32, 3.4028235677973366e38,
		1.1754943508222875e-38, 16777216, 16777217, 9007199254740993, 1 << 62, 0.3, 2.0 / 3,
		math.Pi, math.E, 1e15, 1e16, 1e17, 123.456, 1e-10, 0.000123456, math.Inf(1), math.Inf(-1),
		math.NaN(), math.Float64frombits(0x7FF0000000000001), math.Float64frombits(0xFFF8000000000000)}
	fmts := []byte("beEfgGxX")
	precs := []int{-1, -2, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20, 21, 25, 30, 40}
	begin("const FormatFloatCase kFormatFloatCases[]")
	emit := func(f float64, c byte, prec, size int) {
		fmt.Fprintf(out, "{0x%016Xull, %d, %d, %d, %s},\n", math.Float64bits(f), c, prec, size,
			lit(strconv.FormatFloat(f, c, prec, size)))
	}
	for _, f := range specials {
		for _, c := range fmts {
			for _, p := range precs {
				for _, size := range []int{64, 32} {
					if (p <= 6 && size == 64) || rng.Intn(5) == 0 {
						emit(f, c, p, size)
					}
				}
			}
		}
		for _, c := range []byte("vz%a\x00") {
			emit(f, c, -1, 64)
			emit(f, c, 3, 32)
		}
	}
	for _, t := range goFtoa {
		emit(t.f, t.fmt, t.prec, 64)
		emit(t.f, t.fmt, t.prec, 32)
	}
	for _, f := range []float64{5e-324, math.MaxFloat64, 0.1, 1e23, math.SmallestNonzeroFloat32} {
		for _, c := range []byte("efgx") {
			for _, p := range []int{60, 100, 330, 800, 1100} {
				emit(f, c, p, 64)
			}
		}
	}
	for i := 0; i < 400**scale; i++ {
		f := randFloat64()
		if rng.Intn(4) == 0 {
			f = float64(randFloat32())
		}
		if rng.Intn(5) == 0 { // a short decimal, where ties happen
			f, _ = strconv.ParseFloat(fmt.Sprintf("%de%d", rng.Intn(100000), rng.Intn(30)-15), 64)
		}
		for k := 0; k < 4; k++ {
			emit(f, fmts[rng.Intn(len(fmts))], rng.Intn(22)-1, []int{64, 32}[rng.Intn(2)])
		}
		emit(f, 'g', -1, 64)
		emit(f, 'g', -1, 32)
	}
	end()

	begin("const FormatComplexCase kFormatComplexCases[]")
	cvals := []float64{0, math.Copysign(0, -1), 1, -1.5, 1e23, math.Inf(1), math.Inf(-1), math.NaN(), 3.4e38, 1e-46}
	for _, re := range cvals {
		for _, im := range cvals {
			for _, size := range []int{128, 64} {
				c := "gefx"[rng.Intn(4)]
				p := rng.Intn(6) - 1
				fmt.Fprintf(out, "{0x%016Xull, 0x%016Xull, %d, %d, %d, %s},\n", math.Float64bits(re),
					math.Float64bits(im), c, p, size, lit(strconv.FormatComplex(complex(re, im), c, p, size)))
			}
		}
	}
	end()
}

// ---- quoting -------------------------------------------------------------------------

var interestingRunes = []rune{0, 7, 8, 9, 10, 11, 12, 13, 27, 31, ' ', '"', '\'', '\\', '`', 'a', '~',
	0x7F, 0x80, 0x9F, 0xA0, 0xA1, 0xAD, 0xFF, 0x100, 0x300, 0x378, 0x61C, 0x1680, 0x180E, 0x2000,
	0x200A, 0x200B, 0x200D, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x263A, 0x3000, 0xD7FF, 0xD800,
	0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xF8FF, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600,
	0x1F979, 0x1FFFF, 0x20000, 0x2FFFF, 0xE0001, 0xE0100, 0xEFFFF, 0x10FFFF, 0x110000, -1,
	math.MaxInt32, math.MinInt32, 0x7FFFFFFF, 0x12345678}

func quoteInputs() []string {
	in := append([]string{}, goStrings...)
	for _, r := range interestingRunes {
		in = append(in, string(r), "a"+string(r)+"b")
	}
	in = append(in, "", "\xff", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82", "\xe2\x82\xac",
		"\xf0\x9f\x98", "\xf0\x9f\x98\x80", "\x80\x80", "a\x00b", "\r\n", "`", "\t", "a`b", "\ufeff",
		"a\ufeffb", "\u00a0", "\u2000\u3000")
	pieces := []string{"a", " ", "\"", "'", "\\", "`", "\n", "\t", "\r", "\x00", "\x7f", "\x80", "\xff",
		"\xc3", "\xc3\xa9", "\xe2\x98\xba", "\xed\xb0\x80", "\xf0\x90\x80\x80", "\xef\xbb\xbf",
		"\xc2\xa0", "\xe3\x80\x80", "\xe2\x80\xa8", "\xf3\xa0\x84\x80", "\xf4\x8f\xbf\xbf"}
	for i := 0; i < 300**scale; i++ {
		var b strings.Builder
		for n := rng.Intn(6); n >= 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		in = append(in, b.String())
	}
	for i := 0; i < 100**scale; i++ {
		b := make([]byte, rng.Intn(8))
		rng.Read(b)
		in = append(in, string(b))
	}
	return uniq(in)
}

func unquoteInputs(qin []string) []string {
	var in []string
	in = append(in, goStrings...)
	for i, s := range qin {
		in = append(in, []string{strconv.Quote(s), strconv.QuoteToASCII(s), "`" + s + "`", "'" + s + "'",
			"\"" + s + "\""}[i%5])
	}
	for _, r := range interestingRunes {
		in = append(in, strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	escapes := []string{`\a`, `\b`, `\f`, `\n`, `\r`, `\t`, `\v`, `\\`, `\'`, `\"`, `\x41`, `\xff`, `\xFf`,
		`\x4`, `\x4g`, `\u263a`, `\u263A`, `\u263`, `\ud800`, `\uDFFF`, `\ue000`, `\U0001F600`,
		`\U0010FFFF`, `\U00110000`, `\UFFFFFFFF`, `\U0001F60`, `\101`, `\377`, `\400`, `\777`, `\0`,
		`\00`, `\000`, `\08`, `\8`, `\q`, `\`, `\ `, `\?`, "\\\n", "\n", "\r", "a", "\xff", "\xe2\x98\xba",
		"'", "\"", "`", "\x00", "\xed\xa0\x80"}
	for _, e := range escapes {
		for _, q := range []string{"\"", "'", "`"} {
			in = append(in, q+e+q, q+e, q+e+q+"x", q+"a"+e+e+q)
		}
	}
	in = append(in, "", "\"", "'", "`", "\"\"", "''", "``", "'ab'", "'\\n\\n'", "\"\\\"", "'\\''",
		"\"'\"", "'\"'", "`\r\n`", "`a\rb\r`", "`\x00\xff`", "\"abc", "abc\"", "\"a\"b\"", "\"a\"\"",
		"x\"a\"", "'\xff'", "'\xe2\x98\xba'", "'\xe2\x98'", "'☺☺'", "'\\xff'", "'\\377'", "'\\u263a'")
	for i := 0; i < 500**scale; i++ {
		var b strings.Builder
		q := "\"'`"[rng.Intn(3)]
		b.WriteByte(q)
		for n := rng.Intn(4); n >= 0; n-- {
			b.WriteString(escapes[rng.Intn(len(escapes))])
		}
		if rng.Intn(6) > 0 {
			b.WriteByte(q)
		}
		in = append(in, b.String())
	}
	return uniq(in)
}

func genQuote() {
	qin := quoteInputs()
	begin("const QuoteCase kQuoteCases[]")
	for _, s := range qin {
		fmt.Fprintf(out, "{%s, %s, %s, %s, %t},\n", lit(s), lit(strconv.Quote(s)), lit(strconv.QuoteToASCII(s)),
			lit(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s))
	}
	end()

	begin("const QuoteRuneCase kQuoteRuneCases[]")
	runes := append([]rune{}, interestingRunes...)
	for r := rune(0); r < 0x300; r++ {
		runes = append(runes, r)
	}
	for i := 0; i < 300**scale; i++ {
		runes = append(runes, rune(rng.Intn(0x110000)), rune(rng.Uint32()))
	}
	for _, r := range runes {
		fmt.Fprintf(out, "{%d, %s, %s, %s},\n", r, lit(strconv.QuoteRune(r)), lit(strconv.QuoteRuneToASCII(r)),
			lit(strconv.QuoteRuneToGraphic(r)))
	}
	end()

	uin := unquoteInputs(qin)
	begin("const UnquoteCase kUnquoteCases[]")
	for _, s := range uin {
		u, err := strconv.Unquote(s)
		p, perr := strconv.QuotedPrefix(s)
		fmt.Fprintf(out, "{%s, %s, %t, %s, %t},\n", lit(s), lit(u), err == nil, lit(p), perr == nil)
		if err != nil && err != strconv.ErrSyntax || perr != nil && perr != strconv.ErrSyntax {
			panic("unexpected error")
		}
	}
	end()

	begin("const UnquoteCharCase kUnquoteCharCases[]")
	// Literals without their opening quote: the escapes list first, then a sample of the rest.
	cin := []string{"", "\\", "\\x", "\\u12", "\\U1234567", "\\1", "\\12", "\\123", "a", "'", "\""}
	for _, s := range uin {
		if len(s) > 0 && (len(cin) < 1200 || rng.Intn(10) == 0) {
			cin = append(cin, s[1:])
		}
	}
	for _, s := range uniq(cin) {
		for _, q := range []byte{0, '"', '\'', 'x'} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Fprintf(out, "{%s, %d, %d, %t, %s, %t},\n", lit(s), q, v, mb, lit(tail), err == nil)
		}
	}
	end()

	// IsPrint and IsGraphic over every rune, as inclusive ranges.
	for _, t := range []struct {
		name string
		f    func(rune) bool
	}{{"kIsPrintRanges", strconv.IsPrint}, {"kIsGraphicRanges", strconv.IsGraphic}} {
		begin("const RuneRange " + t.name + "[]")
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if !t.f(r) {
				continue
			}
			lo := r
			for r+1 <= utf8.MaxRune && t.f(r+1) {
				r++
			}
			fmt.Fprintf(out, "{0x%X, 0x%X},\n", lo, r)
		}
		end()
	}
}

func main() {
	flag.Parse()
	readGoTests()
	fmt.Fprintf(out, "// strconv_vectors.inc: GENERATED at build time by stdlib/strconv/testgen/gen.go\n")
	fmt.Fprintf(out, "// (%s, scale %d); do not edit. Results of real Go's strconv, for strconv_test.cpp.\n\n",
		runtime.Version(), *scale)
	genInts()
	genFloats()
	genFormat()
	genQuote()
	out.Flush()
}
