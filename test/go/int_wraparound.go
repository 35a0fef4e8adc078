// Wrap-around of every integer width on overflow, at runtime (not constant-folded).
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8", i8)
	i8--
	fmt.Println("int8", i8)
	i8 = -128
	i8 = -i8
	fmt.Println("int8 neg", i8)
	i8 = 100
	i8 *= 3
	fmt.Println("int8 mul", i8)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8", u8)
	u8--
	fmt.Println("uint8", u8)
	u8 = 0
	u8 -= 1
	fmt.Println("uint8 sub", u8)
	u8 = 200
	u8 += 100
	fmt.Println("uint8 add", u8)

	var i16 int16 = 32767
	i16++
	fmt.Println("int16", i16)
	i16 = 300
	i16 *= 300
	fmt.Println("int16 mul", i16)

	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16", u16)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32", i32)
	i32 = 65536
	i32 *= 65536
	fmt.Println("int32 mul", i32)

	var u32 uint32 = 4294967295
	u32++
	fmt.Println("uint32", u32)
	u32 = 3
	u32 -= 5
	fmt.Println("uint32 sub", u32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64", i64)
	i64 = -i64
	fmt.Println("int64 neg", i64)

	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64", u64)
	u64--
	fmt.Println("uint64", u64)
	u64 *= u64
	fmt.Println("uint64 mul", u64)

	var n int = 9223372036854775807
	n += 1
	fmt.Println("int", n)
	var un uint = 0
	un--
	fmt.Println("uint", un)

	var up uintptr = 0
	up--
	fmt.Println("uintptr", up)

	var b byte = 250
	for k := 0; k < 10; k++ {
		b++
	}
	fmt.Println("byte", b)
	var r rune = 2147483647
	r++
	fmt.Println("rune", r)
}
