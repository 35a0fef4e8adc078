// Conversions between integer types: truncation, sign extension, zero extension.
package main

import "fmt"

func main() {
	v := 300
	fmt.Println(int8(v), uint8(v), int16(v), uint16(v))
	v = -1
	fmt.Println(int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), int64(v), uint64(v), uint(v))
	v = 0x12345678
	fmt.Println(int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v))
	var big int64 = 0x7fffffff_ffff_ff80
	fmt.Println(int8(big), uint8(big), int32(big), uint32(big))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int16(u8), int(u8), uint64(u8))
	var i8 int8 = -56
	fmt.Println(uint8(i8), uint16(i8), uint32(i8), uint64(i8), int64(i8))
	var u32 uint32 = 0xffffffff
	fmt.Println(int32(u32), int64(u32), int(u32))
	var u64 uint64 = 1<<63 + 5
	fmt.Println(int64(u64), int(u64), int32(u64), uint8(u64))
	var i16 int16 = -32768
	fmt.Println(uint16(i16), int8(i16), uint8(i16), int32(i16))
	// byte and rune are aliases.
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, byte(r), rune(b))
	k := 1000
	x := int64(int8(int16(k)))
	fmt.Println(x)
}
