// Concurrent bank transfers under per-account mutexes locked in a fixed order (no deadlock).
// Transfers always apply (overdrafts allowed), so the final balances do not depend on the
// interleaving, and the total is conserved.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	id      int
	balance int
}

type bank struct {
	accounts []*account
	txMu     sync.Mutex
	txCount  int
}

func (b *bank) transfer(from, to, amount int) {
	if from == to {
		return
	}
	first, second := b.accounts[from], b.accounts[to]
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	second.mu.Lock()
	b.accounts[from].balance -= amount
	b.accounts[to].balance += amount
	second.mu.Unlock()
	first.mu.Unlock()
	b.txMu.Lock()
	b.txCount++
	b.txMu.Unlock()
}

func (b *bank) total() int {
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

type lcg struct{ state uint32 }

func (r *lcg) next(n int) int {
	r.state = r.state*1664525 + 1013904223
	return int(r.state>>8) % n
}

func main() {
	b := &bank{}
	for i := 0; i < 10; i++ {
		b.accounts = append(b.accounts, &account{id: i, balance: 1000})
	}
	fmt.Println("initial total:", b.total())
	var wg sync.WaitGroup
	for c := 0; c < 20; c++ {
		wg.Add(1)
		go func(seed int) {
			defer wg.Done()
			r := &lcg{uint32(seed*7919 + 1)}
			for i := 0; i < 1000; i++ {
				b.transfer(r.next(10), r.next(10), r.next(100)+1)
			}
		}(c)
	}
	wg.Wait()
	fmt.Println("final total:", b.total())
	fmt.Println("transfers:", b.txCount)
	for _, a := range b.accounts {
		fmt.Printf("account %d: %d\n", a.id, a.balance)
	}
}
