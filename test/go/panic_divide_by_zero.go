// Integer division by a zero variable panics with exit status 2; stdout before it survives.
package main

import "fmt"

func main() {
	d := 3
	for n := 100; ; n-- {
		fmt.Println(n / d)
		d--
	}
}
