// fmt.Println formatting of every basic type (the %v verb).
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = math.MinInt8
	var i16 int16 = math.MinInt16
	var i32 int32 = math.MinInt32
	var i64 int64 = math.MinInt64
	var u8 uint8 = math.MaxUint8
	var u16 uint16 = math.MaxUint16
	var u32 uint32 = math.MaxUint32
	var u64 uint64 = math.MaxUint64
	var i int = math.MaxInt
	var u uint = math.MaxUint
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64)
	fmt.Println(i, u)
	var f32 float32 = 1.1
	var f64 float64 = 1.1
	fmt.Println(f32, f64, float64(f32))
	var b byte = 'b'
	var r rune = 'r'
	fmt.Println(b, r)
	fmt.Println(true, false, "string", "")
	fmt.Println('x', "x"[0], 1.0, 1, -0.0)
	fmt.Printf("%v %v %v %v %v\n", i8, u64, f32, r, "v")
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T\n", i8, i16, i32, i64, u8, u16, u32, u64, i, u)
	fmt.Printf("%T %T %T %T %T %T\n", f32, f64, b, r, true, "s")
	var up uintptr = 10
	fmt.Printf("%T %v\n", up, up)
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", i8, u64, f64, "q", true, r)
	fmt.Printf("%#v %#v %#v\n", 1.0, 1e21, float32(2))
}
