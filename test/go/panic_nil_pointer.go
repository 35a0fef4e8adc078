// Dereferencing a nil pointer through a method on a linked structure panics with
// "invalid memory address or nil pointer dereference" after some output. Exit status 2.
package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
	Salary  int
}

func (e *Employee) Chain() []string {
	var names []string
	for m := e; m != nil; m = m.Manager {
		names = append(names, m.Name)
	}
	return names
}

func (e *Employee) SkipLevel() string {
	return e.Manager.Manager.Name
}

func main() {
	ceo := &Employee{Name: "Ceo", Salary: 300}
	vp := &Employee{Name: "Vp", Manager: ceo, Salary: 200}
	dev := &Employee{Name: "Dev", Manager: vp, Salary: 100}
	for _, e := range []*Employee{dev, vp, ceo} {
		fmt.Printf("%-4s chain=%v salary=%d\n", e.Name, e.Chain(), e.Salary)
	}
	var nobody *Employee
	fmt.Println("nil chain:", nobody.Chain(), len(nobody.Chain()))
	fmt.Println("dev skip-level:", dev.SkipLevel())
	fmt.Println("vp skip-level:", vp.SkipLevel())
	fmt.Println("not reached")
}
