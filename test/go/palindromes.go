// Palindromes: normalised checks over runes, longest palindromic substring by expanding
// around centres, palindromic numbers in several bases, and minimal insertions by DP.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func normalize(s string) []rune {
	var out []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, unicode.ToLower(r))
		}
	}
	return out
}

func isPal(rs []rune) bool {
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func longest(s string) (string, int) {
	rs := []rune(s)
	bestL, bestR := 0, 0
	expand := func(l, r int) {
		for l >= 0 && r < len(rs) && rs[l] == rs[r] {
			l--
			r++
		}
		if r-l-1 > bestR-bestL {
			bestL, bestR = l+1, r
		}
	}
	for i := range rs {
		expand(i, i)
		expand(i, i+1)
	}
	return string(rs[bestL:bestR]), bestL
}

func minInsertions(s string) int {
	n := len(s)
	dp := make([][]int, n)
	for i := range dp {
		dp[i] = make([]int, n)
	}
	for length := 2; length <= n; length++ {
		for i := 0; i+length-1 < n; i++ {
			j := i + length - 1
			if s[i] == s[j] {
				dp[i][j] = dp[i+1][j-1]
			} else {
				a, b := dp[i+1][j], dp[i][j-1]
				if a < b {
					dp[i][j] = a + 1
				} else {
					dp[i][j] = b + 1
				}
			}
		}
	}
	if n == 0 {
		return 0
	}
	return dp[0][n-1]
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	phrases := []string{
		"A man, a plan, a canal: Panama!",
		"Was it a car or a cat I saw?",
		"No 'x' in Nixon",
		"Hello, World",
		"Ésope reste ici et se repose",
		"",
		"ab",
		"Never odd or even.",
		"12321",
		"日本日",
	}
	for _, p := range phrases {
		n := normalize(p)
		fmt.Printf("%-34q pal=%-5t norm=%q reversed=%q\n", p, isPal(n), string(n), reverse(p))
	}
	for _, s := range []string{"babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x", "aaaa", "racecar xyz"} {
		l, at := longest(s)
		fmt.Printf("longest(%q) = %q at %d; insertions to make palindrome: %d\n", s, l, at, minInsertions(s))
	}
	fmt.Print("numbers palindromic in base 2 and 10 below 1000:")
	for n := 1; n < 1000; n++ {
		d, b := strconv.Itoa(n), strconv.FormatInt(int64(n), 2)
		if d == reverse(d) && b == reverse(b) {
			fmt.Printf(" %d(%s)", n, b)
		}
	}
	fmt.Println()
	// Lychrel-style: reverse and add until palindrome
	for _, start := range []int{56, 57, 59, 89, 10, 195} {
		n, steps := start, 0
		for ; steps < 30; steps++ {
			s := strconv.Itoa(n)
			if s == reverse(s) && steps > 0 {
				break
			}
			r, _ := strconv.Atoi(reverse(s))
			n += r
		}
		fmt.Printf("%4d -> %d after %d steps\n", start, n, steps)
	}
	words := strings.Fields("level rotor kayak civic radar refer madam noon deed stats tenet wow sagas")
	longestWord := ""
	for _, w := range words {
		if len(w) > len(longestWord) {
			longestWord = w
		}
	}
	fmt.Println(len(words), "palindromic words, longest:", longestWord, strings.ToUpper(longestWord[:1])+longestWord[1:])
}
