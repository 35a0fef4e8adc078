// String processing with bytes and runes: palindromes, Caesar cipher, counting, reversing.
package main

import "fmt"

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	out := ""
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			r = 'a' + (r-'a'+rune(k))%26
		case r >= 'A' && r <= 'Z':
			r = 'A' + (r-'A'+rune(k))%26
		}
		out += string(r)
	}
	return out
}

func vowels(s string) (n int) {
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U':
			n++
		}
	}
	return
}

func reverseRunes(s string) string {
	out := ""
	for _, r := range s {
		out = string(r) + out
	}
	return out
}

func upper(s string) string {
	out := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		out += string(rune(c))
	}
	return out
}

func count(s, sub string) int {
	n := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(isPalindrome("racecar"), isPalindrome("abca"), isPalindrome(""))
	enc := caesar("Hello, World! 世界", 3)
	fmt.Println(enc, caesar(enc, 23))
	fmt.Println(vowels("The quick brown fox jumps over the lazy dog"))
	fmt.Println(reverseRunes("héllo, 世界"))
	fmt.Println(upper("mixed Case 123"))
	fmt.Println(count("banana", "an"), count("aaaa", "aa"), count("abc", "abcd"))
}
