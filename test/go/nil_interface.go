// Nil interfaces versus interfaces holding nil pointers: the classic "typed nil error"
// bug and its fix, methods on nil receivers, comparisons of interface values, nil slices,
// maps and funcs inside interfaces, and %v/%T of each case.
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func buggy(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // never a nil interface!
}

func fixed(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

type Summer interface{ Sum() int }

func isNil(i interface{}) string {
	if i == nil {
		return "nil interface"
	}
	switch v := i.(type) {
	case *Tree:
		if v == nil {
			return "interface holding nil *Tree"
		}
	case []int:
		if v == nil {
			return "interface holding nil []int"
		}
	case map[string]int:
		if v == nil {
			return "interface holding nil map"
		}
	case func():
		if v == nil {
			return "interface holding nil func"
		}
	case error:
		return "non-nil error: " + v.Error()
	}
	return fmt.Sprintf("non-nil %T", i)
}

func main() {
	for _, fail := range []bool{false, true} {
		b, f := buggy(fail), fixed(fail)
		fmt.Printf("fail=%t buggy==nil:%t fixed==nil:%t buggy=%v fixed=%v\n", fail, b == nil, f == nil, b, f)
	}
	err := buggy(false)
	var me *MyErr
	fmt.Println("errors.As on typed nil:", errors.As(err, &me), me == nil, me.Error())
	fmt.Printf("%T %v | %T %v\n", err, err, fixed(false), fixed(false))

	var t *Tree
	fmt.Println("nil tree sum:", t.Sum())
	tree := &Tree{&Tree{nil, nil, 2}, &Tree{&Tree{nil, nil, 4}, nil, 5}, 1}
	fmt.Println("tree sum:", tree.Sum())
	var s Summer = t
	fmt.Println("Summer holding nil:", s != nil, s.Sum())
	s = nil
	func() {
		defer func() { fmt.Println("calling method on nil interface:", recover()) }()
		fmt.Println(s.Sum())
	}()

	var nilSlice []int
	var nilMap map[string]int
	var nilFunc func()
	var nilTree *Tree
	var nilErr error
	var nilAny interface{}
	for _, v := range []interface{}{nilAny, nilSlice, nilMap, nilFunc, nilTree, nilErr, (*MyErr)(nil), 0, "", []int{}, Tree{Val: 9}} {
		fmt.Printf("%-32s %%v=%-8v %%T=%T\n", isNil(v), v, v)
	}
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 3, 3
	fmt.Println(a == b, a == interface{}(int64(3)), a != "3")
	a, b = nilTree, (*Tree)(nil)
	fmt.Println(a == b, a == nil)
	a, b = &Tree{Val: 1}, &Tree{Val: 1}
	fmt.Println("distinct pointers equal?", a == b)
	a, b = Tree{Val: 1}, Tree{Val: 1}
	fmt.Println("equal struct values?", a == b)
	func() {
		defer func() { fmt.Println("comparing uncomparable:", recover()) }()
		a, b = []int{1}, []int{1}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("map key uncomparable:", recover()) }()
		m := map[interface{}]int{}
		m[1] = 1
		m["one"] = 2
		m[[2]int{1, 2}] = 3
		fmt.Println("len", len(m), m[1], m["one"], m[[2]int{1, 2}])
		m[[]int{1}] = 4
	}()
	fmt.Println(len(nilSlice), cap(nilSlice), len(nilMap), nilMap["missing"], nilSlice == nil, nilFunc == nil)
	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice, nilSlice != nil)
}
