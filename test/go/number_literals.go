// Integer and floating-point literal syntax: decimal, hex, octal (0o and legacy 0), binary,
// underscores, exponents, hex floats, leading/trailing dots.
package main

import "fmt"

func main() {
	fmt.Println(42, 0x2A, 0X2a, 0o52, 0O52, 052, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010, 0o_17, 0_17, 1_2_3)
	fmt.Println(0, 00, 0x0, 0b0, 0o0)
	fmt.Println(0xFFFFFFFFFFFFFFFF >> 60, 0x7fffffffffffffff)
	fmt.Println(1.5, 1., .5, 0.5, 1e3, 1E3, 1e+3, 1e-3, 1.5e2, .5e1, 0e0)
	fmt.Println(0x1p0, 0x1p4, 0x1p-2, 0x1.8p1, 0X.8p0, 0x1_0p0, 0x1P+2)
	fmt.Println(1_000.000_1, 6.022_140e23, 01.5, 09.5, 0e10)
	fmt.Println(1e0, 100e-2, 123456789e-9)
	fmt.Println(007, 0700, 0x10 + 010 + 0b10 + 10)
}
