// string(rune) encodes UTF-8; invalid code points (negative, surrogates, > 0x10FFFF) become
// U+FFFD. string(byte) is the code point of that byte, not the raw byte.
package main

import "fmt"

func show(r rune) {
	s := string(r)
	fmt.Printf("%d [%s] %d % x\n", r, s, len(s), s)
}

func main() {
	show('A')
	show(0)
	show(0x7f)
	show(0x80)
	show(0xe9)
	show(0x7ff)
	show(0x800)
	show(0xffff)
	show(0x10000)
	show(0x1F600)
	show(0x10FFFF)
	show(0x110000)
	show(0xD800)
	show(0xDFFF)
	show(-1)
	show(-2147483648)
	var b byte = 0xff
	s := string(rune(b))
	fmt.Println(len(s), s)
	var i int = 0x4e16
	fmt.Println(string(rune(i)))
	var i64 int64 = 0x10000000041
	fmt.Println(string(rune(i64)))
	var u8 uint8 = 'z'
	fmt.Println(string(rune(u8)) + string(rune(u8-1)))
}
