// Defer patterns: LIFO order, arguments evaluated at defer time, deferred closures that
// modify named results, defer in loops (via a helper), cleanup stacks, recover with
// re-panic, and timing-free "tracing" of enter/exit.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var log []string

func trace(name string) func() {
	log = append(log, "enter "+name)
	return func() { log = append(log, "exit "+name) }
}

func order() {
	defer trace("order")()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("deferred prints: ")
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 42
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDivide(%d, %d): %v", a, b, r)
			q = -1
		}
	}()
	return a / b, nil
}

type Resource struct {
	name   string
	closed bool
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New(r.name + " already closed")
	}
	r.closed = true
	log = append(log, "closed "+r.name)
	return nil
}

func open(name string) (*Resource, error) {
	if strings.HasPrefix(name, "bad") {
		return nil, fmt.Errorf("open %s: refused", name)
	}
	log = append(log, "opened "+name)
	return &Resource{name: name}, nil
}

func processAll(names []string) (err error) {
	defer trace("processAll")()
	for _, n := range names {
		if err := processOne(n); err != nil {
			return fmt.Errorf("processAll: %w", err)
		}
	}
	return nil
}

// processOne holds the defer so each resource is closed at the end of its iteration.
func processOne(name string) (err error) {
	r, err := open(name)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := r.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if name == "double-close" {
		r.Close()
	}
	return nil
}

func rethrow() (err error) {
	defer func() {
		r := recover()
		if s, ok := r.(string); ok {
			err = errors.New("recovered string: " + s)
			return
		}
		if r != nil {
			panic(fmt.Sprintf("re-panic: %v", r))
		}
	}()
	panic(errors.New("an error value"))
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		defer func(k int) { n += k }(i)
	}
	return 100
}

func main() {
	order()
	fmt.Println()
	argsEvaluatedEarly()
	fmt.Println("double(4) =", double(4))
	fmt.Println(safeDivide(7, 2))
	fmt.Println(safeDivide(7, 0))
	fmt.Println("counter() =", counter())
	fmt.Println("processAll:", processAll([]string{"a.txt", "b.txt"}))
	fmt.Println("processAll:", processAll([]string{"c.txt", "bad.txt", "d.txt"}))
	fmt.Println("processAll:", processAll([]string{"double-close"}))
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		fmt.Println("rethrow:", rethrow())
	}()
	var stack []func()
	for _, n := range []string{"db", "cache", "server"} {
		name := n
		log = append(log, "start "+name)
		stack = append(stack, func() { log = append(log, "stop "+name) })
	}
	for i := len(stack) - 1; i >= 0; i-- {
		stack[i]()
	}
	for i, l := range log {
		fmt.Printf("%2d %s\n", i, l)
	}
	defer fmt.Println("main's deferred runs last")
	fmt.Println("end of main")
}
