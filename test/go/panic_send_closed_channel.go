// A producer that keeps sending after the channel was closed: the send panics ("send on
// closed channel") and the program exits with status 2 after the output so far.
package main

import "fmt"

func main() {
	results := make(chan int, 10)
	for i := 1; i <= 3; i++ {
		results <- i * i
	}
	close(results)
	for v := range results {
		fmt.Println("result", v)
	}
	fmt.Println("late producer sends again")
	results <- 16
	fmt.Println("not reached")
}
