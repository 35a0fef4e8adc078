// A fixed-capacity ring buffer (circular queue) with overwrite and reject policies,
// iteration from oldest to newest, a moving average over a window, a deque built on a
// growing circular slice, and a "last N lines" tail used on a text.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrFull = errors.New("ring buffer full")
var ErrEmpty = errors.New("ring buffer empty")

type Ring struct {
	buf        []float64
	head, size int
	overwrite  bool
	dropped    int
}

func NewRing(n int, overwrite bool) *Ring {
	return &Ring{buf: make([]float64, n), overwrite: overwrite}
}

func (r *Ring) Push(v float64) error {
	if r.size == len(r.buf) {
		if !r.overwrite {
			return ErrFull
		}
		r.head = (r.head + 1) % len(r.buf)
		r.size--
		r.dropped++
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring) Pop() (float64, error) {
	if r.size == 0 {
		return 0, ErrEmpty
	}
	v := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func (r *Ring) Items() []float64 {
	out := make([]float64, r.size)
	for i := range out {
		out[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	return out
}

func (r *Ring) Mean() float64 {
	if r.size == 0 {
		return 0
	}
	s := 0.0
	for _, v := range r.Items() {
		s += v
	}
	return s / float64(r.size)
}

type Deque struct {
	data       []string
	head, size int
}

func (d *Deque) grow() {
	n := len(d.data) * 2
	if n == 0 {
		n = 2
	}
	nd := make([]string, n)
	for i := 0; i < d.size; i++ {
		nd[i] = d.data[(d.head+i)%len(d.data)]
	}
	d.data, d.head = nd, 0
}

func (d *Deque) PushBack(s string) {
	if d.size == len(d.data) {
		d.grow()
	}
	d.data[(d.head+d.size)%len(d.data)] = s
	d.size++
}

func (d *Deque) PushFront(s string) {
	if d.size == len(d.data) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.data)) % len(d.data)
	d.data[d.head] = s
	d.size++
}

func (d *Deque) PopFront() string {
	s := d.data[d.head]
	d.head = (d.head + 1) % len(d.data)
	d.size--
	return s
}

func (d *Deque) PopBack() string {
	d.size--
	return d.data[(d.head+d.size)%len(d.data)]
}

func main() {
	r := NewRing(4, false)
	for i := 1; i <= 6; i++ {
		err := r.Push(float64(i * 10))
		fmt.Printf("push %d: err=%v items=%v\n", i*10, err, r.Items())
	}
	for i := 0; i < 5; i++ {
		v, err := r.Pop()
		fmt.Printf("pop: %v err=%v size=%d\n", v, err, r.size)
	}
	fmt.Println(errors.Is(r.Push(1), ErrFull), r.Items())

	w := NewRing(5, true)
	readings := []float64{20.5, 21, 21.25, 35, 22, 21.75, 21.5, 20, 19.75, 19.5, 30, 19}
	for i, v := range readings {
		w.Push(v)
		fmt.Printf("t=%2d reading %5.2f window %-30s avg %6.3f\n", i, v, fmt.Sprint(w.Items()), w.Mean())
	}
	fmt.Println("dropped:", w.dropped, "head:", w.head)

	d := &Deque{}
	for _, s := range []string{"c", "d", "e"} {
		d.PushBack(s)
	}
	d.PushFront("b")
	d.PushFront("a")
	d.PushBack("f")
	fmt.Println("deque cap", len(d.data), "size", d.size)
	var out []string
	for d.size > 0 {
		if d.size%2 == 0 {
			out = append(out, d.PopFront())
		} else {
			out = append(out, d.PopBack())
		}
	}
	fmt.Println("alternating pops:", out)

	text := `line one
line two
line three
line four
line five
line six
line seven`
	tail := &Deque{}
	for _, l := range strings.Split(text, "\n") {
		tail.PushBack(l)
		if tail.size > 3 {
			tail.PopFront()
		}
	}
	var last []string
	for tail.size > 0 {
		last = append(last, tail.PopFront())
	}
	fmt.Printf("tail -3: %q\n", last)
}
