// gen.go: generates test/unit/testdata/gosort_vectors.inc, the vectors test/unit/gosort_test.cpp
// checks stdlib/sort/ against: what Go's own sort package does to many inputs.
//
// Run from the repository root, with Go 1.19 (the version stdlib/sort/ follows):
//   go run stdlib/sort/testgen/gen.go > test/unit/testdata/gosort_vectors.inc
//
// For each input (int keys, or float64 keys drawn from a palette with NaNs, -0, +0, ...) it
// sorts (key, original index) pairs by key only, so ties reveal the algorithm, and records:
//   - the permutation of original indices sort.Sort leaves;
//   - for sort.Sort, sort.Stable and sort.IsSorted through a tracing sort.Interface: the number
//     of Len, Less and Swap calls and a hash of the whole call sequence (trace, below);
//   - for sort.Slice and sort.SliceStable: the Less calls and their hash (Go's swapper is not
//     observable);
//   - for float cases, sort.Float64s's result, compared by bits (as palette indices).
// It asserts on the way (and stops if one fails) what the vectors then leave out: sort.Slice
// leaves sort.Sort's order and makes the same Less calls; sort.Stable and sort.SliceStable leave
// the stable order by key and agree on their Less calls; sort.Float64s agrees with the pairs;
// sort.Strings on distinct copies of the strings leaves sort.Sort's order.
// Inputs include heapsort_inputs.txt (by heapsort_inputs.cpp: the only ones that drive pdqsort
// into heapSort). Also: string cases (sort.Strings), go1.19 sort_test.go's McIlroy adversary
// (only its trace is recorded; it does not reach heapSort) and SearchInts/SearchFloat64s/
// SearchStrings queries.
//
// trace: 64-bit FNV-1a over words (not bytes), h = (h ^ w) * 1099511628211 from
// 14695981039346656037, with the words 0 for Len(); 1, i, j for Less(i, j); 2, i, j for Swap(i, j).

//go:build ignore

package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unsafe"
)

// ---- tracing ----

type ops struct {
	len, less, swap int64
	h               uint64
}

func newOps() ops { return ops{h: 14695981039346656037} }

func (o *ops) word(w uint64) { o.h = (o.h ^ w) * 1099511628211 }
func (o *ops) onLen()        { o.len++; o.word(0) }
func (o *ops) onLess(i, j int) {
	o.less++
	o.word(1)
	o.word(uint64(i))
	o.word(uint64(j))
}
func (o *ops) onSwap(i, j int) {
	o.swap++
	o.word(2)
	o.word(uint64(i))
	o.word(uint64(j))
}
func (o ops) String() string {
	return fmt.Sprintf("{%d, %d, %d, 0x%016xull}", o.len, o.less, o.swap, o.h)
}

// ---- keys ----

// floatPalette: float keys are indices into it (bits all distinct).
var floatPalette = []uint64{
	0x7ff8000000000000, // NaN
	0x7ff8000000000001, // NaN, another payload
	0xfff8000000000000, // -NaN
	0x7ffc000000000123, // NaN
	0x7ff0000000000001, // signalling NaN
	0xfff0000000000000, // -Inf
	0x7ff0000000000000, // +Inf
	0x8000000000000000, // -0
	0x0000000000000000, // +0
	0x3ff0000000000000, // 1
	0xbff0000000000000, // -1
	0x3fe0000000000000, // 0.5
	0x0000000000000001, // smallest denormal
	0x8000000000000001, // -smallest denormal
	0x7fefffffffffffff, // MaxFloat64
	0xffefffffffffffff, // -MaxFloat64
	0x4004000000000000, // 2.5
	0xc008000000000000, // -3
}

func isNaN(f float64) bool { return f != f }

func lessKey(floats bool, a, b int64) bool {
	if !floats {
		return a < b
	}
	x, y := math.Float64frombits(floatPalette[a]), math.Float64frombits(floatPalette[b])
	return x < y || (isNaN(x) && !isNaN(y))
}

// pairs: a sort.Interface over (key, original index), compared by key only, traced.
type pairs struct {
	floats bool
	keys   []int64
	idx    []int32
	o      ops
}

func newPairs(floats bool, keys []int64) *pairs {
	p := &pairs{floats: floats, keys: append([]int64(nil), keys...), idx: make([]int32, len(keys)), o: newOps()}
	for i := range p.idx {
		p.idx[i] = int32(i)
	}
	return p
}

