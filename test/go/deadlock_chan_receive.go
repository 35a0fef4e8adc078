// A pipeline whose producer forgets to close its channel: the consumer's range waits for
// more values forever and, with every goroutine asleep, Go reports a deadlock (status 2).
package main

import "fmt"

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range produce(4) {
		sum += v
		fmt.Println("got", v, "sum", sum)
	}
	fmt.Println("not reached")
}
