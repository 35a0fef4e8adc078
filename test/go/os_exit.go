// os.Exit ends the program at once with the given status; output written before it appears.
package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n == 3 {
		fmt.Println("exiting with", n)
		os.Exit(n)
	}
}

func main() {
	for i := 0; i < 10; i++ {
		fmt.Print(i, " ")
		check(i)
	}
	fmt.Println("not reached")
}
