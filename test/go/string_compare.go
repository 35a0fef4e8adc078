// String comparison is bytewise lexicographic.
package main

import "fmt"

func cmp(a, b string) {
	fmt.Println(a < b, a <= b, a > b, a >= b, a == b, a != b)
}

func main() {
	cmp("abc", "abd")
	cmp("abc", "abc")
	cmp("ab", "abc")
	cmp("", "a")
	cmp("", "")
	cmp("Z", "a")
	cmp("é", "z")
	cmp("a\x00", "a")
	cmp("\xff", "\u00ff")
	x := "hello"
	y := "hel" + "lo"
	fmt.Println(x == y, x[1:] == "ello", x[:0] == "")
	max := "apple"
	if "kiwi" > max {
		max = "kiwi"
	}
	if "banana" > max {
		max = "banana"
	}
	fmt.Println(max)
}
