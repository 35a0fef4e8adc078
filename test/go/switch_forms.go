// switch: with tag, without tag, with init, case lists, default anywhere, string and rune
// tags, cases evaluated top to bottom and left to right, break inside switch.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func probe(name string, v int) int {
	fmt.Print(name, " ")
	return v
}

func main() {
	for i := -1; i < 12; i += 4 {
		fmt.Println(i, classify(i))
	}
	for d := 0; d < 8; d++ {
		switch d {
		case 0, 6:
			fmt.Print("weekend ")
		default:
			fmt.Print("weekday ")
		case 7:
			fmt.Print("invalid ")
		}
	}
	fmt.Println()
	switch x := 5 * 3; x % 4 {
	case 1:
		fmt.Println("one")
	case 3:
		fmt.Println("three", x)
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	case "go":
		fmt.Println("wrong")
	}
	for _, r := range "a1 ?" {
		switch {
		case r >= 'a' && r <= 'z':
			fmt.Println("letter")
		case r >= '0' && r <= '9':
			fmt.Println("digit")
		case r == ' ':
			fmt.Println("space")
		default:
			fmt.Println("other", string(r))
		}
	}
	switch probe("tag", 2) {
	case probe("a", 1), probe("b", 2), probe("c", 3):
		fmt.Println("matched")
	case probe("d", 2):
		fmt.Println("not reached")
	}
	switch {
	}
	switch x := 1; {
	case x > 0:
		fmt.Println("positive")
		if x == 1 {
			break
		}
		fmt.Println("not printed")
	}
	var u8 uint8 = 200
	switch u8 {
	case 200:
		fmt.Println("u8 200")
	}
	switch f := 2.5; f {
	case 2.5:
		fmt.Println("float case")
	}
	switch true {
	case false:
		fmt.Println("no")
	case 1 < 2:
		fmt.Println("yes")
	}
	n := 0
	switch n++; n {
	case 1:
		fmt.Println("init ran, n =", n)
	}
	switch {
	default:
		fmt.Println("only default")
	}
}
