// gen_tables.go: generates stdlib/unicode/tables.h and stdlib/unicode/tables.cpp, the data
// of csp's unicode package, from the unicode package of the Go that runs it (Go 1.19:
// Unicode 13.0.0).
//
// Run from the repository root: go run stdlib/unicode/testgen/gen_tables.go
//
// Exported tables (every *RangeTable variable, the Categories/Scripts/Properties/
// FoldCategory/FoldScript maps, CaseRanges, TurkishCase) are copied entry for entry, strides
// and LatinOffset included. Go's unexported tables cannot be read, so they are rebuilt from
// exported functions and checked against them here:
//   - properties (Latin-1 classification bits): from IsControl, IsPunct, ..., IsPrint;
//   - asciiFold: SimpleFold(r) for r <= MaxASCII;
//   - caseOrbit: (r, SimpleFold(r)) for every rune of every fold orbit (the cycle r,
//     SimpleFold(r), SimpleFold(SimpleFold(r)), ...) in which SimpleFold differs, for at least
//     one member, from what Go's SimpleFold falls back to for runes not in caseOrbit
//     (ToLower(r), else ToUpper(r)). For Go 1.19 this is exactly Go's caseOrbit (88 entries).

//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"unicode"
)

// The properties bits of Go's graphic.go (and of stdlib/unicode/unicode.h).
const (
	pC  = 1 << iota // a control character.
	pP              // a punctuation character.
	pN              // a numeral.
	pS              // a symbolic character.
	pZ              // a spacing character.
	pLu             // an upper-case letter.
	pLl             // a lower-case letter.
	pp              // a printable character according to Go's definition.
	pg  = pp | pZ
	pLo = pLl | pLu
)

// Exported *RangeTable variables that are not named like a key of Categories, Scripts or
// Properties (whose keys are all also exported variable names).
var aliases = map[string]*unicode.RangeTable{
	"Digit": unicode.Digit, "Letter": unicode.Letter, "Lower": unicode.Lower,
	"Mark": unicode.Mark, "Number": unicode.Number, "Other": unicode.Other,
	"Punct": unicode.Punct, "Space": unicode.Space, "Symbol": unicode.Symbol,
	"Title": unicode.Title, "Upper": unicode.Upper, "STerm": unicode.STerm,
}

// Spot checks that map keys are the variable names.
var keyChecks = map[string]*unicode.RangeTable{
	"Lu": unicode.Lu, "Zs": unicode.Zs, "C": unicode.C, "Han": unicode.Han,
	"Latin": unicode.Latin, "Zanabazar_Square": unicode.Zanabazar_Square,
	"White_Space": unicode.White_Space, "Sentence_Terminal": unicode.Sentence_Terminal,
}

type maps struct {
	name string
	m    map[string]*unicode.RangeTable
	// prefix of the C++ name of a table only reachable through this map
	prefix string
}

var allMaps = []maps{
	{"Categories", unicode.Categories, ""},
	{"Scripts", unicode.Scripts, ""},
	{"Properties", unicode.Properties, ""},
	{"FoldCategory", unicode.FoldCategory, "fold"},
	{"FoldScript", unicode.FoldScript, "fold"},
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "gen_tables: "+format+"\n", args...)
	os.Exit(1)
}

func sortedKeys(m map[string]*unicode.RangeTable) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// tableNames assigns each distinct table (by pointer) a C++ name, t_<key>, and returns the
// tables in emission order plus the exported variables (Go name -> table).
func tableNames() (order []*unicode.RangeTable, cname map[*unicode.RangeTable]string, exported map[string]*unicode.RangeTable) {
	cname = map[*unicode.RangeTable]string{}
	exported = map[string]*unicode.RangeTable{}
	for _, mp := range allMaps {
		for _, k := range sortedKeys(mp.m) {
			t := mp.m[k]
			if _, ok := cname[t]; !ok {
				cname[t] = "t_" + mp.prefix + k
				order = append(order, t)
			}
			if mp.prefix == "" {
				if _, dup := exported[k]; dup {
					fail("variable %s named twice", k)
				}
				exported[k] = t
			}
		}
	}
	for k, t := range keyChecks {
		if exported[k] != t {
			fail("map key %s is not the variable %s", k, k)
		}
	}
	for k, t := range aliases {
		if _, ok := cname[t]; !ok {
			fail("alias %s is not in any map", k)
		}
		exported[k] = t
	}
	return order, cname, exported
}

