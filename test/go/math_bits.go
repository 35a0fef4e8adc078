// math/bits and bit manipulation: a bitset type with popcount, iteration via
// TrailingZeros, rotations, reversal, leading zeros, Len, 128-bit Add64/Mul64/Div64, and
// classic tricks (power of two, next power of two, gray code, subset enumeration).
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func (b *BitSet) Add(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (uint(i) % 64)
}

func (b BitSet) Has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(uint(i)%64)) != 0 }

func (b BitSet) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b BitSet) Members() []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}

func (b BitSet) Intersect(o BitSet) BitSet {
	n := len(b)
	if len(o) < n {
		n = len(o)
	}
	r := make(BitSet, n)
	for i := range r {
		r[i] = b[i] & o[i]
	}
	return r
}

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << bits.Len32(x-1)
}

func main() {
	var evens, threes BitSet
	for i := 0; i < 150; i++ {
		if i%2 == 0 {
			evens.Add(i)
		}
		if i%3 == 0 {
			threes.Add(i)
		}
	}
	both := evens.Intersect(threes)
	fmt.Println("evens:", evens.Count(), "threes:", threes.Count(), "both:", both.Count())
	fmt.Println("multiples of 6:", both.Members())
	fmt.Println(both.Has(96), both.Has(97), both.Has(1000), len(both))

	for _, x := range []uint64{0, 1, 0xff, 0x8000000000000000, 0xdeadbeef, 1<<64 - 1} {
		fmt.Printf("%#018x ones=%2d lz=%2d tz=%2d len=%2d rev=%#x bytes=%#x\n", x,
			bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.Len64(x),
			bits.Reverse64(x), bits.ReverseBytes64(x))
	}
	var v8 uint8 = 0b10010110
	fmt.Printf("%08b rotl3=%08b rotr2=%08b rev=%08b ones=%d\n", v8, bits.RotateLeft8(v8, 3), bits.RotateLeft8(v8, -2), bits.Reverse8(v8), bits.OnesCount8(v8))
	var v16 uint16 = 0x1234
	fmt.Printf("%#04x %#04x %#04x lz=%d\n", bits.ReverseBytes16(v16), bits.RotateLeft16(v16, 4), bits.Reverse16(v16), bits.LeadingZeros16(v16))
	var v32 uint32 = 0x00f0_0001
	fmt.Printf("%#x %#x len=%d tz=%d\n", bits.RotateLeft32(v32, 8), bits.RotateLeft32(v32, -1), bits.Len32(v32), bits.TrailingZeros32(v32))

	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println("add64:", sum, carry)
	diff, borrow := bits.Sub64(5, 7, 0)
	fmt.Println("sub64:", diff, borrow)
	hi, lo := bits.Mul64(0xffffffffffffffff, 0xffffffffffffffff)
	fmt.Printf("mul64: hi=%#x lo=%#x\n", hi, lo)
	q, r := bits.Div64(hi, lo, 0xffffffffffffffff)
	fmt.Printf("div64: q=%#x r=%d\n", q, r)
	h32, l32 := bits.Mul32(123456789, 987654321)
	fmt.Println("mul32:", h32, l32, uint64(h32)<<32|uint64(l32) == 123456789*987654321)
	fmt.Println("UintSize:", bits.UintSize)

	for _, x := range []uint32{0, 1, 3, 16, 17, 1000, 1 << 20} {
		fmt.Printf("x=%-8d pow2=%-5t next=%d\n", x, x != 0 && x&(x-1) == 0, nextPow2(x))
	}
	var gray []string
	for i := uint(0); i < 16; i++ {
		g := i ^ (i >> 1)
		gray = append(gray, fmt.Sprintf("%04b", g))
	}
	fmt.Println("gray:", strings.Join(gray, " "))
	items := []string{"a", "b", "c", "d"}
	var subsets []string
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []string
		for i := range items {
			if mask&(1<<i) != 0 {
				s = append(s, items[i])
			}
		}
		subsets = append(subsets, "{"+strings.Join(s, "")+"}")
	}
	fmt.Println(len(subsets), "subsets:", strings.Join(subsets, " "))
	// iterate over all submasks of a mask
	mask := 0b1011
	var subs []int
	for s := mask; s > 0; s = (s - 1) & mask {
		subs = append(subs, s)
	}
	fmt.Printf("submasks of %04b: %04b\n", mask, subs)
	x := int32(-8)
	fmt.Println(x>>1, uint32(x)>>1, x<<28, -x&x, ^x, x&^3)
}