func (p *pairs) Len() int { p.o.onLen(); return len(p.keys) }
func (p *pairs) Less(i, j int) bool {
	p.o.onLess(i, j)
	return lessKey(p.floats, p.keys[i], p.keys[j])
}
func (p *pairs) Swap(i, j int) {
	p.o.onSwap(i, j)
	p.keys[i], p.keys[j] = p.keys[j], p.keys[i]
	p.idx[i], p.idx[j] = p.idx[j], p.idx[i]
}

type pair struct {
	key int64
	idx int32
}

// sliceSort runs sort.Slice or sort.SliceStable on pairs, tracing only Less.
func sliceSort(floats bool, keys []int64, stable bool) ([]int32, ops) {
	ps := make([]pair, len(keys))
	for i, k := range keys {
		ps[i] = pair{k, int32(i)}
	}
	o := newOps()
	less := func(i, j int) bool {
		o.onLess(i, j)
		return lessKey(floats, ps[i].key, ps[j].key)
	}
	if stable {
		sort.SliceStable(ps, less)
	} else {
		sort.Slice(ps, less)
	}
	perm := make([]int32, len(ps))
	for i, p := range ps {
		perm[i] = p.idx
	}
	return perm, o
}

// lessOnly is the hash of the Less calls alone of a traced sort.Interface run.
type lessOnly struct {
	*pairs
	o ops
}

func (l *lessOnly) Less(i, j int) bool { l.o.onLess(i, j); return l.pairs.Less(i, j) }

func equal32(a, b []int32) bool { return reflect.DeepEqual(a, b) }

func check(ok bool, format string, args ...any) {
	if !ok {
		fmt.Fprintf(os.Stderr, "gen.go: "+format+"\n", args...)
		os.Exit(1)
	}
}

// ---- one case ----

type result struct {
	name     string
	floats   bool
	keys     []int64
	sortPerm []int32
	isSorted ops
	sortOps  ops
	stable   ops
	slice    ops
	sliceSt  ops
	float64s []int64
}

func run(name string, floats bool, keys []int64) result {
	r := result{name: name, floats: floats, keys: keys}

	p := newPairs(floats, keys)
	sort.IsSorted(p)
	r.isSorted = p.o

	p = newPairs(floats, keys)
	lo := &lessOnly{pairs: p, o: newOps()}
	sort.Sort(lo)
	r.sortPerm, r.sortOps = p.idx, p.o

	slicePerm, sliceOps := sliceSort(floats, keys, false)
	check(equal32(slicePerm, r.sortPerm), "%s: sort.Slice order differs from sort.Sort", name)
	check(sliceOps == lo.o, "%s: sort.Slice's Less calls differ from sort.Sort's", name)
	r.slice = sliceOps

	p = newPairs(floats, keys)
	lo = &lessOnly{pairs: p, o: newOps()}
	sort.Stable(lo)
	r.stable = p.o
	want := make([]int32, len(keys))
	for i := range want {
		want[i] = int32(i)
	}
	sort.Slice(want, func(i, j int) bool { // by (key, original index): a total order
		a, b := keys[want[i]], keys[want[j]]
		return lessKey(floats, a, b) || (!lessKey(floats, b, a) && want[i] < want[j])
	})
	check(equal32(p.idx, want), "%s: sort.Stable is not the stable order", name)
	stPerm, stOps := sliceSort(floats, keys, true)
	check(equal32(stPerm, want), "%s: sort.SliceStable is not the stable order", name)
	check(stOps == lo.o, "%s: sort.SliceStable's Less calls differ from sort.Stable's", name)
	r.sliceSt = stOps

	if floats {
		xs := make([]float64, len(keys))
		for i, k := range keys {
			xs[i] = math.Float64frombits(floatPalette[k])
		}
		sort.Float64s(xs)
		for i, x := range xs {
			b := math.Float64bits(x)
			k := int64(-1)
			for j, pb := range floatPalette {
				if pb == b {
					k = int64(j)
				}
			}
			check(k == keys[r.sortPerm[i]], "%s: sort.Float64s differs from the pairs at %d", name, i)
			r.float64s = append(r.float64s, k)
		}
	}
	return r
}

// ---- inputs ----

func intKeys(n int, f func(i int) int64) []int64 {
	k := make([]int64, n)
	for i := range k {
		k[i] = f(i)
	}
	return k
}

type pattern struct {
	name string
	keys func(rng *rand.Rand, n int) []int64
}

func randomUpTo(m func(n int) int) func(*rand.Rand, int) []int64 {
	return func(rng *rand.Rand, n int) []int64 {
		k := m(n)
		if k < 1 {
			k = 1
		}
		return intKeys(n, func(int) int64 { return int64(rng.Intn(k)) })
	}
}