func writeRanges(w *bufio.Writer, name string, t *unicode.RangeTable) {
	if len(t.R16) > 0 {
		fmt.Fprintf(w, "constexpr Range16 %s_16[] = {", name)
		for i, r := range t.R16 {
			if i%4 == 0 {
				fmt.Fprint(w, "\n   ")
			}
			fmt.Fprintf(w, " {0x%04X, 0x%04X, %d},", r.Lo, r.Hi, r.Stride)
		}
		fmt.Fprint(w, "\n};\n")
	}
	if len(t.R32) > 0 {
		fmt.Fprintf(w, "constexpr Range32 %s_32[] = {", name)
		for i, r := range t.R32 {
			if i%4 == 0 {
				fmt.Fprint(w, "\n   ")
			}
			fmt.Fprintf(w, " {0x%05X, 0x%05X, %d},", r.Lo, r.Hi, r.Stride)
		}
		fmt.Fprint(w, "\n};\n")
	}
	span16, span32 := "{}", "{}"
	if len(t.R16) > 0 {
		span16 = name + "_16"
	}
	if len(t.R32) > 0 {
		span32 = name + "_32"
	}
	fmt.Fprintf(w, "constexpr RangeTable %s{%s, %s, %d};\n\n", name, span16, span32, t.LatinOffset)
}

func writeCaseRanges(w *bufio.Writer, name string, crs []unicode.CaseRange) {
	fmt.Fprintf(w, "constexpr CaseRange %s[] = {\n", name)
	for _, cr := range crs {
		fmt.Fprintf(w, "    {0x%04X, 0x%04X, {%d, %d, %d}},\n", cr.Lo, cr.Hi, cr.Delta[0], cr.Delta[1], cr.Delta[2])
	}
	fmt.Fprint(w, "};\n\n")
}

func writeRangeList(w *bufio.Writer, name string, list []*unicode.RangeTable, cname map[*unicode.RangeTable]string) {
	fmt.Fprintf(w, "const RangeTable* const %s[%d] = {", name, len(list))
	for i, t := range list {
		if cname[t] == "" {
			fail("%s[%d] is not a known table", name, i)
		}
		if i > 0 {
			fmt.Fprint(w, ", ")
		}
		fmt.Fprintf(w, "&%s", cname[t])
	}
	fmt.Fprint(w, "};\n")
}

// latin1Properties rebuilds Go's properties table and checks that the functions that use
// it give, through it, what Go's functions give.
func latin1Properties() [unicode.MaxLatin1 + 1]uint8 {
	var props [unicode.MaxLatin1 + 1]uint8
	for r := rune(0); r <= unicode.MaxLatin1; r++ {
		var p uint8
		set := func(b bool, bits uint8) {
			if b {
				p |= bits
			}
		}
		set(unicode.IsControl(r), pC)
		set(unicode.IsPunct(r), pP)
		set(unicode.IsNumber(r), pN)
		set(unicode.IsSymbol(r), pS)
		set(unicode.Is(unicode.Zs, r), pZ)
		set(unicode.IsUpper(r), pLu)
		set(unicode.IsLower(r), pLl)
		set(unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r), pLo)
		set(unicode.IsPrint(r), pp)
		props[r] = p
		ok := unicode.IsControl(r) == (p&pC != 0) &&
			unicode.IsPunct(r) == (p&pP != 0) &&
			unicode.IsNumber(r) == (p&pN != 0) &&
			unicode.IsSymbol(r) == (p&pS != 0) &&
			unicode.IsUpper(r) == (p&pLo == pLu) &&
			unicode.IsLower(r) == (p&pLo == pLl) &&
			unicode.IsLetter(r) == (p&pLo != 0) &&
			unicode.IsPrint(r) == (p&pp != 0) &&
			unicode.IsGraphic(r) == (p&pg != 0)
		if !ok {
			fail("properties[0x%02X] = 0x%02X does not reproduce Go", r, p)
		}
	}
	return props
}

func propertyExpr(p uint8) string {
	if p == 0 {
		return "0"
	}
	var parts []string
	if p&pLo == pLo {
		parts = append(parts, "pLo")
	}
	for _, b := range []struct {
		bit  uint8
		name string
	}{{pC, "pC"}, {pP, "pP"}, {pN, "pN"}, {pS, "pS"}, {pZ, "pZ"}, {pLu, "pLu"}, {pLl, "pLl"}, {pp, "pp"}} {
		if p&b.bit != 0 && !(p&pLo == pLo && b.bit&pLo != 0) {
			parts = append(parts, b.name)
		}
	}
	return strings.Join(parts, " | ")
}

func fallbackFold(r rune) rune {
	if l := unicode.ToLower(r); l != r {
		return l
	}
	return unicode.ToUpper(r)
}

// caseOrbit rebuilds Go's caseOrbit: see the top of this file.
func caseOrbit() [][2]rune {
	var orbit [][2]rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		irregular := unicode.SimpleFold(r) != fallbackFold(r)
		for x := unicode.SimpleFold(r); x != r; x = unicode.SimpleFold(x) {
			irregular = irregular || unicode.SimpleFold(x) != fallbackFold(x)
		}
		if !irregular {
			continue
		}
		to := unicode.SimpleFold(r)
		if r > 0xFFFF || to > 0xFFFF {
			fail("caseOrbit entry U+%04X -> U+%04X does not fit in 16 bits", r, to)
		}
		orbit = append(orbit, [2]rune{r, to})
	}
	return orbit
}

