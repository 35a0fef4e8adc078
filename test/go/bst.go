// A binary search tree: insert, search, delete (leaf, one child, two children), in/pre/post
// and level-order traversals, height, validation, and an ASCII rendering.
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Key         int
	Left, Right *Node
}

type Tree struct {
	Root *Node
	size int
}

func (t *Tree) Insert(k int) bool {
	p := &t.Root
	for *p != nil {
		switch {
		case k < (*p).Key:
			p = &(*p).Left
		case k > (*p).Key:
			p = &(*p).Right
		default:
			return false
		}
	}
	*p = &Node{Key: k}
	t.size++
	return true
}

func (t *Tree) Contains(k int) bool {
	n := t.Root
	for n != nil && n.Key != k {
		if k < n.Key {
			n = n.Left
		} else {
			n = n.Right
		}
	}
	return n != nil
}

func deleteNode(n *Node, k int) (*Node, bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.Key:
		n.Left, ok = deleteNode(n.Left, k)
	case k > n.Key:
		n.Right, ok = deleteNode(n.Right, k)
	default:
		if n.Left == nil {
			return n.Right, true
		}
		if n.Right == nil {
			return n.Left, true
		}
		succ := n.Right
		for succ.Left != nil {
			succ = succ.Left
		}
		n.Key = succ.Key
		n.Right, _ = deleteNode(n.Right, succ.Key)
		return n, true
	}
	return n, ok
}

func (t *Tree) Delete(k int) bool {
	var ok bool
	t.Root, ok = deleteNode(t.Root, k)
	if ok {
		t.size--
	}
	return ok
}

func walk(n *Node, order string, visit func(int)) {
	if n == nil {
		return
	}
	if order == "pre" {
		visit(n.Key)
	}
	walk(n.Left, order, visit)
	if order == "in" {
		visit(n.Key)
	}
	walk(n.Right, order, visit)
	if order == "post" {
		visit(n.Key)
	}
}

func (t *Tree) Collect(order string) []int {
	var out []int
	walk(t.Root, order, func(k int) { out = append(out, k) })
	return out
}

func (t *Tree) Levels() [][]int {
	var out [][]int
	level := []*Node{}
	if t.Root != nil {
		level = append(level, t.Root)
	}
	for len(level) > 0 {
		var keys []int
		var next []*Node
		for _, n := range level {
			keys = append(keys, n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, keys)
		level = next
	}
	return out
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func valid(n *Node, lo, hi int) bool {
	return n == nil || (lo < n.Key && n.Key < hi && valid(n.Left, lo, n.Key) && valid(n.Right, n.Key, hi))
}

func render(n *Node, prefix string, isLeft bool, sb *strings.Builder) {
	if n == nil {
		return
	}
	render(n.Right, prefix+map[bool]string{true: "│   ", false: "    "}[isLeft], false, sb)
	sb.WriteString(prefix)
	if isLeft {
		sb.WriteString("└── ")
	} else {
		sb.WriteString("┌── ")
	}
	fmt.Fprintln(sb, n.Key)
	render(n.Left, prefix+map[bool]string{true: "    ", false: "│   "}[isLeft], true, sb)
}

func (t *Tree) String() string {
	var sb strings.Builder
	render(t.Root, "", true, &sb)
	return sb.String()
}

func main() {
	t := &Tree{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 85, 10} {
		if !t.Insert(k) {
			fmt.Println("duplicate", k)
		}
	}
	fmt.Print(t)
	fmt.Println("size", t.size, "height", height(t.Root), "valid", valid(t.Root, -1<<62, 1<<62))
	for _, o := range []string{"in", "pre", "post"} {
		fmt.Printf("%-4s %v\n", o, t.Collect(o))
	}
	fmt.Println("levels", t.Levels())
	for _, k := range []int{0, 33, 50, 64, 100} {
		fmt.Printf("contains(%d)=%t\n", k, t.Contains(k))
	}
	for _, k := range []int{10, 30, 50, 99, 70} {
		fmt.Printf("delete %d: %t -> in=%v levels=%v\n", k, t.Delete(k), t.Collect("in"), t.Levels())
	}
	fmt.Print(t)
	fmt.Println("size", t.size, "height", height(t.Root), "valid", valid(t.Root, -1<<62, 1<<62))
	skew := &Tree{}
	for i := 1; i <= 8; i++ {
		skew.Insert(i * i)
	}
	fmt.Println("skewed height", height(skew.Root), skew.Collect("pre"))
	fmt.Printf("%+v\n", *skew.Root.Right.Right.Right.Right.Right.Right.Right)
	var empty Tree
	fmt.Println(empty.Collect("in") == nil, empty.Levels(), height(empty.Root), empty.Delete(1))
}
