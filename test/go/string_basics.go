// Strings: len counts bytes, indexing yields bytes, slicing, concatenation, immutability of
// the original after reassignment.
package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], s[len(s)-1])
	fmt.Println(s[0:5], s[7:], s[:5], s[:], s[3:3] == "")
	fmt.Printf("%c%c %T\n", s[0], s[1], s[0])
	u := "héllo, 世界"
	fmt.Println(len(u), u[1], u[2], u[1:3], u[9:12])
	t := s
	s += "!"
	fmt.Println(s, t, len(s), len(t))
	e := ""
	fmt.Println(len(e), e == "", e+e == "")
	c := "a" + "b" + "c"
	c = c + c
	fmt.Println(c, len(c))
	var acc string
	for i := 0; i < 5; i++ {
		acc += string(rune('0' + i))
	}
	fmt.Println(acc)
	var b byte = s[4]
	b++
	fmt.Println(b, string(rune(b)))
	fmt.Println("tab\there", "nl\\n", "quote\"q\"", `raw\n\t`)
	fmt.Println("\x41\x42\103\u00e9\U0001F600")
	fmt.Println(len("\xff\xfe"), len(`\xff`), len("\u00e9"), len("\U0001F600"))
	raw := `line1
line2`
	fmt.Println(raw, len(raw))
	fmt.Println("a\000b" == "a\x00b", len("a\000b"))
	x := s[2:8]
	y := x[1:3]
	fmt.Println(x, y, len(x), len(y))
	fmt.Println("con"+"cat" == "concat", "Go"[1])
}
