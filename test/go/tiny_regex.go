// A tiny regular expression matcher in the style of Kernighan and Pike, extended: literals,
// '.', character classes with ranges and negation, the quantifiers *, + and ? (greedy, by
// backtracking), anchors ^ and $, and escapes; Find reports the leftmost (greedy) match.
package main

import (
	"errors"
	"fmt"
	"strings"
)

// item is one compiled pattern element: a set of bytes plus a quantifier.
type item struct {
	set      [256]bool
	min, max int // max < 0 means unbounded
	desc     string
}

type Regexp struct {
	items          []item
	anchorL, anchR bool
}

var ErrSyntax = errors.New("syntax error")

func Compile(src string) (*Regexp, error) {
	re := &Regexp{}
	if strings.HasPrefix(src, "^") {
		re.anchorL, src = true, src[1:]
	}
	if strings.HasSuffix(src, "$") && !strings.HasSuffix(src, `\$`) {
		re.anchR, src = true, src[:len(src)-1]
	}
	for i := 0; i < len(src); i++ {
		var it item
		start := i
		switch c := src[i]; c {
		case '*', '+', '?':
			return nil, fmt.Errorf("%w: nothing to repeat at %d in %q", ErrSyntax, i, src)
		case '.':
			for b := range it.set {
				it.set[b] = b != '\n'
			}
		case '\\':
			if i++; i == len(src) {
				return nil, fmt.Errorf("%w: trailing backslash in %q", ErrSyntax, src)
			}
			it.set[src[i]] = true
		case '[':
			end := strings.IndexByte(src[i+1:], ']')
			if end < 0 {
				return nil, fmt.Errorf("%w: missing ] in %q", ErrSyntax, src)
			}
			class := src[i+1 : i+1+end]
			neg := strings.HasPrefix(class, "^")
			if neg {
				class = class[1:]
			}
			for k := 0; k < len(class); k++ {
				lo, hi := class[k], class[k]
				if k+2 < len(class) && class[k+1] == '-' {
					hi = class[k+2]
					k += 2
				}
				for b := int(lo); b <= int(hi); b++ {
					it.set[b] = true
				}
			}
			if neg {
				for b := range it.set {
					it.set[b] = !it.set[b]
				}
			}
			i += end + 1
		default:
			it.set[c] = true
		}
		it.min, it.max = 1, 1
		if i+1 < len(src) {
			switch src[i+1] {
			case '*':
				it.min, it.max = 0, -1
			case '+':
				it.min, it.max = 1, -1
			case '?':
				it.min, it.max = 0, 1
			}
			if it.max != 1 || it.min != 1 {
				i++
			}
		}
		it.desc = src[start : i+1]
		re.items = append(re.items, it)
	}
	return re, nil
}

// matchHere returns the end of the longest match of items against s starting at pos, or -1.
func (re *Regexp) matchHere(items []item, s string, pos int) int {
	if len(items) == 0 {
		if re.anchR && pos != len(s) {
			return -1
		}
		return pos
	}
	it := items[0]
	n := 0
	for pos+n < len(s) && (it.max < 0 || n < it.max) && it.set[s[pos+n]] {
		n++
	}
	for ; n >= it.min; n-- { // greedy: try the longest run first
		if end := re.matchHere(items[1:], s, pos+n); end >= 0 {
			return end
		}
	}
	return -1
}

func (re *Regexp) Find(s string) (int, int) {
	for i := 0; i <= len(s); i++ {
		if end := re.matchHere(re.items, s, i); end >= 0 {
			return i, end
		}
		if re.anchorL {
			break
		}
	}
	return -1, -1
}

func main() {
	tests := []struct{ re, s string }{
		{"abc", "xxabcxx"}, {"a.c", "abc adc a-c"}, {"ab*c", "ac abc abbbc"}, {"ab+c", "ac"},
		{"ab+c", "xabbbcx"}, {"colou?r", "my colour"}, {"colou?r", "color!"}, {"^hello", "hello world"},
		{"^world", "hello world"}, {"world$", "hello world"}, {"^a*$", "aaaa"}, {"^a*$", "aaba"},
		{"[0-9]+", "order 66 now"}, {"[^a-z ]+", "abc DEF ghi"}, {"[a-c]+x?", "zzbcacxq"},
		{`\.go$`, "main.go"}, {`\$[0-9]+\.[0-9][0-9]`, "cost: $12.50!"}, {"x*", "abc"},
		{"a.*b", "a1b2b3"}, {"a.*?", "ab"}, {"^.*$", "whole line"}, {"[-+]?[0-9]+", "t=-42"},
		{"h.llo", "hello\nhallo"}, {"[a-", "x"}, {"*a", "a"}, {`a\`, "a"}, {"", "empty pattern"},
	}
	for _, t := range tests {
		re, err := Compile(t.re)
		if err != nil {
			fmt.Printf("%-22q error: %v (syntax=%t)\n", t.re, err, errors.Is(err, ErrSyntax))
			continue
		}
		var parts []string
		for _, it := range re.items {
			parts = append(parts, fmt.Sprintf("%s{%d,%d}", it.desc, it.min, it.max))
		}
		i, j := re.Find(t.s)
		if i < 0 {
			fmt.Printf("%-22q %-16q no match      %s\n", t.re, t.s, strings.Join(parts, " "))
		} else {
			fmt.Printf("%-22q %-16q [%d,%d) %-8q %s\n", t.re, t.s, i, j, t.s[i:j], strings.Join(parts, " "))
		}
	}
}
