// Indexing a string out of range panics with exit status 2; earlier output is kept.
package main

import "fmt"

func at(s string, i int) byte { return s[i] }

func main() {
	s := "abc"
	fmt.Println("start")
	for i := 0; i < 10; i++ {
		fmt.Println(i, at(s, i))
	}
	fmt.Println("not reached")
}
