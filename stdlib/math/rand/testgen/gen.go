// gen.go: generates test/unit/testdata/gorand_vectors.inc, the values real Go's math/rand
// returns, for test/unit/gorand_test.cpp to compare with csp::gorand (stdlib/math/rand/).
//
// Run: go run stdlib/math/rand/testgen/gen.go > test/unit/testdata/gorand_vectors.inc
// (with Go 1.19, whose math/rand value streams Go 1.20-1.22 keep; on an amd64 machine with
// AVX and FMA, so that both of math.Exp's code paths can be recorded: the generator runs
// itself again with GODEBUG=cpu.fma=off for the SSE2 path).
//
// What is recorded:
//   - kSeqCases: a source (see srcKind), a seed, a list of operations run reps times, and
//     every value the operations return, as uint64 (ints as two's complement, floats as
//     their bits, Perm's and Read's elements one by one, Shuffle's swap calls as i<<32|j
//     then the shuffled slice); long runs keep only the count and an FNV-1a digest.
//   - kZipfCases: Zipf values for a few parameter sets.
//   - kLogCases, kExpFmaCases, kExpSse2Cases, kF2UCases: math.Log, math.Exp and
//     float64 -> uint64 conversions, as bits.

//go:build ignore

package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"runtime"
	"strings"
	_ "unsafe"
)

//go:linkname useFMA math.useFMA
var useFMA bool

// ---- sources ---------------------------------------------------------------------------

// The kinds of source a case runs on:
//
//	rng     rand.New(rand.NewSource(seed)); the op SrcInt63 calls the source directly
//	int63   rand.New(only63{rand.NewSource(seed)}): a Source that is not a Source64
//	global  rand.Seed(seed), then the top-level functions
//	script  rand.New(&script{values}): Int63 returns the script's values in a cycle and
//	        every operation is followed by the number of Int63 calls it made
const (
	srcRng    = "rng"
	srcInt63  = "int63"
	srcGlobal = "global"
	srcScript = "script"
)

type only63 struct{ s rand.Source }

func (o only63) Int63() int64    { return o.s.Int63() }
func (o only63) Seed(seed int64) { o.s.Seed(seed) }

type script struct {
	v     []int64
	i     int
	calls int
}

func (s *script) Int63() int64 {
	x := s.v[s.i%len(s.v)]
	s.i++
	s.calls++
	return x
}
func (s *script) Seed(int64) { s.i = 0 }

// generator is what the operations call: a *rand.Rand or the top-level functions.
type generator interface {
	Seed(int64)
	Int63() int64
	Uint32() uint32
	Uint64() uint64
	Int31() int32
	Int() int
	Int63n(int64) int64
	Int31n(int32) int32
	Intn(int) int
	Float64() float64
	Float32() float32
	Perm(int) []int
	Shuffle(int, func(i, j int))
	NormFloat64() float64
	ExpFloat64() float64
	Read([]byte) (int, error)
}

type globalGen struct{}

func (globalGen) Seed(s int64)                    { rand.Seed(s) }
func (globalGen) Int63() int64                    { return rand.Int63() }
func (globalGen) Uint32() uint32                  { return rand.Uint32() }
func (globalGen) Uint64() uint64                  { return rand.Uint64() }
func (globalGen) Int31() int32                    { return rand.Int31() }
func (globalGen) Int() int                        { return rand.Int() }
func (globalGen) Int63n(n int64) int64            { return rand.Int63n(n) }
func (globalGen) Int31n(n int32) int32            { return rand.Int31n(n) }
func (globalGen) Intn(n int) int                  { return rand.Intn(n) }
func (globalGen) Float64() float64                { return rand.Float64() }
func (globalGen) Float32() float32                { return rand.Float32() }
func (globalGen) Perm(n int) []int                { return rand.Perm(n) }
func (globalGen) Shuffle(n int, f func(i, j int)) { rand.Shuffle(n, f) }
func (globalGen) NormFloat64() float64            { return rand.NormFloat64() }
func (globalGen) ExpFloat64() float64             { return rand.ExpFloat64() }
func (globalGen) Read(p []byte) (int, error)      { return rand.Read(p) }

// ---- operations --------------------------------------------------------------------------

