// main parks in select {} once its workers are done: with nothing else left, a deadlock.
package main

import "fmt"

func main() {
	done := make(chan string)
	for _, name := range []string{"a", "b"} {
		go func(n string) { done <- "worker " + n }(name)
	}
	got := []string{<-done, <-done}
	if got[0] > got[1] {
		got[0], got[1] = got[1], got[0]
	}
	fmt.Println(got)
	fmt.Println("parking main forever")
	select {}
}
