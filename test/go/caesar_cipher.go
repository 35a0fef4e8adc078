// Classical ciphers: Caesar shifts, ROT13 via strings.Map, Vigenère, breaking Caesar by
// letter frequency (chi-squared), and Atbash, preserving case and non-letters.
package main

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + rune((int(r-'a')+k%26+26)%26)
	case r >= 'A' && r <= 'Z':
		return 'A' + rune((int(r-'A')+k%26+26)%26)
	}
	return r
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func vigenere(s, key string, decrypt bool) string {
	var sb strings.Builder
	i := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			sb.WriteRune(r)
			continue
		}
		k := int(unicode.ToLower(rune(key[i%len(key)])) - 'a')
		if decrypt {
			k = -k
		}
		sb.WriteRune(shift(r, k))
		i++
	}
	return sb.String()
}

func atbash(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'z' - (r - 'a')
		case r >= 'A' && r <= 'Z':
			return 'Z' - (r - 'A')
		case r == '!':
			return -1 // dropped
		}
		return r
	}, s)
}

var english = [26]float64{8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4,
	6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074}

func chiSquared(s string) float64 {
	var counts [26]int
	n := 0
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
			n++
		}
	}
	var chi float64
	for i, c := range counts {
		exp := english[i] / 100 * float64(n)
		chi += (float64(c) - exp) * (float64(c) - exp) / exp
	}
	return chi
}

func crack(cipher string) (int, string) {
	best, bestK := math.Inf(1), 0
	for k := 0; k < 26; k++ {
		if c := chiSquared(caesar(cipher, -k)); c < best {
			best, bestK = c, k
		}
	}
	return bestK, caesar(cipher, -bestK)
}

func main() {
	msg := "The quick brown fox jumps over the lazy dog. Zebras & Yaks!"
	for _, k := range []int{0, 1, 3, 13, 25, 26, -1, 55} {
		enc := caesar(msg, k)
		fmt.Printf("k=%3d %s | back=%t\n", k, enc, caesar(enc, -k) == msg)
	}
	rot := caesar("Hello, World", 13)
	fmt.Printf("rot13: %q -> %q\n", rot, caesar(rot, 13))
	v := vigenere("Attack at dawn! Meet at the old mill.", "LEMON", false)
	fmt.Println("vigenere:", v)
	fmt.Println("decrypt: ", vigenere(v, "LEMON", true))
	fmt.Println("atbash:  ", atbash("Wizard of Oz!"), "|", atbash(atbash("Wizard of Oz")))
	secrets := []string{
		"Wkh vdih zdb wr gr lw lv wr nhhs lw vlpsoh dqg wr whvw hyhub fkdqjh.",
		caesar("Data dominates: if you have chosen the right data structures, the algorithms will almost always be self-evident.", 13),
		"Jxu xqhtuij fqhj ev fhewhqccydw yi ademydw mxqj je mhyju.",
	}
	for _, s := range secrets {
		k, plain := crack(s)
		fmt.Printf("key %2d (chi2 %.2f): %s\n", k, chiSquared(plain), plain)
	}
	fmt.Printf("%.3f %.3f\n", chiSquared(msg), chiSquared("zzzzqqqxxx"))
	letters := map[rune]int{}
	for _, r := range strings.ToUpper(secrets[0]) {
		if unicode.IsUpper(r) {
			letters[r]++
		}
	}
	fmt.Println(letters)
}
