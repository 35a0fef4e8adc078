// Roman numerals: conversion both ways with a table of value/symbol pairs, strict
// validation of input (returning errors), round trips for 1..3999 and arithmetic.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var table = []struct {
	val int
	sym string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
	{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, t := range table {
		for n >= t.val {
			sb.WriteString(t.sym)
			n -= t.val
		}
	}
	return sb.String(), nil
}

type SyntaxError struct {
	Input string
	Pos   int
	Why   string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("invalid numeral %q at position %d: %s", e.Input, e.Pos, e.Why)
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func FromRoman(s string) (int, error) {
	if s == "" {
		return 0, &SyntaxError{s, 0, "empty"}
	}
	up := strings.ToUpper(s)
	total := 0
	for i := 0; i < len(up); i++ {
		v, ok := values[up[i]]
		if !ok {
			return 0, &SyntaxError{s, i, fmt.Sprintf("bad symbol %q", up[i])}
		}
		if i+1 < len(up) && values[up[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// canonical form check: re-encode and compare
	if back, err := ToRoman(total); err != nil || back != up {
		return 0, &SyntaxError{s, 0, fmt.Sprintf("non-canonical (value %d is %s)", total, back)}
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444, 0, 4000, -7} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Printf("%5d -> error: %v (range=%t)\n", n, err, errors.Is(err, ErrRange))
			continue
		}
		fmt.Printf("%5d -> %-12s len=%d\n", n, r, len(r))
	}
	for _, s := range []string{"MCMXCIV", "mmxxiv", "XLII", "IIII", "IC", "VX", "MMMM", "", "XIZ", "CDXLIV", "LL"} {
		n, err := FromRoman(s)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-9q error: %v [pos=%d]\n", s, err, se.Pos)
			continue
		}
		fmt.Printf("%-9q = %d\n", s, n)
	}
	ok, longest, longestN := 0, "", 0
	hist := map[int]int{}
	for n := 1; n < 4000; n++ {
		r, _ := ToRoman(n)
		back, err := FromRoman(r)
		if err == nil && back == n {
			ok++
		}
		if len(r) > len(longest) {
			longest, longestN = r, n
		}
		hist[len(r)]++
	}
	fmt.Printf("round trips ok: %d/3999, longest: %d = %s (%d chars)\n", ok, longestN, longest, len(longest))
	fmt.Println("length histogram:", hist)
	a, _ := FromRoman("XLIX")
	b, _ := FromRoman("LI")
	sum, _ := ToRoman(a + b)
	prod, _ := ToRoman(a * b)
	fmt.Printf("XLIX + LI = %s, XLIX * LI = %s\n", sum, prod)
	var years []string
	for y := 1990; y <= 2030; y += 5 {
		r, _ := ToRoman(y)
		years = append(years, r)
	}
	fmt.Println(strings.Join(years, " | "))
}