type op struct {
	name string
	arg  int64
}

// apply runs one operation and appends what it returns to out.
func apply(g generator, src rand.Source, o op, out []uint64) []uint64 {
	switch o.name {
	case "Seed":
		g.Seed(o.arg)
	case "SrcInt63":
		out = append(out, uint64(src.Int63()))
	case "Int63":
		out = append(out, uint64(g.Int63()))
	case "Uint32":
		out = append(out, uint64(g.Uint32()))
	case "Uint64":
		out = append(out, g.Uint64())
	case "Int31":
		out = append(out, uint64(g.Int31()))
	case "Int":
		out = append(out, uint64(g.Int()))
	case "Int63n":
		out = append(out, uint64(g.Int63n(o.arg)))
	case "Int31n":
		out = append(out, uint64(g.Int31n(int32(o.arg))))
	case "Intn":
		out = append(out, uint64(g.Intn(int(o.arg))))
	case "Float64":
		out = append(out, math.Float64bits(g.Float64()))
	case "Float32":
		out = append(out, uint64(math.Float32bits(g.Float32())))
	case "NormFloat64":
		out = append(out, math.Float64bits(g.NormFloat64()))
	case "ExpFloat64":
		out = append(out, math.Float64bits(g.ExpFloat64()))
	case "Perm":
		for _, v := range g.Perm(int(o.arg)) {
			out = append(out, uint64(v))
		}
	case "Shuffle":
		s := make([]int, o.arg)
		for i := range s {
			s[i] = i
		}
		g.Shuffle(len(s), func(i, j int) {
			out = append(out, uint64(i)<<32|uint64(j))
			s[i], s[j] = s[j], s[i]
		})
		for _, v := range s {
			out = append(out, uint64(v))
		}
	case "ShuffleHead":
		// Shuffle(arg, swap) stopped by a panic in the 8th swap call: the first swaps of an
		// n too large to finish (n > 2^31-1 takes the Int63n path). Records i, j per call.
		out = shuffleHead(g, o.arg, out)
	case "Read":
		p := make([]byte, o.arg)
		g.Read(p)
		for _, b := range p {
			out = append(out, uint64(b))
		}
	default:
		panic("unknown op " + o.name)
	}
	return out
}

type stopShuffle struct{}

func shuffleHead(g generator, n int64, out []uint64) (res []uint64) {
	calls := 0
	defer func() {
		if r := recover(); r != (stopShuffle{}) {
			panic(r)
		}
		res = out
	}()
	g.Shuffle(int(n), func(i, j int) {
		out = append(out, uint64(i), uint64(j))
		if calls++; calls == 8 {
			panic(stopShuffle{})
		}
	})
	panic("Shuffle ended early")
}

type seqCase struct {
	src      string
	seed     int64
	script   []int64
	ops      []op
	reps     int
	explicit bool // print every value, not just the digest
}

func run(c seqCase) []uint64 {
	var g generator
	var src rand.Source
	var sc *script
	switch c.src {
	case srcRng:
		src = rand.NewSource(c.seed)
		g = rand.New(src)
	case srcInt63:
		src = only63{rand.NewSource(c.seed)}
		g = rand.New(src)
	case srcGlobal:
		rand.Seed(c.seed)
		g = globalGen{}
	case srcScript:
		sc = &script{v: c.script}
		g = rand.New(sc)
	}
	var out []uint64
	for r := 0; r < c.reps; r++ {
		for _, o := range c.ops {
			if sc != nil {
				sc.calls = 0
			}
			out = apply(g, src, o, out)
			if sc != nil {
				out = append(out, uint64(sc.calls))
			}
		}
	}
	return out
}

func fnv1a(vals []uint64) uint64 {
	h := uint64(14695981039346656037)
	for _, v := range vals {
		for b := 0; b < 8; b++ {
			h ^= (v >> (8 * b)) & 0xFF
			h *= 1099511628211
		}
	}
	return h
}

// ---- the cases ---------------------------------------------------------------------------

func ops1(name string, arg int64) []op { return []op{{name, arg}} }

