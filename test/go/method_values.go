// Method values and method expressions: bound methods stored in maps and slices, value vs
// pointer receivers when binding (copy at bind time), method expressions T.M and (*T).M
// used as plain functions, and function types with methods.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Owner   string
	Balance int
}

func (a Account) Describe() string { return fmt.Sprintf("%s has %d", a.Owner, a.Balance) }
func (a *Account) Deposit(n int)   { a.Balance += n }
func (a *Account) Withdraw(n int) bool {
	if n > a.Balance {
		return false
	}
	a.Balance -= n
	return true
}

type Op func(a, b int) int

func (o Op) Apply(xs []int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = o(acc, x)
	}
	return acc
}

func (o Op) Flip() Op { return func(a, b int) int { return o(b, a) } }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Stack struct{ items []string }

func (s *Stack) Push(v string) { s.items = append(s.items, v) }
func (s *Stack) Pop() string {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Peek() string { return s.items[len(s.items)-1] }

func main() {
	acc := Account{"ann", 100}
	describe := acc.Describe // value receiver: acc is copied now
	deposit := acc.Deposit   // pointer receiver: &acc is bound
	deposit(50)
	deposit(25)
	fmt.Println(describe(), "|", acc.Describe())

	descExpr := Account.Describe
	depExpr := (*Account).Deposit
	withdraw := (*Account).Withdraw
	depExpr(&acc, 5)
	fmt.Println(descExpr(acc), withdraw(&acc, 1000), withdraw(&acc, 80), acc.Balance)
	ptrDescribe := (*Account).Describe // value method through pointer type
	fmt.Println(ptrDescribe(&acc))
	fmt.Printf("%T | %T | %T\n", descExpr, depExpr, deposit)

	accounts := []*Account{{"bob", 10}, {"cy", 20}, {"di", 30}}
	var deposits []func(int)
	for _, a := range accounts {
		deposits = append(deposits, a.Deposit)
	}
	for i, d := range deposits {
		d((i + 1) * 100)
	}
	for _, a := range accounts {
		fmt.Print(a.Describe(), "; ")
	}
	fmt.Println()

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		"sub": func(a, b int) int { return a - b },
		"max": func(a, b int) int {
			if a > b {
				return a
			}
			return b
		},
	}
	names := make([]string, 0, len(ops))
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	for _, n := range names {
		apply := ops[n].Apply
		fmt.Printf("%s%v = %d, flipped = %d\n", n, xs, apply(xs), ops[n].Flip().Apply(xs))
	}

	conv := []func() float64{Celsius(100).Fahrenheit, Celsius(-40).Fahrenheit, Celsius(37).Fahrenheit}
	for _, c := range conv {
		fmt.Printf("%.1f ", c())
	}
	fmt.Println()
	f := Celsius.Fahrenheit
	fmt.Println(f(0), f(Celsius(21.5)))

	s := &Stack{}
	push, pop := s.Push, s.Pop
	for _, w := range strings.Fields("to be or not to be") {
		push(w)
	}
	peek := s.Peek // copies the Stack struct (sharing the backing array) now
	fmt.Println(pop(), pop(), peek(), len(s.items))
	var stringer fmt.Stringer = s
	str := stringer.String
	push("again")
	fmt.Println(str(), s)
	upper := strings.ToUpper
	mapper := strings.Map
	fmt.Println(upper("method"), mapper(func(r rune) rune { return r + 1 }, "HAL"))
	var sb strings.Builder
	write := sb.WriteString
	write("built ")
	write("via method value")
	fmt.Println(sb.String(), sb.Len())
}

func (s *Stack) String() string { return "[" + strings.Join(s.items, ",") + "]" }
