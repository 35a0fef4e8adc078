// A glob matcher with *, ?, character classes [a-z], negation [!x] and escapes, written
// recursively and iteratively (with backtracking), checked against each other.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrBadPattern = errors.New("syntax error in pattern")

// matchClass matches r against the class starting after '['; it returns the matched
// flag and the remaining pattern after ']'.
func matchClass(p string, r rune) (bool, string, error) {
	neg := false
	if strings.HasPrefix(p, "!") || strings.HasPrefix(p, "^") {
		neg = true
		p = p[1:]
	}
	matched := false
	first := true
	for {
		if p == "" {
			return false, "", ErrBadPattern
		}
		if p[0] == ']' && !first {
			return matched != neg, p[1:], nil
		}
		first = false
		lo := rune(p[0])
		p = p[1:]
		hi := lo
		if len(p) >= 2 && p[0] == '-' && p[1] != ']' {
			hi = rune(p[1])
			p = p[2:]
		}
		if lo <= r && r <= hi {
			matched = true
		}
	}
}

func matchRec(p, s string) (bool, error) {
	for p != "" {
		switch p[0] {
		case '*':
			for len(p) > 0 && p[0] == '*' {
				p = p[1:]
			}
			if p == "" {
				return true, nil
			}
			for i := 0; i <= len(s); i++ {
				if ok, err := matchRec(p, s[i:]); ok || err != nil {
					return ok, err
				}
			}
			return false, nil
		case '?':
			if s == "" {
				return false, nil
			}
			p, s = p[1:], s[1:]
		case '[':
			if s == "" {
				return false, nil
			}
			ok, rest, err := matchClass(p[1:], rune(s[0]))
			if err != nil || !ok {
				return false, err
			}
			p, s = rest, s[1:]
		case '\\':
			if len(p) < 2 {
				return false, ErrBadPattern
			}
			if s == "" || s[0] != p[1] {
				return false, nil
			}
			p, s = p[2:], s[1:]
		default:
			if s == "" || s[0] != p[0] {
				return false, nil
			}
			p, s = p[1:], s[1:]
		}
	}
	return s == "", nil
}

// matchIter handles only * and ? with the classic two-pointer backtracking.
func matchIter(p, s string) bool {
	pi, si, star, mark := 0, 0, -1, 0
	for si < len(s) {
		switch {
		case pi < len(p) && (p[pi] == '?' || p[pi] == s[si]):
			pi++
			si++
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, si
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

func main() {
	files := []string{"main.go", "main_test.go", "README.md", "go.mod", "a.out", "x", ".hidden",
		"src/lib.c", "data01.csv", "data2.csv", "data10.csv", "Makefile", "notes.txt~", "*star*"}
	patterns := []string{"*.go", "*_test.go", "?.*", "data??.csv", "data[0-9].csv", "data[!1]*.csv",
		"[A-Z]*", "*", "*.*", "src/*", "*~", "\\*star\\*", "[]]", "[a-", "*[", "g?.m?d", "**.md"}
	for _, p := range patterns {
		var hits []string
		var perr error
		for _, f := range files {
			ok, err := matchRec(p, f)
			if err != nil {
				perr = err
				break
			}
			if ok {
				hits = append(hits, f)
			}
		}
		if perr != nil {
			fmt.Printf("%-14q error: %v\n", p, perr)
			continue
		}
		fmt.Printf("%-14q %d %v\n", p, len(hits), hits)
	}
	pairs := [][2]string{
		{"a*b*c", "aXXbYYc"}, {"a*b*c", "abcabc"}, {"a*b*c", "acb"}, {"*a*a*a*", "banana"},
		{"*a*a*a*a*", "banana"}, {"??", "ab"}, {"??", "abc"}, {"", ""}, {"*", ""}, {"a*", "a"},
		{"*x", strings.Repeat("a", 30)}, {"a*a*a*a*a*a*b", strings.Repeat("a", 25)},
	}
	agree := 0
	for _, pr := range pairs {
		r, _ := matchRec(pr[0], pr[1])
		it := matchIter(pr[0], pr[1])
		if r == it {
			agree++
		}
		fmt.Printf("match(%q, %q) = %t/%t\n", pr[0], pr[1], r, it)
	}
	fmt.Printf("agreement %d/%d\n", agree, len(pairs))
}
