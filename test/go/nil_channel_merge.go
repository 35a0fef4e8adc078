// Merging two producers into one stream with the nil-channel idiom: a closed input is set
// to nil so its case can no longer be chosen; the loop ends when both are nil.
package main

import (
	"fmt"
	"sort"
)

func produce(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- fmt.Sprintf("%s%02d", prefix, i)
		}
	}()
	return out
}

func mergeAll(a, b <-chan string) (got []string, fromA, fromB int) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			fromA++
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			fromB++
			got = append(got, v)
		}
	}
	return
}

func main() {
	got, na, nb := mergeAll(produce("x", 7), produce("y", 12))
	sort.Strings(got)
	fmt.Println("from a:", na, "from b:", nb, "total:", len(got))
	fmt.Println(got[:3], got[len(got)-3:])

	got, na, nb = mergeAll(produce("only", 4), nil)
	fmt.Println("with a nil input:", got, na, nb)

	got, _, _ = mergeAll(nil, nil)
	fmt.Println("both nil:", len(got), got == nil)

	var disabled chan int
	ready := make(chan int, 1)
	ready <- 5
	select {
	case v := <-disabled:
		fmt.Println("nil channel received", v)
	case v := <-ready:
		fmt.Println("ready channel won:", v)
	}
}