func seqCases() []seqCase {
	var cs []seqCase
	add := func(src string, seed int64, ops []op, reps int, explicit bool) {
		cs = append(cs, seqCase{src: src, seed: seed, ops: ops, reps: reps, explicit: explicit})
	}
	mixed := []op{
		{"Int63", 0}, {"Intn", 1000}, {"Float64", 0}, {"Perm", 5}, {"Uint32", 0},
		{"Shuffle", 7}, {"Int31n", 1<<30 + 1}, {"NormFloat64", 0}, {"Perm", 1},
		{"Uint64", 0}, {"ExpFloat64", 0}, {"Intn", 1<<31 + 1}, {"Shuffle", 1},
		{"Perm", 0}, {"Shuffle", 0}, {"Float32", 0}, {"Int63n", 3 << 61}, {"Int31", 0},
		{"Read", 3}, {"Int", 0}, {"Read", 5}, {"Intn", 1}, {"Int31n", 1},
	}
	// Every method, on a few seeds.
	for _, seed := range []int64{0, 1, 42, -5} {
		for _, name := range []string{"Int63", "Uint32", "Uint64", "Int31", "Int", "Float64",
			"Float32", "NormFloat64", "ExpFloat64"} {
			add(srcRng, seed, ops1(name, 0), 32, true)
		}
		for _, n := range []int64{1, 2, 3, 10, 1000, 1<<30 + 1, 1<<31 - 1, 1 << 31, 1<<31 + 1,
			1e12, 1<<62 + 1, math.MaxInt64} {
			add(srcRng, seed, ops1("Intn", n), 24, true)
		}
		for _, n := range []int64{1, 7, 1 << 30, 1<<30 + 1, math.MaxInt32} {
			add(srcRng, seed, ops1("Int31n", n), 24, true)
		}
		for _, n := range []int64{1, 6, 1 << 40, 3 << 61, 1<<62 + 1, math.MaxInt64} {
			add(srcRng, seed, ops1("Int63n", n), 24, true)
		}
		add(srcRng, seed, ops1("Perm", 10), 4, true)
		add(srcRng, seed, ops1("Shuffle", 20), 3, true)
		add(srcRng, seed, ops1("Read", 5), 6, true)
		add(srcRng, seed, mixed, 3, true)
	}
	// More seeds, fewer methods: the seeding's corner cases (mod 2^31-1, 0, negative, huge).
	for _, seed := range []int64{1 << 40, -1 << 40, math.MaxInt32, -math.MaxInt32,
		math.MaxInt32 - 1, 89482311, math.MinInt64, math.MaxInt64, 1234567890123, 7} {
		add(srcRng, seed, ops1("Int63", 0), 12, true)
		add(srcRng, seed, mixed, 1, true)
	}
	// The source shared with its Rand; Seed and Read's carried-over bytes.
	add(srcRng, 3, []op{{"SrcInt63", 0}, {"Intn", 100}, {"SrcInt63", 0}, {"Float64", 0}}, 6, true)
	add(srcRng, 9, []op{{"Read", 3}, {"Read", 5}, {"Int63", 0}, {"Read", 9}, {"Seed", 11},
		{"Read", 4}, {"Seed", 9}, {"Read", 8}, {"Read", 0}, {"Read", 1}}, 2, true)
	// Shuffle's Int63n path, for n > 2^31-1 (then its int31n path).
	for _, seed := range []int64{1, 42} {
		add(srcRng, seed, []op{{"ShuffleHead", 1<<31 + 2}, {"ShuffleHead", 1 << 40},
			{"ShuffleHead", math.MaxInt64}}, 1, true)
	}
	// A Source that is not a Source64: Uint64 makes two Int63 calls.
	for _, seed := range []int64{1, 42} {
		add(srcInt63, seed, []op{{"Uint64", 0}, {"Int63", 0}, {"Uint64", 0}, {"NormFloat64", 0}}, 8, true)
	}
	// The top-level functions after rand.Seed.
	for _, seed := range []int64{1, 42, -5} {
		add(srcGlobal, seed, mixed, 2, true)
		add(srcGlobal, seed, []op{{"Read", 3}, {"Seed", seed + 1}, {"Read", 4}, {"Intn", 9}}, 3, true)
	}
	// Long runs: every rare path (rejections, the ziggurats' tails and wedges) gets hit.
	for _, seed := range []int64{1, 42, -5} {
		add(srcRng, seed, ops1("Int63n", 3<<61), 100000, false)
		add(srcRng, seed, ops1("Int63n", 1<<62+1), 100000, false)
		add(srcRng, seed, ops1("Int31n", 1<<30+1), 100000, false)
		add(srcRng, seed, ops1("Intn", 1e9+7), 100000, false)
		add(srcRng, seed, ops1("Float64", 0), 100000, false)
		add(srcRng, seed, ops1("Float32", 0), 100000, false)
		add(srcRng, seed, ops1("Uint64", 0), 100000, false)
		add(srcRng, seed, ops1("NormFloat64", 0), 300000, false)
		add(srcRng, seed, ops1("ExpFloat64", 0), 300000, false)
		add(srcRng, seed, ops1("Perm", 33), 3000, false)
		add(srcRng, seed, ops1("Shuffle", 50), 3000, false)
		add(srcRng, seed, ops1("Read", 13), 10000, false)
		add(srcRng, seed, mixed, 20000, false)
	}
	add(srcGlobal, 77, mixed, 5000, false)
	add(srcInt63, 77, mixed, 5000, false)
	return append(cs, scriptCases()...)
}

