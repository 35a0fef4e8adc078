// Basic int arithmetic, precedence and compound assignment.
package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(a + b*2 - 3)
	fmt.Println((a + b) * 2 / 3)
	fmt.Println(-a, +a, -(-a))
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Println(a<<3, a>>1, 1<<10)
	c := 100
	c += 5
	fmt.Println(c)
	c -= 10
	fmt.Println(c)
	c *= 3
	fmt.Println(c)
	c /= 7
	fmt.Println(c)
	c %= 9
	fmt.Println(c)
	c <<= 4
	fmt.Println(c)
	c >>= 2
	fmt.Println(c)
	c |= 0x100
	fmt.Println(c)
	c &= 0xff0
	fmt.Println(c)
	c ^= 0x5a5
	fmt.Println(c)
	c &^= 0xf
	fmt.Println(c)
	c++
	fmt.Println(c)
	c--
	c--
	fmt.Println(c)
	x := 7
	y := x * x * x * x * x * x * x * x * x * x
	fmt.Println(y)
	fmt.Println(1+2*3-4/2%3, 2*3<<1, 1<<2+1, 6&3|8, 5^1&3)
}
