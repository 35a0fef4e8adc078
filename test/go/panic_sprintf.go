// An invariant check that panics with a fmt.Sprintf message once a simulated account goes
// negative; the earlier ledger lines are on stdout. Exit status 2.
package main

import "fmt"

type Ledger struct {
	balance int
	entries []int
}

func (l *Ledger) Apply(amount int) {
	l.balance += amount
	l.entries = append(l.entries, amount)
	if l.balance < 0 {
		panic(fmt.Sprintf("invariant violated: balance %d after %d entries (last %+d)", l.balance, len(l.entries), amount))
	}
}

func main() {
	l := &Ledger{}
	for i, amt := range []int{100, -30, 45, -80, 10, -60, 25} {
		l.Apply(amt)
		fmt.Printf("%d: %+5d -> %4d\n", i, amt, l.balance)
	}
	fmt.Println("done")
}