// scriptCases drive the rare branches with chosen Int63 values.
func scriptCases() []seqCase {
	const two63 = math.MaxInt64                                // 2^63-1
	f := func(x float64) int64 { return int64(x * (1 << 63)) } // an Int63 giving Float64 x
	u32 := func(u uint32) int64 { return int64(u) << 31 }      // an Int63 giving Uint32 u
	i31 := func(v int32) int64 { return int64(v) << 32 }       // an Int63 giving Int31 v
	var cs []seqCase
	add := func(values []int64, ops []op, reps int) {
		cs = append(cs, seqCase{src: srcScript, script: values, ops: ops, reps: reps, explicit: true})
	}
	// Float64: 2^63-1 and 2^63-512 round to 1.0 and are drawn again; 2^63-513 does not.
	add([]int64{two63, two63 - 511, two63 - 512, 5, 1 << 62, 0}, ops1("Float64", 0), 4)
	// Float32: 1-2^-25 rounds (to even) to 1.0f and is drawn again.
	add([]int64{two63 - 1<<38 + 1, two63 - 1<<38 - 1024 + 1, two63 - 1<<38 - 1023, 3}, ops1("Float32", 0), 4)
	// Int31n(3) rejects Int31 values above 2^31-3; Int63n(3<<61) above 2^63-1-2^61.
	add([]int64{i31(math.MaxInt32), i31(math.MaxInt32 - 1), i31(math.MaxInt32 - 2), i31(5)},
		[]op{{"Int31n", 3}, {"Int31n", 3}, {"Intn", 3}}, 3)
	add([]int64{two63, two63 - 1<<61 + 1, two63 - 1<<61, 17}, []op{{"Int63n", 3 << 61}, {"Int63n", 3 << 61}}, 2)
	// Shuffle's int31n(3): v = 0 gives low = 0 < thresh = 1 (drawn again); v = 2863311531
	// gives low = 1 (accepted without looping).
	add([]int64{0, 0, u32(2863311531), u32(7), u32(1 << 31), 0, u32(0xFFFFFFFF)}, ops1("Shuffle", 3), 4)
	add([]int64{0, u32(2863311531), u32(1), u32(3)}, []op{{"Shuffle", 5}, {"Perm", 4}}, 3)
	// NormFloat64's base-strip tail (i = 0), positive and negative j, with a rejected (x, y)
	// pair, and Float64 = 0 (log(0) = -Inf) giving +Inf; the wedges (kn[1] = 0: i = 1 always
	// tests the wedge).
	add([]int64{u32(0x7F000000), f(0.01), f(0.9), f(0.5), f(0.5),
		u32(0x80000000), f(0.25), f(0.75),
		u32(0x7F000080), 0, 0,
		u32(1), f(0.3), u32(0x7FFFFF81), f(0.999), f(0.001), u32(0x80000001), f(0.5),
		u32(0x00000100), u32(0xFFFFFF80), f(0.1)}, ops1("NormFloat64", 0), 6)
	// ExpFloat64's tail (i = 0, j >= ke[0]) including Float64 = 0 (+Inf), and wedges.
	add([]int64{u32(0xFFFFFF00), f(0.5), u32(0xFFFFFF00), 0, u32(0xF0000001), f(0.2),
		u32(0xFFFFFFFF), f(0.9999), f(0.0001), u32(0xE0000100), u32(0x12345601), f(0.7)},
		ops1("ExpFloat64", 0), 6)
	// A script source is not a Source64.
	add([]int64{1, 2, 3, two63, 1 << 40}, []op{{"Uint64", 0}, {"Uint32", 0}, {"Int", 0}, {"Int31", 0}}, 3)
	return cs
}

