// os.Exit(0) stops the program successfully even in the middle of a loop.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("before")
	for {
		os.Exit(0)
	}
}
