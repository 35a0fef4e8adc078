// fmt widths, precisions and flags across verbs: a table printer with dynamic widths (*),
// integers in every base with #, +, space and 0 flags, floats in %e/%f/%g with precision,
// strings and runes with %q/%x/%U, and argument indexes.
package main

import (
	"fmt"
	"math"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 12, 3.999}, {"kiwi", 150, 0.125}, {"fig", -2, 12}}
	w := 0
	for _, r := range rows {
		if len(r.name) > w {
			w = len(r.name)
		}
	}
	fmt.Printf("%-*s|%6s|%9s\n", w, "item", "qty", "price")
	fmt.Println(strings.Repeat("=", w+17))
	for _, r := range rows {
		fmt.Printf("%-*s|%6d|%9.2f\n", w, r.name, r.qty, r.price)
	}
	fmt.Printf("%*d|%-*d|%.*f\n", 8, 42, 6, 7, 3, math.Pi)

	ints := []int{0, 7, -7, 255, -4096, 1 << 40}
	for _, n := range ints {
		fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%#x] [%X] [%#o] [%O] [%b]\n",
			n, n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("[%08.3d] [%+.2d] [%8.4x] [%#-8x] [%#08b]\n", 7, 3, 255, 255, 5)
	var u8 uint8 = 200
	var i8 int8 = -100
	var u64 uint64 = math.MaxUint64
	fmt.Printf("%d %x %d %x %d %x %c %U %#U\n", u8, u8, i8, i8, u64, u64, 0x263A, 0x263A, 'ä')

	floats := []float64{0, 1, -1.5, 123.456, 1e-7, 6.02214076e23, math.Inf(1), math.NaN(), -0.0}
	for _, f := range floats {
		fmt.Printf("[%v] [%8.3f] [%-10.2e] [%g] [%.3g] [%+.1f] [%08.2f] [%E] [%G]\n", f, f, f, f, f, f, f, f, f)
	}
	negZero := math.Copysign(0, -1)
	fmt.Printf("%v %.2f %g %+v\n", negZero, negZero, negZero, negZero)
	fmt.Printf("%6.2f%% done, %x %X %.3x\n", 99.5, 3.5, -1.0, 1.0)
	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.5, 1.0, 1e6)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Printf("%v %.10f %g\n", f32, f32, float32(1)/3)

	strs := []string{"", "go", "héllo", "tab\tnew\nline", `q"uote`, "日本語"}
	for _, s := range strs {
		fmt.Printf("[%s] [%8s] [%-8s] [%.2s] [%q] [%+q] [%#q] [%x] [% X]\n", s, s, s, s, s, s, s, s, s)
	}
	for _, r := range []rune{'a', 'é', '\n', '日', 0x1F600, -1, 0x10FFFF + 1} {
		fmt.Printf("%c|%q|%+q|%U|%d|%x\n", r, r, r, r, r, r)
	}
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]q-%[1]x\n", "ab")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%t %v %5t %-6t|\n", true, false, true, false)
	fmt.Printf("%v %d %s\n", 'x', 'x', string(rune('x')))
	fmt.Printf("%3c|%-4c|%q\n", 'A', 'B', []rune("hi"))
	fmt.Printf("%10.4v|%-10v|%v\n", math.Pi, int64(-5), uintptr(0))
	s := fmt.Sprintf("%08.3f|%+08d|%-08d|%x", -3.14159, 42, 42, "\xff\x00")
	fmt.Println(s, len(s))
}
