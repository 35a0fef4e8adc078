// Sending on an unbuffered channel with the receiver in the same goroutine: the send can
// never complete. A buffered channel of size 1 would have worked, as the first half shows.
package main

import "fmt"

func main() {
	buffered := make(chan string, 1)
	buffered <- "fits in the buffer"
	fmt.Println(<-buffered)
	unbuffered := make(chan string)
	fmt.Println("sending on an unbuffered channel with no receiver...")
	unbuffered <- "stuck"
	fmt.Println(<-unbuffered)
}
