// Strings, bytes and runes: conversions between string/[]byte/[]rune, ranging over
// strings with invalid UTF-8, unicode/utf8 decoding and encoding functions, rune counts
// vs byte lengths, and rune-safe truncation and reversal.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos] + "…"
		}
		i++
	}
	return s
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	samples := []string{"hello", "héllo", "日本語", "🙂👍", "a\xffb", "\xe6\x97", ""}
	for _, s := range samples {
		fmt.Printf("%-10q bytes=%d runes=%d valid=%t\n", s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
		for i, r := range s {
			fmt.Printf("   %d:%U(%q,%d bytes)", i, r, r, utf8.RuneLen(r))
		}
		if s != "" {
			fmt.Println()
		}
	}
	s := "Grüße, 世界!"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r), cap(r) >= len(r))
	fmt.Println(b[:6], r[:6])
	fmt.Printf("%s|%s|%s|%s\n", string(b[2:4]), string(r[2:4]), s[2:4], s[2:3])
	b[0] = 'g'
	r[len(r)-1] = '?'
	fmt.Println(s, string(b), string(r))

	for _, p := range []string{"€uro", "\xc0\x80", "x", ""} {
		ru, size := utf8.DecodeRuneInString(p)
		lr, lsize := utf8.DecodeLastRuneInString(p)
		fmt.Printf("%q first=%q/%d last=%q/%d fullRune=%t\n", p, ru, size, lr, lsize, utf8.FullRuneInString(p))
	}
	buf := make([]byte, 0, 16)
	for _, ru := range []rune{'A', 'ß', '€', '𝄞', utf8.MaxRune + 1, 0xD800} {
		var tmp [utf8.UTFMax]byte
		n := utf8.EncodeRune(tmp[:], ru)
		buf = append(buf, tmp[:n]...)
		fmt.Printf("%U -> % x (valid rune %t)\n", ru, tmp[:n], utf8.ValidRune(ru))
	}
	fmt.Printf("%q %d %t\n", buf, utf8.RuneCount(buf), utf8.Valid(buf))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), []byte(string(rune(0x10FFFF+1))))
	fmt.Println(truncate("The quick brown fox", 9), truncate("日本語のテキスト", 3), truncate("short", 10))
	fmt.Println(reverseRunes("Hello, 世界"), reverseRunes("a\u0301b"), reverseRunes(""))
	fmt.Println(strings.ToUpper("éàü ǆ"), strings.ToLower("ÉÀÜ Ǆ"), strings.Count("cheese", "e"), strings.Count("日本日本", "本"))
	bad := "ok\xffok\xfe"
	var fixed []rune
	for _, ru := range bad {
		fixed = append(fixed, ru)
	}
	fmt.Println(string(fixed), len(fixed), utf8.RuneError == fixed[2], []byte(string(fixed[2])))
	bs := []byte("abc")
	str := string(bs)
	bs[0] = 'X'
	fmt.Println(str, string(bs))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteRune(rune('α' + i))
	}
	fmt.Println(sb.String(), sb.Len(), utf8.RuneCountInString(sb.String()))
	fmt.Println("x"+string([]byte{0xe2, 0x82, 0xac}), []byte("€"), []rune("€"), string([]rune{0x48, 0x49}))
	lower, upper, other := 0, 0, 0
	for _, c := range []byte("Hello World 123") {
		switch {
		case 'a' <= c && c <= 'z':
			lower++
		case 'A' <= c && c <= 'Z':
			upper++
		default:
			other++
		}
	}
	fmt.Println(lower, upper, other)
}