var smallPatterns = []pattern{
	{"rand2", randomUpTo(func(int) int { return 2 })},
	{"rand4", randomUpTo(func(int) int { return 4 })},
	{"randn", randomUpTo(func(n int) int { return n })},
	{"sorted", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(i int) int64 { return int64(i / 2) }) }},
	{"reversed", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(i int) int64 { return int64((n - i) / 2) }) }},
	{"equal", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(int) int64 { return 7 }) }},
	{"saw5", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(i int) int64 { return int64(i % 5) }) }},
	{"organ", func(_ *rand.Rand, n int) []int64 {
		return intKeys(n, func(i int) int64 { return int64(min(i, n-1-i)) })
	}},
}

// nearly: sorted with dups, then s random transpositions.
func nearly(s int, reversed bool) func(*rand.Rand, int) []int64 {
	return func(rng *rand.Rand, n int) []int64 {
		k := intKeys(n, func(i int) int64 {
			if reversed {
				return int64((n - i) / 3)
			}
			return int64(i / 3)
		})
		for t := 0; t < s; t++ {
			i, j := rng.Intn(n), rng.Intn(n)
			k[i], k[j] = k[j], k[i]
		}
		return k
	}
}

var largePatterns = []pattern{
	{"rand2", randomUpTo(func(int) int { return 2 })},
	{"rand10", randomUpTo(func(int) int { return 10 })},
	{"randsqrt", randomUpTo(func(n int) int { return int(math.Sqrt(float64(n))) })},
	{"randn", randomUpTo(func(n int) int { return n })},
	{"sorted", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(i int) int64 { return int64(i) }) }},
	{"reversed", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(i int) int64 { return int64(n - i) }) }},
	{"equal", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(int) int64 { return 0 }) }},
	{"saw7", func(_ *rand.Rand, n int) []int64 { return intKeys(n, func(i int) int64 { return int64(i % 7) }) }},
	{"sawquarter", func(_ *rand.Rand, n int) []int64 {
		return intKeys(n, func(i int) int64 { return int64(i % (n/4 + 1)) })
	}},
	{"organ", func(_ *rand.Rand, n int) []int64 {
		return intKeys(n, func(i int) int64 { return int64(min(i, n-1-i)) })
	}},
	{"nearly3", nearly(3, false)},
	{"nearly3rev", nearly(3, true)},
	{"sortedtail", func(rng *rand.Rand, n int) []int64 {
		return intKeys(n, func(i int) int64 {
			if i < n-n/10 {
				return int64(i)
			}
			return int64(rng.Intn(n))
		})
	}},
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func floatKeys(rng *rand.Rand, n int, choices []int64) []int64 {
	return intKeys(n, func(int) int64 { return choices[rng.Intn(len(choices))] })
}

func allPalette() []int64 {
	c := make([]int64, len(floatPalette))
	for i := range c {
		c[i] = int64(i)
	}
	return c
}

var floatPatterns = []struct {
	name    string
	choices []int64
}{
	{"palette", allPalette()},
	{"zeros", []int64{7, 8}},                  // -0 and +0 only
	{"nans", []int64{0, 1, 2, 3, 4, 7, 8, 9}}, // NaNs, zeros, 1
	{"mixed", []int64{0, 3, 5, 6, 7, 8, 10, 12, 13, 16}},
}

// ---- strings ----

var stringPalette = []string{"", "a", "a\x00", "ab", "abc", "b", "B", "\xff", "\xe4\xb8\x96", "a\xff", "ba", "zz"}

type spairs struct {
	keys []int
	idx  []int32
	o    ops
}

func (p *spairs) Len() int { p.o.onLen(); return len(p.keys) }
func (p *spairs) Less(i, j int) bool {
	p.o.onLess(i, j)
	return stringPalette[p.keys[i]] < stringPalette[p.keys[j]]
}
func (p *spairs) Swap(i, j int) {
	p.o.onSwap(i, j)
	p.keys[i], p.keys[j] = p.keys[j], p.keys[i]
	p.idx[i], p.idx[j] = p.idx[j], p.idx[i]
}

type sresult struct {
	name string
	keys []int
	perm []int32
	o    ops
}

func runStrings(name string, keys []int) sresult {
	p := &spairs{keys: append([]int(nil), keys...), idx: make([]int32, len(keys)), o: newOps()}
	for i := range p.idx {
		p.idx[i] = int32(i)
	}
	sort.Sort(p)
	// sort.Strings on distinct copies: the data pointers tell where each element went
	// (empty strings share theirs, so they are not checked).
	xs := make([]string, len(keys))
	where := map[uintptr]int32{}
	for i, k := range keys {
		var b strings.Builder // string([]byte) would share one-byte strings
		b.WriteString(stringPalette[k])
		xs[i] = b.String()
		if xs[i] != "" {
			where[(*reflect.StringHeader)(unsafe.Pointer(&xs[i])).Data] = int32(i)
		}
	}
	sort.Strings(xs)
	for i := range xs {
		if xs[i] != "" {
			check(where[(*reflect.StringHeader)(unsafe.Pointer(&xs[i])).Data] == p.idx[i],
				"%s: sort.Strings differs from sort.Sort at %d", name, i)
		}
	}
	return sresult{name, keys, p.idx, p.o}
}

