// Big-number arithmetic on little-endian digit slices: add, subtract, multiply, divide by a
// small int, compare, power, factorials, Fibonacci numbers and digit sums.
package main

import (
	"fmt"
	"strings"
)

type Big []int8 // little-endian decimal digits, no leading zeros ("0" is empty)

func FromString(s string) Big {
	var b Big
	for i := len(s) - 1; i >= 0; i-- {
		b = append(b, int8(s[i]-'0'))
	}
	return b.trim()
}

func FromInt(n uint64) Big {
	var b Big
	for ; n > 0; n /= 10 {
		b = append(b, int8(n%10))
	}
	return b
}

func (b Big) trim() Big {
	for len(b) > 0 && b[len(b)-1] == 0 {
		b = b[:len(b)-1]
	}
	return b
}

func (b Big) String() string {
	if len(b) == 0 {
		return "0"
	}
	var sb strings.Builder
	for i := len(b) - 1; i >= 0; i-- {
		sb.WriteByte(byte('0' + b[i]))
	}
	return sb.String()
}

func Add(a, b Big) Big {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Big, 0, len(a)+1)
	var carry int8
	for i := range a {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%10)
		carry = s / 10
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func Cmp(a, b Big) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Sub requires a >= b.
func Sub(a, b Big) Big {
	if Cmp(a, b) < 0 {
		panic(fmt.Sprintf("Sub: %v < %v", a, b))
	}
	out := make(Big, len(a))
	var borrow int8
	for i := range a {
		d := a[i] - borrow
		if i < len(b) {
			d -= b[i]
		}
		borrow = 0
		if d < 0 {
			d += 10
			borrow = 1
		}
		out[i] = d
	}
	return out.trim()
}

func Mul(a, b Big) Big {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	acc := make([]int, len(a)+len(b))
	for i, x := range a {
		for j, y := range b {
			acc[i+j] += int(x) * int(y)
		}
	}
	out := make(Big, len(acc))
	carry := 0
	for i, v := range acc {
		v += carry
		out[i] = int8(v % 10)
		carry = v / 10
	}
	return out.trim()
}

func DivSmall(a Big, d int) (Big, int) {
	out := make(Big, len(a))
	r := 0
	for i := len(a) - 1; i >= 0; i-- {
		cur := r*10 + int(a[i])
		out[i] = int8(cur / d)
		r = cur % d
	}
	return out.trim(), r
}

func Pow(a Big, n int) Big {
	result := FromInt(1)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			result = Mul(result, a)
		}
		a = Mul(a, a)
	}
	return result
}

func digitSum(b Big) int {
	s := 0
	for _, d := range b {
		s += int(d)
	}
	return s
}

func main() {
	a := FromString("123456789012345678901234567890")
	b := FromString("987654321098765432109876543210")
	fmt.Println("a+b =", Add(a, b))
	fmt.Println("b-a =", Sub(b, a))
	fmt.Println("a*b =", Mul(a, b))
	q, r := DivSmall(b, 7)
	fmt.Printf("b/7 = %v rem %d\n", q, r)
	fmt.Println("cmp:", Cmp(a, b), Cmp(b, a), Cmp(a, FromString("000123456789012345678901234567890")))
	fmt.Println("zero:", FromString("0000"), Mul(a, FromString("0")), Sub(a, a), len(Sub(a, a)))
	fact := FromInt(1)
	for i := 1; i <= 50; i++ {
		fact = Mul(fact, FromInt(uint64(i)))
		if i%10 == 0 {
			fmt.Printf("%d! = %v (%d digits, digit sum %d)\n", i, fact, len(fact), digitSum(fact))
		}
	}
	x, y := FromInt(0), FromInt(1)
	for i := 1; i <= 300; i++ {
		x, y = y, Add(x, y)
		if i == 100 || i == 200 || i == 300 {
			fmt.Printf("fib(%d) = %v\n", i, x)
		}
	}
	p := Pow(FromInt(2), 256)
	fmt.Println("2^256 =", p)
	fmt.Println("2^64 - 1 =", Sub(Pow(FromInt(2), 64), FromInt(1)), FromInt(18446744073709551615))
	fmt.Println("3^100 =", Pow(FromInt(3), 100))
	n := Pow(FromInt(10), 20)
	var digits []int
	for len(n) > 0 {
		var rem int
		n, rem = DivSmall(n, 16)
		digits = append(digits, rem)
	}
	var hex strings.Builder
	for i := len(digits) - 1; i >= 0; i-- {
		hex.WriteByte("0123456789abcdef"[digits[i]])
	}
	fmt.Println("10^20 in hex:", hex.String())
	fmt.Printf("%v %s %d\n", FromInt(42), FromInt(7), []int8(FromInt(1234)))
	defer func() { fmt.Println("recovered:", recover()) }()
	Sub(FromInt(5), FromInt(50))
}
