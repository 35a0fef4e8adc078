// A hand-written binary heap priority queue (no container/heap): a task scheduler with
// priorities and FIFO tie-breaking, update-priority by index, and heap sort.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	seq      int
	index    int
}

type PQ struct {
	items []*Task
	seq   int
}

func (pq *PQ) less(i, j int) bool {
	a, b := pq.items[i], pq.items[j]
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.seq < b.seq
}

func (pq *PQ) swap(i, j int) {
	pq.items[i], pq.items[j] = pq.items[j], pq.items[i]
	pq.items[i].index = i
	pq.items[j].index = j
}

func (pq *PQ) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !pq.less(i, p) {
			break
		}
		pq.swap(i, p)
		i = p
	}
}

func (pq *PQ) down(i int) {
	n := len(pq.items)
	for {
		l, r, best := 2*i+1, 2*i+2, i
		if l < n && pq.less(l, best) {
			best = l
		}
		if r < n && pq.less(r, best) {
			best = r
		}
		if best == i {
			return
		}
		pq.swap(i, best)
		i = best
	}
}

func (pq *PQ) Push(name string, prio int) *Task {
	t := &Task{Name: name, Priority: prio, seq: pq.seq, index: len(pq.items)}
	pq.seq++
	pq.items = append(pq.items, t)
	pq.up(t.index)
	return t
}

func (pq *PQ) Pop() (*Task, bool) {
	if len(pq.items) == 0 {
		return nil, false
	}
	top := pq.items[0]
	last := len(pq.items) - 1
	pq.swap(0, last)
	pq.items[last] = nil
	pq.items = pq.items[:last]
	pq.down(0)
	top.index = -1
	return top, true
}

func (pq *PQ) Update(t *Task, prio int) {
	old := t.Priority
	t.Priority = prio
	if prio > old {
		pq.up(t.index)
	} else {
		pq.down(t.index)
	}
}

func (pq *PQ) Len() int { return len(pq.items) }

func (pq *PQ) valid() bool {
	for i := 1; i < len(pq.items); i++ {
		if pq.less(i, (i-1)/2) || pq.items[i].index != i {
			return false
		}
	}
	return true
}

func heapSort(a []int) {
	siftDown := func(a []int, i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && a[c+1] > a[c] {
				c++
			}
			if a[i] >= a[c] {
				return
			}
			a[i], a[c] = a[c], a[i]
			i = c
		}
	}
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

func main() {
	pq := &PQ{}
	jobs := []struct {
		name string
		prio int
	}{
		{"write report", 3}, {"fix prod bug", 10}, {"lunch", 5}, {"email", 1},
		{"code review", 5}, {"deploy", 8}, {"coffee", 5}, {"standup", 7}, {"refactor", 2},
	}
	handles := map[string]*Task{}
	for _, j := range jobs {
		handles[j.name] = pq.Push(j.name, j.prio)
	}
	fmt.Println("size:", pq.Len(), "valid:", pq.valid())
	pq.Update(handles["email"], 9)
	pq.Update(handles["deploy"], 0)
	fmt.Println("after updates valid:", pq.valid())
	for step := 1; pq.Len() > 0; step++ {
		t, _ := pq.Pop()
		fmt.Printf("%2d. [%2d] %-14s (seq %d) remaining=%d\n", step, t.Priority, t.Name, t.seq, pq.Len())
		if t.Name == "fix prod bug" {
			pq.Push("write postmortem", 6)
			pq.Push("celebrate", 6)
		}
	}
	_, ok := pq.Pop()
	fmt.Println("pop on empty:", ok)

	// a k-way merge of sorted lists using the same queue, priorities negated
	lists := [][]int{{1, 4, 9, 16}, {2, 3, 5, 7, 11, 13}, {0, 10, 20}, {}, {6}}
	pos := make([]int, len(lists))
	m := &PQ{}
	for i, l := range lists {
		if len(l) > 0 {
			m.Push(fmt.Sprint(i), -l[0])
		}
	}
	var merged []string
	for m.Len() > 0 {
		t, _ := m.Pop()
		li, _ := strconv.Atoi(t.Name)
		merged = append(merged, fmt.Sprint(-t.Priority))
		pos[li]++
		if pos[li] < len(lists[li]) {
			m.Push(t.Name, -lists[li][pos[li]])
		}
	}
	fmt.Println("merged:", strings.Join(merged, " "))

	data := []int{38, 27, 43, 3, 9, 82, 10, -5, 27, 0, 100, 1}
	heapSort(data)
	fmt.Println("heapsorted:", data)
}
