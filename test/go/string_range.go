// range over a string decodes UTF-8: index of each rune's first byte and the rune; each
// invalid byte yields U+FFFD with width 1.
package main

import "fmt"

func main() {
	for i, r := range "aé世😀" {
		fmt.Println(i, r, string(r))
	}
	for i, r := range "a\xffb\xe2\x82c\xc0\xafd\xed\xa0\x80" {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	n := 0
	for range "héllo" {
		n++
	}
	fmt.Println(n)
	for i := range "日本" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, r := range "xyz" {
		fmt.Print(string(r-32))
	}
	fmt.Println()
	s := "abc"
	for i, r := range s {
		s = "changed"
		fmt.Println(i, string(r), s)
	}
	var last rune
	for _, last = range "end" {
	}
	fmt.Println(string(last))
	for i, c := range "" {
		fmt.Println("never", i, c)
	}
	count := 0
	for i := 0; i < len("héllo"); i++ {
		count++
	}
	fmt.Println(count)
}
