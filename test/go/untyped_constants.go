// Untyped constants are exact: big intermediate values, exact rationals, typed results.
package main

import (
	"fmt"
	"math"
)

const Big = 1 << 100
const Huge = Big * Big
const Third = 1.0 / 3
const Tenth = 0.1

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

func main() {
	fmt.Println(Big >> 98)
	fmt.Println(Huge >> 195)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Third * 3)
	fmt.Println(Tenth+0.2, Tenth*3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*3)
	fmt.Println(7/2, 7/2.0, 7.0/2, -7/2, 7%3)
	fmt.Println(1e300*1e300/1e300 > 1e299)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T %T\n", 1, 1.5, 'x', "s", true)
	fmt.Printf("%T %T\n", c, 2.0*3)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	const f = 1 << 62
	var x int64 = f * 2 / 4
	fmt.Println(x)
	const m = Big - Big + 42
	var y int8 = m
	fmt.Println(y)
	const shifted = 1.0 << 3
	fmt.Println(shifted)
	fmt.Println(^0, ^-1, -^0)
	const typed int16 = 1000
	fmt.Println(typed*30, typed/3)
	fmt.Printf("%T\n", typed*2)
	const h = 'z' - 'a'
	fmt.Println(h)
	fmt.Println(5.0 == 5, 1/2 == 0, 1/2.0 == 0.5)
	const e1 = 1e3
	var ii int = e1
	fmt.Println(ii)
	const truth = 3 > 2 && "a" < "b"
	fmt.Println(truth, !truth)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const l = len("héllo")
	fmt.Println(l)
}
