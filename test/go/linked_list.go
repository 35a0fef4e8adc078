// Singly linked list operations: push/append, reverse (iterative and recursive), merge of
// sorted lists, merge sort, removing by predicate, middle node, cycle detection (Floyd).
package main

import (
	"fmt"
	"strings"
)

type ListNode struct {
	Val  int
	Next *ListNode
}

func FromSlice(xs ...int) *ListNode {
	var head *ListNode
	tail := &head
	for _, x := range xs {
		*tail = &ListNode{Val: x}
		tail = &(*tail).Next
	}
	return head
}

func (l *ListNode) String() string {
	if l == nil {
		return "nil"
	}
	var parts []string
	seen := 0
	for n := l; n != nil; n = n.Next {
		if seen++; seen > 20 {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return strings.Join(parts, " -> ")
}

func (l *ListNode) Len() int {
	n := 0
	for ; l != nil; l = l.Next {
		n++
	}
	return n
}

func Reverse(l *ListNode) *ListNode {
	var prev *ListNode
	for l != nil {
		l, l.Next, prev = l.Next, prev, l
	}
	return prev
}

func ReverseRec(l *ListNode) *ListNode {
	if l == nil || l.Next == nil {
		return l
	}
	rest := ReverseRec(l.Next)
	l.Next.Next = l
	l.Next = nil
	return rest
}

func Merge(a, b *ListNode) *ListNode {
	dummy := &ListNode{}
	t := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			t.Next, a = a, a.Next
		} else {
			t.Next, b = b, b.Next
		}
		t = t.Next
	}
	if a != nil {
		t.Next = a
	} else {
		t.Next = b
	}
	return dummy.Next
}

func Middle(l *ListNode) *ListNode {
	slow, fast := l, l
	for fast != nil && fast.Next != nil && fast.Next.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	return slow
}

func Sort(l *ListNode) *ListNode {
	if l == nil || l.Next == nil {
		return l
	}
	m := Middle(l)
	right := m.Next
	m.Next = nil
	return Merge(Sort(l), Sort(right))
}

func RemoveIf(l *ListNode, pred func(int) bool) (*ListNode, int) {
	removed := 0
	for p := &l; *p != nil; {
		if pred((*p).Val) {
			*p = (*p).Next
			removed++
		} else {
			p = &(*p).Next
		}
	}
	return l, removed
}

func HasCycle(l *ListNode) (bool, int) {
	slow, fast := l, l
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			// find the start of the cycle
			slow = l
			for slow != fast {
				slow, fast = slow.Next, fast.Next
			}
			return true, slow.Val
		}
	}
	return false, 0
}

func main() {
	l := FromSlice(1, 2, 3, 4, 5, 6, 7)
	fmt.Println("list:", l, "len", l.Len())
	l = Reverse(l)
	fmt.Println("reversed:", l)
	l = ReverseRec(l)
	fmt.Println("back:", l)
	fmt.Println("middle:", Middle(l).Val, Middle(FromSlice(1, 2)).Val, Middle(FromSlice(9)).Val)
	l, n := RemoveIf(l, func(v int) bool { return v%2 == 0 })
	fmt.Println("odds:", l, "removed", n)
	l, n = RemoveIf(l, func(v int) bool { return v < 4 })
	fmt.Println("remove <4:", l, "removed", n)
	l, n = RemoveIf(l, func(int) bool { return true })
	fmt.Println("remove all:", l, "removed", n, l == nil)

	a := FromSlice(1, 4, 9, 16, 25)
	b := FromSlice(2, 3, 5, 7, 11, 13, 17)
	fmt.Println("merged:", Merge(a, b))
	u := FromSlice(38, 27, 43, 3, 9, 82, 10, 3, -4, 0, 27)
	fmt.Println("unsorted:", u)
	u = Sort(u)
	fmt.Println("sorted:  ", u, "len", u.Len())
	fmt.Println("empty:", Sort(nil), Reverse(nil), (*ListNode)(nil).Len())

	c := FromSlice(1, 2, 3, 4, 5, 6, 7, 8)
	fmt.Println(HasCycle(c))
	tail := c
	for tail.Next != nil {
		tail = tail.Next
	}
	third := c.Next.Next
	tail.Next = third
	has, at := HasCycle(c)
	fmt.Println("cycle:", has, "starts at", at, "printed:", c)
	tail.Next = nil
	fmt.Printf("%v | %+v\n", c.Next.Next.Next.Next.Next.Next.Next, *FromSlice(42))
}
