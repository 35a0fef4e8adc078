// string building with strings.Builder: 2,000,000 appends of short strings, bytes and runes
// into one builder, then a checksum over the result, repeated 5 times.
package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	total, check := 0, 0
	for round := 0; round < 5; round++ {
		var b strings.Builder
		for i := 0; i < 2000000; i++ {
			switch i % 4 {
			case 0:
				b.WriteString(words[i%len(words)])
			case 1:
				b.WriteByte(byte('a' + i%26))
			case 2:
				b.WriteRune(rune(0x3b1 + i%24)) // Greek letters: two UTF-8 bytes each
			default:
				b.WriteString(" ")
			}
		}
		s := b.String()
		total += len(s)
		for i := 0; i < len(s); i += 97 {
			check = (check*131 + int(s[i])) % 1000000007
		}
	}
	fmt.Println(total, check)
}
