// Every for form: three-clause (with and without each clause), condition-only, infinite with
// break, continue, nested loops, loop variables scoped to the loop.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	j := 10
	for j > 0 {
		j -= 3
	}
	fmt.Println(j)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for ; n < 4; n++ {
	}
	fmt.Println(n)
	m := 1
	for m < 100 {
		m *= 3
	}
	fmt.Println(m)
	p := 0
	for ; ; p++ {
		if p > 6 {
			break
		}
	}
	fmt.Println(p)
	q := 0
	for q < 5 {
		q++
	}
	fmt.Println(q)
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				break
			}
			fmt.Print(i*10+j, " ")
		}
	}
	fmt.Println()
	i := 100
	for i := 0; i < 2; i++ {
		fmt.Print(i)
	}
	fmt.Println(" outer i:", i)
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for x := 10; x != 0; x /= 2 {
		count++
	}
	fmt.Println(count)
	for u := uint8(250); u != 4; u++ {
		fmt.Print(u, " ")
	}
	fmt.Println()
	for f := 0.0; f < 1; f += 0.25 {
		fmt.Print(f, " ")
	}
	fmt.Println()
	total := 0
	for i := 1; i <= 100; i++ {
		total += i
	}
	fmt.Println(total)
}
