// Bank account simulation: structs with pointer receivers, custom error types, errors.As,
// a transaction log and formatted statements.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type InsufficientFundsError struct {
	Account string
	Need    int64
	Have    int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %s: insufficient funds: need %s, have %s",
		e.Account, money(e.Need), money(e.Have))
}

var ErrFrozen = errors.New("account frozen")
var ErrBadAmount = errors.New("amount must be positive")

type Kind int

const (
	Deposit Kind = iota
	Withdrawal
	TransferIn
	TransferOut
)

func (k Kind) String() string {
	return [...]string{"deposit", "withdrawal", "transfer-in", "transfer-out"}[k]
}

type Txn struct {
	Kind    Kind
	Amount  int64
	Balance int64
	Memo    string
}

type Account struct {
	ID      string
	Owner   string
	balance int64 // cents
	frozen  bool
	log     []Txn
}

func money(c int64) string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func (a *Account) record(k Kind, amt int64, memo string) {
	a.log = append(a.log, Txn{k, amt, a.balance, memo})
}

func (a *Account) Deposit(amt int64, memo string) error {
	if amt <= 0 {
		return fmt.Errorf("deposit %d to %s: %w", amt, a.ID, ErrBadAmount)
	}
	if a.frozen {
		return fmt.Errorf("deposit to %s: %w", a.ID, ErrFrozen)
	}
	a.balance += amt
	a.record(Deposit, amt, memo)
	return nil
}

func (a *Account) Withdraw(amt int64, memo string) error {
	if amt <= 0 {
		return fmt.Errorf("withdraw %d from %s: %w", amt, a.ID, ErrBadAmount)
	}
	if a.frozen {
		return fmt.Errorf("withdraw from %s: %w", a.ID, ErrFrozen)
	}
	if amt > a.balance {
		return &InsufficientFundsError{a.ID, amt, a.balance}
	}
	a.balance -= amt
	a.record(Withdrawal, amt, memo)
	return nil
}

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(id, owner string) *Account {
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	src, ok1 := b.accounts[from]
	dst, ok2 := b.accounts[to]
	if !ok1 || !ok2 {
		return fmt.Errorf("transfer %s -> %s: no such account (%t, %t)", from, to, ok1, ok2)
	}
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s -> %s failed: %w", from, to, err)
		}
	}()
	if err = src.Withdraw(amt, "to "+to); err != nil {
		return err
	}
	src.log[len(src.log)-1].Kind = TransferOut
	if err = dst.Deposit(amt, "from "+from); err != nil {
		// roll back
		src.balance += amt
		src.log = src.log[:len(src.log)-1]
		return err
	}
	dst.log[len(dst.log)-1].Kind = TransferIn
	return nil
}

func (a *Account) Statement() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Statement for %s (%s)\n", a.ID, a.Owner)
	fmt.Fprintf(&sb, "%-3s %-13s %12s %12s  %s\n", "#", "kind", "amount", "balance", "memo")
	for i, t := range a.log {
		amt := t.Amount
		if t.Kind == Withdrawal || t.Kind == TransferOut {
			amt = -amt
		}
		fmt.Fprintf(&sb, "%-3d %-13v %12s %12s  %s\n", i+1, t.Kind, money(amt), money(t.Balance), t.Memo)
	}
	fmt.Fprintf(&sb, "closing balance: %s\n", money(a.balance))
	return sb.String()
}

func report(what string, err error) {
	if err == nil {
		fmt.Printf("%-32s ok\n", what)
		return
	}
	var ife *InsufficientFundsError
	switch {
	case errors.As(err, &ife):
		fmt.Printf("%-32s short by %s (%v)\n", what, money(ife.Need-ife.Have), err)
	case errors.Is(err, ErrFrozen):
		fmt.Printf("%-32s frozen: %v\n", what, err)
	case errors.Is(err, ErrBadAmount):
		fmt.Printf("%-32s bad amount: %v\n", what, err)
	default:
		fmt.Printf("%-32s error: %v\n", what, err)
	}
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	alice := bank.Open("A-100", "Alice")
	bob := bank.Open("B-200", "Bob")
	carol := bank.Open("C-300", "Carol")

	report("alice deposits 1500.00", alice.Deposit(150000, "salary"))
	report("bob deposits 20.50", bob.Deposit(2050, "gift"))
	report("bob withdraws 100.00", bob.Withdraw(10000, "rent"))
	report("alice withdraws -5", alice.Withdraw(-5, "oops"))
	report("transfer alice->bob 250.75", bank.Transfer("A-100", "B-200", 25075))
	report("transfer bob->carol 300.00", bank.Transfer("B-200", "C-300", 30000))
	carol.frozen = true
	report("transfer alice->carol 10.00", bank.Transfer("A-100", "C-300", 1000))
	report("transfer alice->dave 1.00", bank.Transfer("A-100", "D-400", 100))
	report("carol deposits 5.00", carol.Deposit(500, "cash"))
	carol.frozen = false
	report("carol deposits 5.00 again", carol.Deposit(500, "cash"))
	for i := 1; i <= 3; i++ {
		report(fmt.Sprintf("bob withdraws %d.00", i*40), bob.Withdraw(int64(i)*4000, fmt.Sprintf("atm #%d", i)))
	}
	fmt.Println()
	for _, a := range []*Account{alice, bob, carol} {
		fmt.Print(a.Statement())
		fmt.Println()
	}
	var total int64
	ids := make([]string, 0, len(bank.accounts))
	for id, a := range bank.accounts {
		total += a.balance
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return bank.accounts[ids[i]].balance > bank.accounts[ids[j]].balance })
	fmt.Println("bank total:", money(total), "richest first:", ids)
	fmt.Printf("%v\n%+v\n", alice.log[0], bob.log[len(bob.log)-1])
}
