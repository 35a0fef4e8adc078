// Bitwise operators on signed and unsigned integers: & | ^ &^ and unary ^ (complement),
// popcount and bit reversal by hand.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse8(b uint8) uint8 {
	var r uint8
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

func main() {
	var a, b uint8 = 0b1100_1010, 0b1010_0110
	fmt.Printf("%08b %08b %08b %08b %08b\n", a&b, a|b, a^b, a&^b, ^a)
	var s, t int8 = -86, 0x35
	fmt.Println(s&t, s|t, s^t, s&^t, ^s, ^t)
	var u32 uint32 = 0xDEADBEEF
	fmt.Printf("%x %x %x\n", ^u32, u32&0xFFFF, u32>>16|u32<<16)
	var i64 int64 = -1
	fmt.Println(^i64, i64&0xff, i64 ^ 0x0f)
	fmt.Println(popcount(0), popcount(0xff), popcount(1<<63|1), popcount(^uint64(0)))
	fmt.Println(reverse8(1), reverse8(0b1101), reverse8(0xff))
	x := 0x0f0f
	x ^= 0xffff
	x &^= 0x00f0
	x |= 1
	fmt.Printf("%#x\n", x)
	var flags uint16
	const (
		Read uint16 = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	fmt.Println(flags&Write != 0, flags&Exec != 0, flags)
	flags &^= Exec
	fmt.Println(flags)
	fmt.Println(^0, ^uint8(0), ^int16(0x7fff), -1^1)
}
