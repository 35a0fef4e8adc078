// Rune literals and string escapes: simple escapes, octal, hex, \u and \U, and literal
// multi-byte characters.
package main

import "fmt"

func main() {
	fmt.Println('a', 'Z', '0', ' ', '\'', '"', '\\')
	fmt.Println('\a', '\b', '\f', '\n', '\r', '\t', '\v')
	fmt.Println('\000', '\101', '\377', '\x00', '\x41', '\xff', '\xFF')
	fmt.Println('\u0041', '\u00e9', '\u4e16', '\U00000041', '\U0001F600', '\U0010FFFF')
	fmt.Println('é', '世', '😀')
	fmt.Printf("%T %T\n", 'a', '\xff')
	s := "\a\b\f\n\r\t\v\\\"'"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	t := "\101\x42\u0043\U00000044\377"
	fmt.Println(len(t), t[4], t[:4])
	fmt.Println(`a\nb`, len(`a\nb`), `"quoted"`, `it's`)
	fmt.Println("\u00e9" == "é", "\xc3\xa9" == "é", '\u00e9' == 'é')
	var r rune = '\t'
	var b byte = '\n'
	fmt.Println(r, b, r+1, b*2)
	fmt.Println(string('A'+2), 'a'-'A', '9'-'0')
}
