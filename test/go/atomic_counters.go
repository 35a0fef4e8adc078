// sync/atomic at work: exact counters from many goroutines, a CAS loop tracking a maximum,
// a spin lock built on CompareAndSwap with Gosched, and an atomic.Value holding a config.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type spinLock struct{ state int32 }

func (l *spinLock) lock() {
	for !atomic.CompareAndSwapInt32(&l.state, 0, 1) {
		runtime.Gosched()
	}
}

func (l *spinLock) unlock() { atomic.StoreInt32(&l.state, 0) }

type config struct {
	version int
	name    string
}

func main() {
	var ops, evens int64
	var maxSeen int64
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 2500; i++ {
				atomic.AddInt64(&ops, 1)
				v := int64(g*2500 + i)
				if v%2 == 0 {
					atomic.AddInt64(&evens, 1)
				}
				for {
					cur := atomic.LoadInt64(&maxSeen)
					if v <= cur || atomic.CompareAndSwapInt64(&maxSeen, cur, v) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("ops:", atomic.LoadInt64(&ops), "evens:", evens, "max:", maxSeen)

	var l spinLock
	shared := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				l.lock()
				shared++
				l.unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("spin-locked counter:", shared)

	var cfg atomic.Value
	cfg.Store(config{1, "initial"})
	var readers sync.WaitGroup
	var sawValid int32
	for r := 0; r < 4; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			c := cfg.Load().(config)
			if c.version >= 1 {
				atomic.AddInt32(&sawValid, 1)
			}
		}()
	}
	cfg.Store(config{2, "reloaded"})
	readers.Wait()
	final := cfg.Load().(config)
	fmt.Println("readers saw a valid config:", sawValid, "final:", final.version, final.name)

	var flags uint32
	atomic.StoreUint32(&flags, 0xF0)
	old := atomic.SwapUint32(&flags, 0x0F)
	fmt.Printf("swap: old=%#x new=%#x\n", old, atomic.LoadUint32(&flags))
}
