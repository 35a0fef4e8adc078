// Slicing a string beyond its length panics with exit status 2.
package main

import "fmt"

func main() {
	s := "hello"
	n := 3
	fmt.Println(s[1:n])
	n = 9
	fmt.Println(s[:n])
}