// ---- McIlroy's adversary (as in go1.19 sort_test.go's adversaryTestingData) ----

type adversary struct {
	data                   []int
	nsolid, candidate, gas int
	o                      ops
}

func newAdversary(size int) *adversary {
	a := &adversary{data: make([]int, size), gas: size - 1, o: newOps()}
	for i := range a.data {
		a.data[i] = a.gas
	}
	return a
}

func (d *adversary) Len() int { d.o.onLen(); return len(d.data) }
func (d *adversary) Less(i, j int) bool {
	d.o.onLess(i, j)
	if d.data[i] == d.gas && d.data[j] == d.gas {
		if i == d.candidate {
			d.data[i] = d.nsolid
		} else {
			d.data[j] = d.nsolid
		}
		d.nsolid++
	}
	if d.data[i] == d.gas {
		d.candidate = i
	} else if d.data[j] == d.gas {
		d.candidate = j
	}
	return d.data[i] < d.data[j]
}
func (d *adversary) Swap(i, j int) {
	d.o.onSwap(i, j)
	d.data[i], d.data[j] = d.data[j], d.data[i]
}

func readLines(path string) []string {
	b, err := os.ReadFile(path)
	check(err == nil, "%v (run gen.go from the repository root)", err)
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// ---- output ----

func join[T any](xs []T) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, x)
	}
	return b.String()
}

