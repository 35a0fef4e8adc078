// The concurrent prime sieve from the Go documentation: a chain of filter goroutines, one
// per prime found; prints the first 100 primes, ten to a line.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 100; i++ {
		prime := <-ch
		sum += prime
		fmt.Printf("%4d", prime)
		if i%10 == 9 {
			fmt.Println()
		}
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("sum of the first 100 primes:", sum)
}
