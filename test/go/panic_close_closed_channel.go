// Two cleanup paths both close the same channel: "close of closed channel". A recovered
// first attempt shows the value is a runtime.Error; the second, unrecovered, ends the
// program with status 2.
package main

import (
	"fmt"
	"runtime"
)

func closeRecovered(ch chan int) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println("recovered:", r, "runtime.Error:", isRuntime)
	}()
	close(ch)
}

func main() {
	done := make(chan int)
	close(done)
	fmt.Println("closed once")
	closeRecovered(done)
	fmt.Println("closing again without recover")
	close(done)
}
