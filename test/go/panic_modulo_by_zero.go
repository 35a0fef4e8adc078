// Integer remainder by zero panics too (here with an unsigned 8-bit divisor).
package main

import "fmt"

func main() {
	var z uint8
	var x uint8 = 7
	fmt.Println("x =", x)
	fmt.Println(x % z)
}
