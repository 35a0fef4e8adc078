// fmt.Sprintf builds strings with the same verbs as Printf; results can be measured,
// compared, concatenated and formatted again.
package main

import "fmt"

func pad(n int) string { return fmt.Sprintf("%05d", n) }

func main() {
	s := fmt.Sprintf("%d-%s-%v-%.2f", 7, "seven", true, 7.0)
	fmt.Println(s, len(s))
	fmt.Println(pad(42) + pad(-42))
	t := fmt.Sprintf("%q", s)
	fmt.Println(t, len(t))
	u := fmt.Sprintf("[%6.2f][%-6.1f][%x]", 3.14159, 2.5, "hi")
	fmt.Println(u)
	fmt.Println(fmt.Sprintf("%s", fmt.Sprintf("%s", "nested")))
	var acc string
	for i := 0; i < 5; i++ {
		acc += fmt.Sprintf("%d,", i*i)
	}
	fmt.Println(acc)
	fmt.Println(fmt.Sprintf("%T %T %T %T %T %T", int8(1), uint16(2), 3.0, float32(4), "5", '6'))
	fmt.Println(fmt.Sprintf("%v|%v", 'x', byte('x')) == "120|120")
	e := fmt.Sprintf("")
	fmt.Println(len(e), e == "")
	fmt.Println(fmt.Sprintf("%d %d", 1))
	fmt.Println(fmt.Sprintf("%08.3f|%+d|%x", -3.5, 0, -1))
	w := fmt.Sprintf("%*d", 8, 123)
	fmt.Println(w, len(w))
	fmt.Println(fmt.Sprintf("%c%c%c", 'G', 'o', '!'))
	fmt.Println(fmt.Sprintf("%3c|%-4q|%U", 'a', 'b', 'c'))
	fmt.Println(fmt.Sprintf("%v %v %v", 1e6, 1e21, float32(1e21)))
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3))
	fmt.Println(fmt.Sprintln("line") + "next")
}
