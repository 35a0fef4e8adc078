// Printf error outputs: wrong verb for the type, missing and extra arguments, unknown verbs,
// a lone % at the end, bad width arguments.
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d\n", true)
	fmt.Printf("%x\n", true)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("no verbs\n", 7)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n", 5)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%s %s\n")
	fmt.Printf("%*d|\n", "w", 5)
	fmt.Printf("%.*d|\n", 5)
	fmt.Printf("%-*d|\n", 4, 7)
	fmt.Printf("%*d|\n", -4, 7)
	fmt.Printf("%e\n", 10)
	fmt.Printf("%f %g\n", "s", false)
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("%U\n", "u")
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%v %v\n", int8(-5), uint16(9), "extra")
	fmt.Printf("%w\n", 1)
	fmt.Printf("%b\n", "bin")
	fmt.Printf("%5t|%d\n", "t", 3.0)
}
