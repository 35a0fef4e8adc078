// fallthrough transfers control to the next clause's body without testing its expression,
// including into default and out of default when default is not last.
package main

import "fmt"

func f(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" one")
		fallthrough
	case 2:
		fmt.Print(" two")
	case 3:
		fmt.Print(" three")
		fallthrough
	default:
		fmt.Print(" default")
		fallthrough
	case 4:
		fmt.Print(" four")
	case 5:
		fmt.Print(" five")
	}
	fmt.Println()
}

func main() {
	for i := 0; i <= 6; i++ {
		f(i)
	}
	switch {
	case true:
		fmt.Println("first")
		fallthrough
	case false:
		fmt.Println("second (not tested)")
		fallthrough
	case 1 > 2:
		fmt.Println("third")
	}
	x := 10
	switch {
	case x > 5:
		x *= 2
		if x > 100 {
			break
		}
		fallthrough
	case x > 1000:
		x += 1
	}
	fmt.Println(x)
}