type zipfCase struct {
	seed     int64
	s, v     float64
	imax     uint64
	n        int
	explicit bool
}

func zipfCases() []zipfCase {
	var cs []zipfCase
	for _, seed := range []int64{1, 42} {
		for _, p := range []struct {
			s, v float64
			imax uint64
		}{{1.1, 1, 1000}, {2.5, 3.7, 1 << 40}, {1.0001, 1, 10}, {3, 1, math.MaxUint64},
			{1.5, 20, 0}, {10, 1.5, 5}} {
			cs = append(cs, zipfCase{seed, p.s, p.v, p.imax, 24, true})
			cs = append(cs, zipfCase{seed, p.s, p.v, p.imax, 20000, false})
		}
	}
	return cs
}

func runZipf(c zipfCase) []uint64 {
	z := rand.NewZipf(rand.New(rand.NewSource(c.seed)), c.s, c.v, c.imax)
	out := make([]uint64, c.n)
	for i := range out {
		out[i] = z.Uint64()
	}
	return out
}

// ---- math --------------------------------------------------------------------------------

func logInputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), -1, -math.SmallestNonzeroFloat64, math.Inf(1),
		math.Inf(-1), math.NaN(), 1, 2, 0.5, 3, 10, math.E, math.Sqrt2 / 2, math.Sqrt2,
		math.Nextafter(math.Sqrt2/2, 0), math.Nextafter(math.Sqrt2/2, 1), math.Sqrt2 / 4,
		math.SmallestNonzeroFloat64, 1e-310, 2.2250738585072014e-308, math.MaxFloat64,
		1 - 1e-16, 1 + 2.220446049250313e-16, 1.0 / (1 << 63), 0.9999999999999999}
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 600; i++ {
		xs = append(xs, r.Float64())
	}
	for i := 0; i < 200; i++ {
		xs = append(xs, math.Ldexp(r.Float64()+0.5, r.Intn(2000)-1000))
	}
	return xs
}

func expInputs() []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, math.Inf(1), math.Inf(-1),
		math.NaN(), 709.782712893384, math.Nextafter(709.782712893384, 1000), 709.78, 710,
		-708, -708.4, -709, -720, -740, -745, -745.2, -746, -1000, -1e10, 1e-300, -1e-300,
		1e-10, 88.7, -88.7, 0.6931471805599453, 100, -100}
	r := rand.New(rand.NewSource(6))
	for i := 0; i < 500; i++ {
		x := r.Float64() * 3.5
		xs = append(xs, -.5*x*x) // NormFloat64's wedge test
	}
	for i := 0; i < 300; i++ {
		xs = append(xs, -r.Float64()*7.7) // ExpFloat64's wedge test
	}
	for i := 0; i < 300; i++ {
		xs = append(xs, r.Float64()*1460-750)
	}
	return xs
}

// expOnly is the child's job: print math.Exp of expInputs as bits, one a line.
func expOnly() {
	fmt.Println(useFMA)
	for _, x := range expInputs() {
		fmt.Printf("%#x\n", math.Float64bits(math.Exp(x)))
	}
}

