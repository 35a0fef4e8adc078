// Labeled break and continue across nested loops and out of switch statements.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue
		case i == 4:
			break loop
		case i > 10:
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 0
rows:
	for r := 0; r < 5; r++ {
	cols:
		for c := 0; c < 5; c++ {
			switch {
			case c > r:
				continue rows
			case r == 3:
				break cols
			case r == 4 && c == 2:
				break rows
			}
			n += 10*r + c
		}
		fmt.Print("row", r, " ")
	}
	fmt.Println(n)

	k := 0
first:
	for {
		for {
			k++
			if k%3 == 0 {
				continue first
			}
			if k > 10 {
				break first
			}
		}
	}
	fmt.Println(k)

	for _, ch := range "abcdef" {
		switch ch {
		case 'b':
			continue
		case 'e':
			break
		}
		if ch == 'e' {
			fmt.Print("[e]")
		}
		fmt.Print(string(ch))
	}
	fmt.Println()

	found := -1
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			if a*a+b*b == 13*13 {
				found = a*100 + b
				break search
			}
		}
	}
	fmt.Println(found)

block:
	switch x := 5; {
	case x > 3:
		for i := 0; i < 10; i++ {
			if i == 2 {
				break block
			}
			fmt.Print("in", i, " ")
		}
		fmt.Print("unreached")
	}
	fmt.Println("after")
}