func writeHeader(path string, exported map[string]*unicode.RangeTable) {
	f, err := os.Create(path)
	if err != nil {
		fail("%v", err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "// stdlib/unicode/tables.h: GENERATED by stdlib/unicode/testgen/gen_tables.go (%s, Unicode %s);\n", runtime.Version(), unicode.Version)
	fmt.Fprint(w, "// do not edit. Go's exported *RangeTable variables (unicode.Han, unicode.Lu, ...).\n")
	fmt.Fprint(w, "#pragma once\n\n#include \"stdlib/unicode/unicode.h\"\n\nnamespace csp::gounicode {\n\n")
	names := make([]string, 0, len(exported))
	for k := range exported {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(w, "extern const RangeTable* const %s;\n", k)
	}
	fmt.Fprint(w, "\n}  // namespace csp::gounicode\n")
	if err := w.Flush(); err != nil {
		fail("%v", err)
	}
	f.Close()
}

func writeTables(path string, order []*unicode.RangeTable, cname map[*unicode.RangeTable]string, exported map[string]*unicode.RangeTable) {
	f, err := os.Create(path)
	if err != nil {
		fail("%v", err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "// stdlib/unicode/tables.cpp: GENERATED by stdlib/unicode/testgen/gen_tables.go (%s, Unicode %s);\n", runtime.Version(), unicode.Version)
	fmt.Fprint(w, "// do not edit. The data of Go's unicode package (tables.go, casetables.go); see unicode.h.\n")
	fmt.Fprint(w, "#include \"stdlib/unicode/tables.h\"\n\nnamespace csp::gounicode {\n\n")
	fmt.Fprintf(w, "const char Version[] = %q;\n\n", unicode.Version)

	fmt.Fprint(w, "namespace {\n\n")
	for _, t := range order {
		writeRanges(w, cname[t], t)
	}
	writeCaseRanges(w, "kCaseRanges", unicode.CaseRanges)
	writeCaseRanges(w, "kTurkishCase", unicode.TurkishCase)
	for _, mp := range allMaps {
		fmt.Fprintf(w, "constexpr NamedTable k%s[] = {\n", mp.name)
		for _, k := range sortedKeys(mp.m) {
			fmt.Fprintf(w, "    {%q, &%s},\n", k, cname[mp.m[k]])
		}
		fmt.Fprint(w, "};\n")
	}
	fmt.Fprint(w, "\n}  // namespace\n\n")

	names := make([]string, 0, len(exported))
	for k := range exported {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(w, "const RangeTable* const %s = &%s;\n", k, cname[exported[k]])
	}
	fmt.Fprint(w, "\n")
	for _, mp := range allMaps {
		fmt.Fprintf(w, "const std::span<const NamedTable> %s = k%s;\n", mp.name, mp.name)
	}
	writeRangeList(w, "GraphicRanges", unicode.GraphicRanges, cname)
	writeRangeList(w, "PrintRanges", unicode.PrintRanges, cname)
	fmt.Fprint(w, "const std::span<const CaseRange> CaseRanges = kCaseRanges;\n")
	if &unicode.TurkishCase[0] != &unicode.AzeriCase[0] {
		fail("AzeriCase is no longer TurkishCase")
	}
	fmt.Fprint(w, "const SpecialCase TurkishCase{kTurkishCase};\n")
	fmt.Fprint(w, "const SpecialCase AzeriCase{kTurkishCase};\n\n")

	fmt.Fprint(w, "namespace detail {\n\n")
	fmt.Fprint(w, "const uint8_t properties[MaxLatin1 + 1] = {\n")
	for r, p := range latin1Properties() {
		fmt.Fprintf(w, "    %s,  // 0x%02X\n", propertyExpr(p), r)
	}
	fmt.Fprint(w, "};\n\n")

	fmt.Fprint(w, "const uint16_t asciiFold[MaxASCII + 1] = {")
	for r := rune(0); r <= unicode.MaxASCII; r++ {
		if r%8 == 0 {
			fmt.Fprint(w, "\n   ")
		}
		fmt.Fprintf(w, " 0x%04X,", unicode.SimpleFold(r))
	}
	fmt.Fprint(w, "\n};\n\n")

	fmt.Fprint(w, "namespace {\nconstexpr foldPair kCaseOrbit[] = {")
	for i, p := range caseOrbit() {
		if i%6 == 0 {
			fmt.Fprint(w, "\n   ")
		}
		fmt.Fprintf(w, " {0x%04X, 0x%04X},", p[0], p[1])
	}
	fmt.Fprint(w, "\n};\n}  // namespace\n")
	fmt.Fprint(w, "const std::span<const foldPair> caseOrbit = kCaseOrbit;\n\n")
	fmt.Fprint(w, "}  // namespace detail\n\n}  // namespace csp::gounicode\n")
	if err := w.Flush(); err != nil {
		fail("%v", err)
	}
	f.Close()
}

func main() {
	order, cname, exported := tableNames()
	writeHeader("stdlib/unicode/tables.h", exported)
	writeTables("stdlib/unicode/tables.cpp", order, cname, exported)
}
