// Shifts: left/right on signed and unsigned types, counts of every unsigned and signed type,
// counts >= the width (result 0, or -1 for negative signed right shifts).
package main

import "fmt"

func main() {
	x := 1
	for s := uint(0); s < 70; s += 7 {
		fmt.Println(s, x<<s, -8>>s)
	}
	var n uint = 64
	fmt.Println(x<<n, x>>n)
	neg := -5
	fmt.Println(neg>>1, neg>>2, neg>>63, neg>>64, neg>>200)
	var i8 int8 = -128
	var c8 uint8 = 7
	fmt.Println(i8>>c8, i8>>(c8+1), i8<<1, i8>>1)
	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>1, u8<<c8, u8<<(c8+1), u8>>c8)
	var i16 int16 = 1
	fmt.Println(i16<<15, i16<<16, (i16<<15)>>15)
	var u32 uint32 = 0x80000000
	var k uint32 = 31
	fmt.Println(u32>>k, u32<<1, u32>>32)
	var i64 int64 = -1
	var big uint64 = 1 << 40
	fmt.Println(i64<<63, i64>>big, i64<<big)
	// Signed shift counts are allowed (Go 1.13+) when non-negative.
	sc := 3
	fmt.Println(1<<sc, 1000>>sc)
	var sc8 int8 = 2
	fmt.Println(40>>sc8, uint8(255)>>sc8)
	// Untyped constant shifted by a variable takes the type from context.
	var s uint = 33
	var r64 int64 = 1 << s
	var r32 int32 = 1 << s
	fmt.Println(r64, r32)
	fmt.Println(uint64(1)<<63, ^uint64(0)>>1)
	y := 0xF0
	y <<= 4
	fmt.Println(y)
	y >>= 6
	fmt.Println(y)
}
