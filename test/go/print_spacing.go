// fmt.Print adds a space between operands only when neither is a string; fmt.Println
// always separates with spaces and ends with a newline; Sprint/Sprintln follow the same rules.
package main

import "fmt"

func main() {
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", 1, 2, "b", 3.5, true, false, "c", "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print(true, 1.5, int8(-3), uint(7), "\n")
	fmt.Print()
	fmt.Print("")
	fmt.Print("\n")
	fmt.Println()
	fmt.Println("a", "b")
	fmt.Println("a", 1, "b", 2.0, true)
	fmt.Println("", "", "")
	fmt.Println(1, 2, 3)
	s := fmt.Sprint("x", 1, 2, "y")
	t := fmt.Sprintln("x", 1, 2, "y")
	fmt.Print(s, "|", t)
	fmt.Printf("%q %q\n", s, t)
	fmt.Print(fmt.Sprint(), fmt.Sprint(1), fmt.Sprint(1, 2), "\n")
	n, _ := fmt.Println("returns", "bytes")
	fmt.Println(n)
	k, _ := fmt.Print("abc\n")
	l, _ := fmt.Printf("%d-%s\n", 42, "x")
	fmt.Println(k, l)
}
