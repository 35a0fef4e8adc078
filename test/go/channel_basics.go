// Channel basics: buffered len/cap as values come and go, FIFO order, comma-ok after close,
// range until close, zero values from a closed channel, directional parameters.
package main

import "fmt"

func fill(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i * 10
	}
	close(out)
}

func drain(in <-chan int) (sum, count int) {
	for v := range in {
		sum += v
		count++
	}
	return
}

func main() {
	ch := make(chan int, 4)
	fmt.Println("empty:", len(ch), cap(ch))
	for i := 1; i <= 3; i++ {
		ch <- i
		fmt.Println("after send", i, "len", len(ch))
	}
	fmt.Println("receive", <-ch, "len", len(ch))
	ch <- 4
	ch <- 5
	fmt.Println("full:", len(ch) == cap(ch))
	close(ch)
	for {
		v, ok := <-ch
		fmt.Println("recv", v, ok, "len", len(ch))
		if !ok {
			break
		}
	}
	v, ok := <-ch
	fmt.Println("again:", v, ok)

	c := make(chan int)
	go fill(c, 5)
	sum, count := drain(c)
	fmt.Println("drained", count, "values, sum", sum)

	words := make(chan string, 2)
	words <- "x"
	close(words)
	w1, ok1 := <-words
	w2, ok2 := <-words
	fmt.Printf("%q %v %q %v\n", w1, ok1, w2, ok2)

	type point struct{ x, y int }
	pts := make(chan point, 1)
	pts <- point{1, 2}
	close(pts)
	for p := range pts {
		fmt.Println("point", p)
	}
	fmt.Println("zero point after close:", <-pts)

	var nilc chan int
	fmt.Println("nil channel:", nilc == nil, len(nilc), cap(nilc))
	sync := make(chan bool)
	go func() { sync <- true }()
	fmt.Println("unbuffered:", len(sync), cap(sync), <-sync)
}
