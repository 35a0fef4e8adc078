// Printf string verbs: %s %q %v %x %X with widths, precision (counts runes), flags, and
// %q escaping of control characters, quotes and invalid UTF-8.
package main

import "fmt"

func main() {
	s := "hello"
	fmt.Printf("%s|%v|%q|%x|%X|% x|%#x\n", s, s, s, s, s, s, s)
	fmt.Printf("%10s|%-10s|%.2s|%7.3s|%-7.3s|\n", s, s, s, s, s)
	u := "héllo, 世界"
	fmt.Printf("%s|%.3s|%12s|%-12s|%x\n", u, u, u, u, u)
	fmt.Printf("%q\n", "tab\tnewline\nquote\"backslash\\")
	fmt.Printf("%q %q %q\n", "\x00\x07\x1b", "\xff", "é世")
	fmt.Printf("%+q %#q %#q\n", "é世", "raw", "has`tick")
	fmt.Printf("%8q|%-8q|\n", "a", "b")
	fmt.Printf("%s%s%s\n", "a", "", "b")
	fmt.Printf("%v %s\n", "", "")
	fmt.Printf("%5.1s|%.0s|%.10s|\n", "xyz", "xyz", "xyz")
	fmt.Printf("%x|% X|%#X\n", "\x01\xab", "\x01\xab", "")
	fmt.Printf("[%3s][%-3s][%3s]\n", "toolong", "toolong", "")
	fmt.Printf("%s and %s and %v\n", "one", "two", "three")
	fmt.Printf("%q\n", `C:\path\file`)
	fmt.Printf("%s\n", "no args needed")
	fmt.Printf("plain text, no verbs\n")
}
