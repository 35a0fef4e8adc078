// A program that prints progress and then dies from an unrecovered index-out-of-range
// panic; deferred calls still run (and print) while the panic unwinds. Exit status 2.
package main

import "fmt"

type Ring struct {
	buf  []int
	head int
}

func (r *Ring) Push(v int) {
	r.buf[r.head] = v
	r.head++ // bug: never wraps
}

func main() {
	defer fmt.Println("deferred in main runs before the crash report")
	r := &Ring{buf: make([]int, 5)}
	for i := 1; i <= 10; i++ {
		fmt.Printf("push %d (head=%d, len=%d)\n", i*i, r.head, len(r.buf))
		r.Push(i * i)
		fmt.Println("buffer:", r.buf)
	}
	fmt.Println("not reached")
}
