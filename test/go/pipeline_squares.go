// Pipelines: generator -> square -> filter -> sum, each stage a goroutine connected by
// channels; a second pipeline of strings with a fan-out-free chain of transforms.
package main

import (
	"fmt"
	"strings"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func rangeGen(lo, hi int) <-chan int {
	out := make(chan int, 8)
	go func() {
		defer close(out)
		for i := lo; i <= hi; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func sum(in <-chan int) int {
	total := 0
	for n := range in {
		total += n
	}
	return total
}

func mapStrings(in <-chan string, f func(string) string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for s := range in {
			out <- f(s)
		}
	}()
	return out
}

func words(text string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range strings.Fields(text) {
			out <- w
		}
	}()
	return out
}

func main() {
	for v := range square(gen(2, 3, 4)) {
		fmt.Println(v)
	}
	fmt.Println("square of squares:")
	for v := range square(square(gen(1, 2, 3))) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	odd := func(n int) bool { return n%2 == 1 }
	fmt.Println("sum of odd squares 1..100:", sum(filter(square(rangeGen(1, 100)), odd)))
	fmt.Println("sum of squares 1..1000:", sum(square(rangeGen(1, 1000))))

	text := "the quick brown fox jumps over the lazy dog"
	upper := mapStrings(words(text), strings.ToUpper)
	framed := mapStrings(upper, func(s string) string { return "[" + s + "]" })
	var parts []string
	for s := range framed {
		parts = append(parts, s)
	}
	fmt.Println(strings.Join(parts, ""))
	fmt.Println("words:", len(parts))
}