// expChild runs this program again with FMA hidden from math.Exp.
func expChild() []string {
	exe, err := os.Executable()
	if err != nil {
		panic(err)
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), "GORAND_GEN_EXP_ONLY=1", "GODEBUG=cpu.fma=off")
	b, err := cmd.Output()
	if err != nil {
		panic(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if lines[0] != "false" {
		panic("GODEBUG=cpu.fma=off did not turn math.Exp's FMA path off")
	}
	return lines[1:]
}

//go:noinline
func f2u(x float64) uint64 { return uint64(x) }

// ---- printing ----------------------------------------------------------------------------

func hexList(vals []uint64) string {
	var b strings.Builder
	for i, v := range vals {
		if i > 0 {
			if i%4 == 0 {
				b.WriteString(",\n      ")
			} else {
				b.WriteString(", ")
			}
		}
		fmt.Fprintf(&b, "%#x", v)
	}
	return b.String()
}

func goInt(v int64) string {
	if v == math.MinInt64 {
		return "INT64_MIN"
	}
	return fmt.Sprint(v)
}

func printSeq(cs []seqCase) {
	fmt.Println("const SeqCase kSeqCases[] = {")
	for _, c := range cs {
		out := run(c)
		var ops []string
		for _, o := range c.ops {
			ops = append(ops, fmt.Sprintf("{%q, %s}", o.name, goInt(o.arg)))
		}
		var script []string
		for _, v := range c.script {
			script = append(script, goInt(v))
		}
		want := ""
		if c.explicit {
			want = hexList(out)
		}
		fmt.Printf("    {%q, %s, {%s},\n     {%s},\n     %d, %d, %#x,\n     {%s}},\n",
			c.src, goInt(c.seed), strings.Join(script, ", "), strings.Join(ops, ", "), c.reps,
			len(out), fnv1a(out), want)
	}
	fmt.Println("};")
	fmt.Println()
}

func printZipf(cs []zipfCase) {
	fmt.Println("const ZipfCase kZipfCases[] = {")
	for _, c := range cs {
		out := runZipf(c)
		want := ""
		if c.explicit {
			want = hexList(out)
		}
		fmt.Printf("    {%d, %#x, %#x, %#x, %d, %#x,\n     {%s}},\n", c.seed,
			math.Float64bits(c.s), math.Float64bits(c.v), c.imax, c.n, fnv1a(out), want)
	}
	fmt.Println("};")
	fmt.Println()
}

func printPairs(name string, xs []float64, ys []string) {
	fmt.Printf("const MathCase %s[] = {\n", name)
	for i, x := range xs {
		fmt.Printf("    {%#x, %s},\n", math.Float64bits(x), ys[i])
	}
	fmt.Println("};")
	fmt.Println()
}

func bitsOf(xs []float64, fn func(float64) float64) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = fmt.Sprintf("%#x", math.Float64bits(fn(x)))
	}
	return out
}

func main() {
	if os.Getenv("GORAND_GEN_EXP_ONLY") == "1" {
		expOnly()
		return
	}
	if !useFMA {
		panic("run on a CPU with AVX and FMA: math.Exp's FMA path must be recorded")
	}
	fmt.Printf("// test/unit/testdata/gorand_vectors.inc: GENERATED by stdlib/math/rand/testgen/gen.go (%s, %s/%s); do not edit.\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Println("// Values real Go's math/rand returned; included by test/unit/gorand_test.cpp, which")
	fmt.Println("// defines SeqCase, ZipfCase and MathCase. See gen.go for what each case records.")
	fmt.Println()
	printSeq(seqCases())
	printZipf(zipfCases())
	printPairs("kLogCases", logInputs(), bitsOf(logInputs(), math.Log))
	printPairs("kExpFmaCases", expInputs(), bitsOf(expInputs(), math.Exp))
	printPairs("kExpSse2Cases", expInputs(), expChild())
	f2uIn := []float64{0, 1, 1.5, -1, -1.5, -0.5, math.Ldexp(1, 63), math.Ldexp(1, 63) + 2048,
		math.Ldexp(1, 64), 1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(),
		math.Ldexp(1, 63) - 1024, -math.Ldexp(1, 63), 12345.99, math.Ldexp(1, 64) - 2048}
	f2uOut := make([]string, len(f2uIn))
	for i, x := range f2uIn {
		f2uOut[i] = fmt.Sprintf("%#x", f2u(x))
	}
	printPairs("kF2UCases", f2uIn, f2uOut)
}