// cString: a C++ string literal of s, every unprintable byte as a 3-digit octal escape.
func cString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func main() {
	// Later Go versions changed package sort's algorithms; the vectors must come from 1.19.
	check(strings.HasPrefix(runtime.Version(), "go1.19"), "needs Go 1.19, this is %s", runtime.Version())
	rng := rand.New(rand.NewSource(19))
	var results []result
	for n := 0; n <= 50; n++ {
		for _, p := range smallPatterns {
			results = append(results, run(fmt.Sprintf("%s/%d", p.name, n), false, p.keys(rng, n)))
		}
	}
	for _, n := range []int{51, 64, 100, 257, 600, 1500, 3000} {
		for _, p := range largePatterns {
			results = append(results, run(fmt.Sprintf("%s/%d", p.name, n), false, p.keys(rng, n)))
		}
	}
	for _, line := range readLines("stdlib/sort/testgen/heapsort_inputs.txt") {
		f := strings.Fields(line)
		keys := make([]int64, len(f)-1)
		for i, v := range f[1:] {
			k, err := strconv.ParseInt(v, 10, 64)
			check(err == nil, "heapsort_inputs.txt: %v", err)
			keys[i] = k
		}
		results = append(results, run(f[0], false, keys))
	}
	for _, p := range floatPatterns {
		for n := 0; n <= 40; n += 1 + n/8 {
			results = append(results, run(fmt.Sprintf("float_%s/%d", p.name, n), true, floatKeys(rng, n, p.choices)))
		}
		for _, n := range []int{100, 500, 2000} {
			results = append(results, run(fmt.Sprintf("float_%s/%d", p.name, n), true, floatKeys(rng, n, p.choices)))
		}
	}

	var sresults []sresult
	for _, n := range []int{0, 1, 2, 5, 13, 30, 51, 200, 1000} {
		keys := make([]int, n)
		for i := range keys {
			keys[i] = rng.Intn(len(stringPalette))
		}
		sresults = append(sresults, runStrings(fmt.Sprintf("strings/%d", n), keys))
	}

	w := os.Stdout
	fmt.Fprintf(w, "// test/unit/testdata/gosort_vectors.inc: GENERATED by stdlib/sort/testgen/gen.go (%s);\n", runtime.Version())
	fmt.Fprintln(w, "// do not edit. What Go's sort package did to the inputs below; see gen.go for each field.")
	fmt.Fprintln(w, "// Included by test/unit/gosort_test.cpp, which defines GoOps, GoSortCase, GoStringCase,")
	fmt.Fprintln(w, "// GoAdversaryCase and GoSearch*Case.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "const uint64_t kGoFloatPalette[] = {")
	for _, b := range floatPalette {
		fmt.Fprintf(w, "  0x%016xull,\n", b)
	}
	fmt.Fprintln(w, "};")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// {name, floats, keys, sort perm, IsSorted, Sort, Stable, Slice, SliceStable, Float64s}")
	fmt.Fprintln(w, "const GoSortCase kGoSortCases[] = {")
	for _, r := range results {
		fmt.Fprintf(w, "  {%q, %v, {%s}, {%s},\n   %v, %v, %v, %v, %v, {%s}},\n", r.name, r.floats,
			join(r.keys), join(r.sortPerm), r.isSorted, r.sortOps, r.stable, r.slice, r.sliceSt, join(r.float64s))
	}
	fmt.Fprintln(w, "};")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "const std::string_view kGoStringPalette[] = {")
	for _, s := range stringPalette {
		fmt.Fprintf(w, "  {%s, %d},\n", cString(s), len(s))
	}
	fmt.Fprintln(w, "};")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// {name, keys (palette indices), sort perm, Sort}")
	fmt.Fprintln(w, "const GoStringCase kGoStringCases[] = {")
	for _, r := range sresults {
		fmt.Fprintf(w, "  {%q, {%s}, {%s}, %v},\n", r.name, join(r.keys), join(r.perm), r.o)
	}
	fmt.Fprintln(w, "};")
	fmt.Fprintln(w)

	fmt.Fprintln(w, "// {size, Sort}: sort.Sort of McIlroy's adversary (go1.19 sort_test.go)")
	fmt.Fprintln(w, "const GoAdversaryCase kGoAdversaryCases[] = {")
	for _, size := range []int{13, 50, 100, 1000, 10000} {
		a := newAdversary(size)
		sort.Sort(a)
		for i, v := range a.data {
			check(v == i, "adversary %d not sorted", size)
		}
		fmt.Fprintf(w, "  {%d, %v},\n", size, a.o)
	}
	fmt.Fprintln(w, "};")
	fmt.Fprintln(w)

	writeSearches(w, rng)
}

func writeSearches(w *os.File, rng *rand.Rand) {
	fmt.Fprintln(w, "// {a, x, SearchInts(a, x)}")
	fmt.Fprintln(w, "const GoSearchIntCase kGoSearchIntCases[] = {")
	for _, n := range []int{0, 1, 2, 3, 10, 33} {
		a := make([]int, n)
		for i := range a {
			a[i] = rng.Intn(8) - 2
		}
		sort.Ints(a)
		a64 := make([]int64, n)
		for i, v := range a {
			a64[i] = int64(v)
		}
		for x := -3; x <= 6; x++ {
			fmt.Fprintf(w, "  {{%s}, %d, %d},\n", join(a64), x, sort.SearchInts(a, x))
		}
	}
	fmt.Fprintln(w, "};")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// {a, x, SearchFloat64s(a, x)}, all as palette indices (a sorted by sort.Float64s)")
	fmt.Fprintln(w, "const GoSearchFloatCase kGoSearchFloatCases[] = {")
	for _, n := range []int{0, 1, 4, 9, 30} {
		for _, choices := range [][]int64{{5, 7, 8, 9, 10, 11, 16}, allPalette()} {
			keys := floatKeys(rng, n, choices)
			a := make([]float64, n)
			for i, k := range keys {
				a[i] = math.Float64frombits(floatPalette[k])
			}
			sort.Float64s(a)
			ak := make([]int64, n)
			for i, x := range a {
				for j, b := range floatPalette {
					if b == math.Float64bits(x) {
						ak[i] = int64(j)
					}
				}
			}
			for x := range floatPalette {
				got := sort.SearchFloat64s(a, math.Float64frombits(floatPalette[x]))
				fmt.Fprintf(w, "  {{%s}, %d, %d},\n", join(ak), x, got)
			}
		}
	}
	fmt.Fprintln(w, "};")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "// {a, x, SearchStrings(a, x)}, all as string palette indices")
	fmt.Fprintln(w, "const GoSearchStringCase kGoSearchStringCases[] = {")
	for _, n := range []int{0, 1, 3, 12} {
		keys := make([]int, n)
		for i := range keys {
			keys[i] = rng.Intn(len(stringPalette))
		}
		sort.Slice(keys, func(i, j int) bool { return stringPalette[keys[i]] < stringPalette[keys[j]] })
		a := make([]string, n)
		for i, k := range keys {
			a[i] = stringPalette[k]
		}
		for x := range stringPalette {
			fmt.Fprintf(w, "  {{%s}, %d, %d},\n", join(keys), x, sort.SearchStrings(a, stringPalette[x]))
		}
	}
	fmt.Fprintln(w, "};")
}
