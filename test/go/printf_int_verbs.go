// Printf integer verbs: %d %b %o %O %x %X %c %q %U %v with flags + - space # 0, widths and
// precisions, on signed and unsigned types of every width.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%v\n", n, n, n, n, n, n, n)
	m := -255
	fmt.Printf("%d|%b|%o|%O|%x|%X|%v\n", m, m, m, m, m, m, m)
	fmt.Printf("%#b|%#o|%#x|%#X|%#v\n", n, n, n, n, n)
	fmt.Printf("%+d|% d|%+d|% d\n", n, n, m, m)
	fmt.Printf("%6d|%-6d|%06d|%-06d|%+06d\n", 42, 42, 42, 42, 42)
	fmt.Printf("%6d|%06d|%.4d|%8.4d|%-8.4d|%08.4d\n", -42, -42, -42, -42, -42, -42)
	fmt.Printf("%.0d|%.0d|%5.0d|\n", 0, 7, 0)
	fmt.Printf("%x|%X|%#08x|%08b|%o|%#o|%#O\n", 48879, 48879, 48879, 5, 8, 8, 8)
	fmt.Printf("%c|%c|%c|%c\n", 65, 0x4e16, 'é', 128512)
	fmt.Printf("%q|%q|%q|%q|%q|%+q|%#q\n", 'a', '\n', '\'', '"', 0x7f, 'é', 'x')
	fmt.Printf("%U|%#U|%U|%#U\n", 'A', 'é', 0x1F600, 0x10)
	var i8 int8 = -128
	var u8 uint8 = 200
	var i16 int16 = -300
	var u16 uint16 = 60000
	var i32 int32 = -70000
	var u32 uint32 = 4000000000
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %d %d %d %d %d %d\n", i8, u8, i16, u16, i32, u32, i64, u64)
	fmt.Printf("%x %x %x %x %x %x %x %x\n", i8, u8, i16, u16, i32, u32, i64, u64)
	fmt.Printf("%b %o %X\n", i8, u16, u64)
	fmt.Printf("%v %v %v\n", i8, u64, i64)
	var b byte = 'G'
	var r rune = '世'
	fmt.Printf("%v %d %c %q %v %c %q %U\n", b, b, b, b, r, r, r, r)
	fmt.Printf("%5c|%-5c|%5q|\n", 'x', 'y', 'z')
	fmt.Printf("%x % x %#x\n", 3, 1024, 0)
	fmt.Printf("%10b|%-10o|%#10x|\n", 37, 37, 37)
	fmt.Printf("%+x|%+o|% x\n", 255, 8, -255)
	fmt.Printf("%d%%|%%d|%c%c\n", 50, 'o', 'k')
	fmt.Printf("%3d|%3d|%3d\n", 1, 22, 4444)
	var up uintptr = 0xdead
	fmt.Printf("%v %d %x\n", up, up, up)
}
