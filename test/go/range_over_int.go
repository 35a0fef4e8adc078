// golden: hand-written
// Go 1.22 range over an integer: i takes 0..n-1 (none when n <= 0); the iteration variable
// has the type of n (int for an untyped constant); changing i in the body does not change the
// iteration; n is evaluated once.
package main

import "fmt"

func count() int {
	fmt.Println("count called")
	return 3
}

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 4 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -3
	for i := range neg {
		fmt.Println("never", i)
	}
	var small int8 = 3
	for i := range small {
		fmt.Printf("%T %d\n", i, i)
	}
	for i := range uint64(2) {
		fmt.Printf("%T %d\n", i, i)
	}
	for i := range 3 {
		fmt.Printf("%T ", i)
		i += 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range count() {
		fmt.Print(i)
	}
	fmt.Println()
	var j int
	for j = range 3 {
	}
	fmt.Println(j)
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
outer:
	for i := range 3 {
		for k := range 3 {
			if k == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, k, ";")
		}
	}
	fmt.Println()
}
