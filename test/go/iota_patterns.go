// iota: skips, expressions, typed iota, several per line, repetition of the last expression.
package main

import "fmt"

const (
	Sunday int16 = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	X = 5
	Y
	Z = iota
	W
)

const (
	Bit0 uint8 = 1 << iota
	Bit1
	Bit2
	Bit7 = 1 << (iota + 4)
)

const (
	P = iota * iota
	Q
	R
	S = "str"
	T
	U = iota + 100
)

const Single = iota

const (
	N0 = -iota
	N1
	N2
)

const (
	F0 = float64(iota) / 2
	F1
	F2
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(KB, MB, GB)
	fmt.Println(X, Y, Z, W)
	fmt.Println(Bit0, Bit1, Bit2, Bit7)
	fmt.Printf("%T %T\n", Bit2, Bit7)
	fmt.Println(P, Q, R, S, T, U)
	fmt.Println(Single)
	fmt.Println(N0, N1, N2)
	fmt.Println(F0, F1, F2)
	d := Thursday
	d++
	fmt.Println(d)
	fmt.Printf("%T %v %d\n", d, d, d)
	const (
		local0 = iota + 'a'
		local1
	)
	fmt.Println(local0, local1, string(rune(local1)))
}
