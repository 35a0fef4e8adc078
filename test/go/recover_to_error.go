// Panics recovered and converted to errors: runtime errors (index, nil map, nil pointer,
// divide by zero, type assertion), custom panic values, re-panicking of unknown values,
// nested recovers and deferred calls running during unwinding.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type PanicError struct {
	Value interface{}
	Op    string
}

func (p *PanicError) Error() string { return fmt.Sprintf("%s panicked: %v", p.Op, p.Value) }

var ErrFatal = errors.New("fatal condition")

func safely(op string, f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if e, ok := r.(error); ok && errors.Is(e, ErrFatal) {
			panic(r) // not ours to handle
		}
		err = &PanicError{r, op}
	}()
	f()
	return nil
}

type T struct{ name string }

func (t *T) Name() string { return t.name }

func main() {
	var trace []string
	tests := []struct {
		name string
		f    func()
	}{
		{"ok", func() { trace = append(trace, "ok ran") }},
		{"index", func() {
			s := []int{1, 2, 3}
			i := 5
			_ = s[i]
		}},
		{"slice", func() {
			s := "hello"
			j := 2
			_ = s[3:j]
		}},
		{"nil map", func() {
			var m map[string]int
			m["x"] = 1
		}},
		{"nil pointer", func() {
			var t *T
			fmt.Println(t.Name())
		}},
		{"divide", func() {
			a, b := 10, 0
			fmt.Println(a / b)
		}},
		{"assertion", func() {
			var v interface{} = "str"
			_ = v.(int)
		}},
		{"custom string", func() { panic("something broke") }},
		{"custom error", func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) }},
		{"custom int", func() { panic(42) }},
		{"sprintf", func() { panic(fmt.Sprintf("bad state %d/%s", 7, "x")) }},
		{"deferred order", func() {
			defer func() { trace = append(trace, "deferred 1") }()
			defer func() { trace = append(trace, "deferred 2") }()
			panic("unwind")
		}},
		{"conversion", func() {
			arr := make([]int, 3)
			n := -1
			_ = make([]int, n+len(arr)-3-1)
		}},
	}
	for _, tc := range tests {
		err := safely(tc.name, tc.f)
		var pe *PanicError
		if errors.As(err, &pe) {
			_, isRuntime := pe.Value.(interface{ RuntimeError() })
			_, isErr := pe.Value.(error)
			typ := "runtime error"
			if !isRuntime {
				typ = fmt.Sprintf("%T", pe.Value)
			}
			fmt.Printf("%-15s runtime=%-5t error=%-5t %s: %v\n", tc.name, isRuntime, isErr, typ, err)
		} else {
			fmt.Printf("%-15s no panic, err=%v\n", tc.name, err)
		}
	}
	fmt.Println("trace:", strings.Join(trace, ", "))

	// a fatal error escapes the inner safely and is caught by an outer recover
	func() {
		defer func() {
			r := recover()
			fmt.Printf("outer caught %v (fatal=%t)\n", r, errors.Is(r.(error), ErrFatal))
		}()
		err := safely("fatal", func() { panic(fmt.Errorf("disk: %w", ErrFatal)) })
		fmt.Println("not reached", err)
	}()

	// recover only works in the deferred function itself
	helper := func() interface{} { return recover() }
	func() {
		defer func() {
			r := helper()
			fmt.Println("helper recover:", r)
			fmt.Println("direct recover:", recover())
		}()
		panic("p1")
	}()

	// a panic inside a deferred function replaces the first one
	func() {
		defer func() { fmt.Println("final recover:", recover()) }()
		defer func() { panic("second") }()
		panic("first")
	}()
	fmt.Println("recover outside panic:", recover())
}
