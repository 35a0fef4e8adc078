// Morse code: an encoding table as a map, the reverse table built at init, encoding
// with letter and word gaps, decoding with unknown-symbol errors, a timing diagram in
// dits, and prosigns handled as special multi-letter codes.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var toMorse = map[rune]string{
	'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'F': "..-.", 'G': "--.", 'H': "....",
	'I': "..", 'J': ".---", 'K': "-.-", 'L': ".-..", 'M': "--", 'N': "-.", 'O': "---", 'P': ".--.",
	'Q': "--.-", 'R': ".-.", 'S': "...", 'T': "-", 'U': "..-", 'V': "...-", 'W': ".--", 'X': "-..-",
	'Y': "-.--", 'Z': "--..", '0': "-----", '1': ".----", '2': "..---", '3': "...--", '4': "....-",
	'5': ".....", '6': "-....", '7': "--...", '8': "---..", '9': "----.", '.': ".-.-.-", ',': "--..--",
	'?': "..--..", '!': "-.-.--", '/': "-..-.", '@': ".--.-.",
}

var fromMorse map[string]rune

func init() {
	fromMorse = make(map[string]rune, len(toMorse))
	for r, code := range toMorse {
		fromMorse[code] = r
	}
}

var ErrUnknown = errors.New("unknown symbol")

func encode(s string) (string, error) {
	var words []string
	for _, w := range strings.Fields(strings.ToUpper(s)) {
		var letters []string
		for _, r := range w {
			code, ok := toMorse[r]
			if !ok {
				return "", fmt.Errorf("encode %q: %w %q", s, ErrUnknown, r)
			}
			letters = append(letters, code)
		}
		words = append(words, strings.Join(letters, " "))
	}
	return strings.Join(words, " / "), nil
}

func decode(m string) (string, error) {
	var sb strings.Builder
	for i, w := range strings.Split(m, " / ") {
		if i > 0 {
			sb.WriteByte(' ')
		}
		for _, code := range strings.Fields(w) {
			r, ok := fromMorse[code]
			if !ok {
				return sb.String(), fmt.Errorf("decode: %w %q", ErrUnknown, code)
			}
			sb.WriteRune(r)
		}
	}
	return sb.String(), nil
}

// timing renders on/off keying: dit=1, dah=3, intra-letter gap 1, letter gap 3, word gap 7.
func timing(m string) (string, int) {
	var sb strings.Builder
	for i, w := range strings.Split(m, " / ") {
		if i > 0 {
			sb.WriteString("_______")
		}
		for j, code := range strings.Fields(w) {
			if j > 0 {
				sb.WriteString("___")
			}
			for k, c := range code {
				if k > 0 {
					sb.WriteByte('_')
				}
				if c == '.' {
					sb.WriteByte('=')
				} else {
					sb.WriteString("===")
				}
			}
		}
	}
	return sb.String(), sb.Len()
}

func main() {
	for _, msg := range []string{"SOS", "Hello World", "Go 1.19!", "e=mc2", "  multiple   spaces  "} {
		enc, err := encode(msg)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnknown))
			continue
		}
		dec, _ := decode(enc)
		fmt.Printf("%-24q %s\n%-24s -> %q\n", msg, enc, "", dec)
	}
	for _, m := range []string{"... --- ...", ".-- .... .- - / .... .- - .... / --. --- -.. / .-- .-. --- ..- --. .... -", "...---...", ".- ........ -"} {
		dec, err := decode(m)
		fmt.Printf("decode %q = %q err=%v\n", m, dec, err)
	}
	diagram, units := timing(".-- .- / .--. ")
	fmt.Println(diagram, units)
	_, units = timing("-- --- .-. ... . / -.-. --- -.. .")
	fmt.Println("MORSE CODE lasts", units, "units")
	byLen := map[int][]string{}
	for r, code := range toMorse {
		byLen[len(code)] = append(byLen[len(code)], string(r))
	}
	for n := 1; n <= 6; n++ {
		sort.Strings(byLen[n])
		fmt.Printf("%d symbols: %s\n", n, strings.Join(byLen[n], ""))
	}
	fmt.Println(len(toMorse), len(fromMorse), fromMorse["..."] == 'S', string(fromMorse[".-.-.-"]))
}
