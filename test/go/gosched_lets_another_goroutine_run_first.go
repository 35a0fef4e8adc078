// runtime.Gosched yields: before the goroutine that called it runs again, another runnable
// goroutine runs. With one worker and 200 goroutines each call Gosched once between two
// ticks of a shared counter; none sees its two ticks adjacent. (csp puts a goroutine that
// calls Gosched on a long queue into its worker's yield queue, which takes turns with the
// local queue: it runs again after one or two others, not after the whole queue. The turn
// after its Gosched is never its own while something else can run.)
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	const n = 200
	var seq atomic.Int64
	var wg sync.WaitGroup
	gaps := make([]int64, n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			before := seq.Add(1)
			runtime.Gosched()
			gaps[i] = seq.Add(1) - before
			wg.Done()
		}(i)
	}
	wg.Wait()
	resumedAtOnce := 0
	for _, g := range gaps {
		if g == 1 {
			resumedAtOnce++
		}
	}
	fmt.Println("goroutines:", n, "resumed before any other ran:", resumedAtOnce)
}
