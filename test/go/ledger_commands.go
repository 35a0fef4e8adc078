// A command interpreter for a bank ledger reading commands from stdin with a Scanner:
// amounts parsed into integer cents, per-command errors with custom error types and
// errors.As, a dispatch table of handlers, account history and a closing report.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func parseAmount(s string) (Cents, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("amount %q has more than 2 decimals", s)
	}
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	f, ferr := strconv.ParseInt(frac, 10, 64)
	if err == nil {
		err = ferr
	}
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	if w < 0 || strings.HasPrefix(whole, "-") {
		return 0, fmt.Errorf("amount %q must be positive", s)
	}
	return Cents(w*100 + f), nil
}

type NoAccountError struct{ Name string }

func (e NoAccountError) Error() string { return "no account named " + e.Name }

type Account struct {
	Balance Cents
	Frozen  bool
	History []string
}

type Ledger struct{ accts map[string]*Account }

func (l *Ledger) get(name string) (*Account, error) {
	a, ok := l.accts[name]
	if !ok {
		return nil, NoAccountError{name}
	}
	return a, nil
}

var ErrFrozen = errors.New("account is frozen")
var ErrFunds = errors.New("insufficient funds")

func (l *Ledger) move(a *Account, delta Cents, note string) error {
	if a.Frozen {
		return ErrFrozen
	}
	if a.Balance+delta < 0 {
		return fmt.Errorf("%w: balance %v, need %v", ErrFunds, a.Balance, -delta)
	}
	a.Balance += delta
	a.History = append(a.History, fmt.Sprintf("%+8.2f %s", float64(delta)/100, note))
	return nil
}

type handler struct {
	args int
	run  func(l *Ledger, args []string) (string, error)
}

var handlers = map[string]handler{
	"open": {2, func(l *Ledger, a []string) (string, error) {
		if _, ok := l.accts[a[0]]; ok {
			return "", fmt.Errorf("account %s already exists", a[0])
		}
		amt, err := parseAmount(a[1])
		if err != nil {
			return "", err
		}
		l.accts[a[0]] = &Account{Balance: amt, History: []string{fmt.Sprintf("%+8.2f opening", float64(amt)/100)}}
		return "opened " + a[0], nil
	}},
	"deposit":  {2, func(l *Ledger, a []string) (string, error) { return l.change(a[0], a[1], 1) }},
	"withdraw": {2, func(l *Ledger, a []string) (string, error) { return l.change(a[0], a[1], -1) }},
	"transfer": {3, func(l *Ledger, a []string) (string, error) {
		from, err := l.get(a[0])
		if err != nil {
			return "", err
		}
		to, err := l.get(a[1])
		if err != nil {
			return "", err
		}
		amt, err := parseAmount(a[2])
		if err != nil {
			return "", err
		}
		if err := l.move(from, -amt, "to "+a[1]); err != nil {
			return "", fmt.Errorf("transfer from %s: %w", a[0], err)
		}
		if err := l.move(to, amt, "from "+a[0]); err != nil {
			l.move(from, amt, "refund")
			return "", fmt.Errorf("transfer to %s: %w", a[1], err)
		}
		return fmt.Sprintf("moved %v", amt), nil
	}},
	"freeze": {2, func(l *Ledger, a []string) (string, error) {
		acc, err := l.get(a[0])
		if err == nil {
			acc.Frozen = a[1] == "on"
		}
		return fmt.Sprintf("%s frozen=%t", a[0], a[1] == "on"), err
	}},
	"history": {1, func(l *Ledger, a []string) (string, error) {
		acc, err := l.get(a[0])
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%s: %v\n    %s", a[0], acc.Balance, strings.Join(acc.History, "\n    ")), nil
	}},
	"report": {0, func(l *Ledger, a []string) (string, error) {
		names := make([]string, 0, len(l.accts))
		var total Cents
		for n, acc := range l.accts {
			names = append(names, n)
			total += acc.Balance
		}
		sort.Strings(names)
		var sb strings.Builder
		for _, n := range names {
			fmt.Fprintf(&sb, "\n    %-6s %10v %d txns frozen=%t", n, l.accts[n].Balance, len(l.accts[n].History), l.accts[n].Frozen)
		}
		fmt.Fprintf(&sb, "\n    %-6s %10v", "total", total)
		return sb.String(), nil
	}},
}

func (l *Ledger) change(name, amount string, sign Cents) (string, error) {
	acc, err := l.get(name)
	if err != nil {
		return "", err
	}
	amt, err := parseAmount(amount)
	if err != nil {
		return "", err
	}
	note := "deposit"
	if sign < 0 {
		note = "withdrawal"
	}
	if err := l.move(acc, sign*amt, note); err != nil {
		return "", fmt.Errorf("%s %s: %w", note, name, err)
	}
	return fmt.Sprintf("%s balance %v", name, acc.Balance), nil
}

func main() {
	l := &Ledger{accts: map[string]*Account{}}
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		n++
		h, ok := handlers[f[0]]
		var out string
		var err error
		switch {
		case !ok:
			err = fmt.Errorf("unknown command %q", f[0])
		case len(f)-1 != h.args:
			err = fmt.Errorf("%s takes %d arguments, got %d", f[0], h.args, len(f)-1)
		default:
			out, err = h.run(l, f[1:])
		}
		switch nae := (NoAccountError{}); {
		case err == nil:
			fmt.Printf("%2d ok    %s\n", n, out)
		case errors.As(err, &nae):
			fmt.Printf("%2d ERR   %v [missing %q]\n", n, err, nae.Name)
		case errors.Is(err, ErrFunds), errors.Is(err, ErrFrozen):
			fmt.Printf("%2d DENY  %v\n", n, err)
		default:
			fmt.Printf("%2d ERR   %v\n", n, err)
		}
	}
}
