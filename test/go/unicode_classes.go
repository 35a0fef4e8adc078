// A character classifier built on package unicode: Is* predicates across scripts, case
// mapping including special cases, In with range tables, SimpleFold orbits, and a
// script-aware identifier validator.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func flags(r rune) string {
	var f []string
	checks := []struct {
		name string
		fn   func(rune) bool
	}{
		{"letter", unicode.IsLetter}, {"digit", unicode.IsDigit}, {"number", unicode.IsNumber},
		{"space", unicode.IsSpace}, {"upper", unicode.IsUpper}, {"lower", unicode.IsLower},
		{"title", unicode.IsTitle}, {"punct", unicode.IsPunct}, {"symbol", unicode.IsSymbol},
		{"mark", unicode.IsMark}, {"control", unicode.IsControl}, {"graphic", unicode.IsGraphic},
		{"print", unicode.IsPrint},
	}
	for _, c := range checks {
		if c.fn(r) {
			f = append(f, c.name)
		}
	}
	return strings.Join(f, ",")
}

func validIdent(s string) (bool, string) {
	if s == "" {
		return false, "empty"
	}
	for i, r := range s {
		if i == 0 && !(unicode.IsLetter(r) || r == '_') {
			return false, fmt.Sprintf("bad first rune %q", r)
		}
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			return false, fmt.Sprintf("bad rune %q at %d", r, i)
		}
	}
	return true, "ok"
}

func script(r rune) string {
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Arabic", unicode.Arabic},
		{"Hebrew", unicode.Hebrew}, {"Devanagari", unicode.Devanagari},
	}
	for _, t := range tables {
		if unicode.Is(t.t, r) {
			return t.name
		}
	}
	return "other"
}

func main() {
	for _, r := range []rune{'a', 'Z', '5', '٣', 'Ⅻ', '½', ' ', '\t', '\u00a0', '\u2028', '!', '¿', '+', '€', '©',
		'\u0301', '\x00', '\x7f', 'ǅ', 'ß', 'Σ', 'ж', '中', 'あ', 'م', '\u200b', '🙂'} {
		fmt.Printf("%-8q %-7U %-10s %s\n", r, r, script(r), flags(r))
	}
	for _, r := range []rune{'a', 'A', 'ß', 'ǆ', 'ǅ', 'Ǆ', 'ı', 'İ', 'σ', 'ς', 'Σ', 'k', 'K', '1'} {
		fmt.Printf("%q upper=%q lower=%q title=%q fold:", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			fmt.Printf(" %q", f)
		}
		fmt.Println()
	}
	fmt.Println(unicode.TurkishCase.ToUpper('i') == 'İ', string(unicode.TurkishCase.ToLower('I')), string(unicode.To(unicode.UpperCase, 'q')))
	for _, id := range []string{"count", "_tmp", "π", "変数", "x1", "1x", "my-var", "naïve", "", "a b", "Ωmega2"} {
		ok, why := validIdent(id)
		fmt.Printf("%-9q %-5t %s\n", id, ok, why)
	}
	text := "Hello, Мир! 你好 123 ½ — ok?"
	counts := map[string]int{}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			counts[script(r)]++
		case unicode.IsNumber(r):
			counts["number"]++
		case unicode.IsSpace(r):
			counts["space"]++
		case unicode.IsPunct(r):
			counts["punct"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '_'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.MaxASCII, unicode.MaxLatin1, string(unicode.ReplacementChar))
}
