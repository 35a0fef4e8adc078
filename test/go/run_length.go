// Run-length encoding in several flavours: counted text ("3a2b"), byte pairs, rune-aware
// encoding of UTF-8, decoding with error handling, and a look-and-say sequence.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func encode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			sb.WriteString(strconv.Itoa(j - i))
		}
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

var ErrTrailingCount = errors.New("count without a character")

func decode(s string) (string, error) {
	var sb strings.Builder
	n := 0
	haveN := false
	for i, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			haveN = true
			if n > 1000 {
				return "", fmt.Errorf("offset %d: run too long", i)
			}
			continue
		}
		if !haveN {
			n = 1
		} else if n == 0 {
			return "", fmt.Errorf("offset %d: zero-length run of %q", i, r)
		}
		sb.WriteString(strings.Repeat(string(r), n))
		n, haveN = 0, false
	}
	if haveN {
		return sb.String(), fmt.Errorf("decode %q: %w", s, ErrTrailingCount)
	}
	return sb.String(), nil
}

type pair struct {
	b     byte
	count uint8
}

func encodeBytes(data []byte) []pair {
	var out []pair
	for _, b := range data {
		if k := len(out) - 1; k >= 0 && out[k].b == b && out[k].count < 255 {
			out[k].count++
		} else {
			out = append(out, pair{b, 1})
		}
	}
	return out
}

func lookAndSay(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		sb.WriteString(strconv.Itoa(j - i))
		sb.WriteByte(s[i])
		i = j
	}
	return sb.String()
}

func main() {
	inputs := []string{
		"", "a", "aa", "aaabccdddd", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"abc", "ééé日日本", "  x  ", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
	}
	for _, in := range inputs {
		enc := encode(in)
		dec, err := decode(enc)
		ratio := 0.0
		if len(in) > 0 {
			ratio = float64(len(enc)) / float64(len(in))
		}
		fmt.Printf("%-20.20q -> %-24q ratio=%.2f ok=%t err=%v\n", in, enc, ratio, dec == in, err)
	}
	for _, bad := range []string{"3", "ab12", "0x", "2000a", "10a3b"} {
		out, err := decode(bad)
		fmt.Printf("decode(%q) = %q, %v, trailing=%t\n", bad, out, err, errors.Is(err, ErrTrailingCount))
	}
	big := make([]byte, 0, 600)
	for i := 0; i < 300; i++ {
		big = append(big, 0)
	}
	big = append(big, 1, 1, 2)
	ps := encodeBytes(big)
	fmt.Printf("%d bytes -> %d pairs: %v\n", len(big), len(ps), ps)
	fmt.Printf("%+v %#v\n", ps[0], ps[len(ps)-1])
	s := "1"
	for i := 1; i <= 12; i++ {
		fmt.Printf("%2d: %s\n", i, s)
		s = lookAndSay(s)
	}
	lengths := []int{}
	s = "1"
	for i := 0; i < 30; i++ {
		lengths = append(lengths, len(s))
		s = lookAndSay(s)
	}
	fmt.Println(lengths)
	fmt.Printf("growth ratio ~ %.4f\n", float64(lengths[29])/float64(lengths[28]))
}
