// Towers of Hanoi: the recursive solution printing moves for small n, move counts for
// larger n, an iterative solution cross-checked against it, peg state rendering, and the
// four-peg Frame-Stewart variant's move counts.
package main

import (
	"fmt"
	"strings"
)

type Move struct {
	Disk     int
	From, To byte
}

func hanoi(n int, from, to, via byte, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{n, from, to})
	hanoi(n-1, via, to, from, moves)
}

type Pegs map[byte][]int

func (p Pegs) apply(m Move) error {
	src := p[m.From]
	if len(src) == 0 {
		return fmt.Errorf("peg %c is empty", m.From)
	}
	top := src[len(src)-1]
	if top != m.Disk {
		return fmt.Errorf("top of %c is %d, not %d", m.From, top, m.Disk)
	}
	if dst := p[m.To]; len(dst) > 0 && dst[len(dst)-1] < top {
		return fmt.Errorf("cannot put %d on %d", top, dst[len(dst)-1])
	}
	p[m.From] = src[:len(src)-1]
	p[m.To] = append(p[m.To], top)
	return nil
}

func (p Pegs) String() string {
	var parts []string
	for _, name := range []byte("ABC") {
		parts = append(parts, fmt.Sprintf("%c%v", name, p[name]))
	}
	return strings.Join(parts, " ")
}

func iterative(n int) []Move {
	pegs := Pegs{'A': nil, 'B': nil, 'C': nil}
	for d := n; d >= 1; d-- {
		pegs['A'] = append(pegs['A'], d)
	}
	order := []byte("ACB")
	if n%2 == 0 {
		order = []byte("ABC")
	}
	legal := func(a, b byte) Move {
		x, y := pegs[a], pegs[b]
		if len(x) == 0 || (len(y) > 0 && y[len(y)-1] < x[len(x)-1]) {
			return Move{y[len(y)-1], b, a}
		}
		return Move{x[len(x)-1], a, b}
	}
	var moves []Move
	total := 1<<uint(n) - 1
	for i := 0; i < total; i++ {
		var m Move
		switch i % 3 {
		case 0:
			m = legal(order[0], order[1])
		case 1:
			m = legal(order[0], order[2])
		default:
			m = legal(order[1], order[2])
		}
		pegs.apply(m)
		moves = append(moves, m)
	}
	return moves
}

func frameStewart(n, pegs int, memo map[[2]int]int) int {
	if n == 0 {
		return 0
	}
	if n == 1 {
		return 1
	}
	if pegs == 3 {
		return 1<<uint(n) - 1
	}
	if v, ok := memo[[2]int{n, pegs}]; ok {
		return v
	}
	best := -1
	for k := 1; k < n; k++ {
		c := 2*frameStewart(k, pegs, memo) + frameStewart(n-k, pegs-1, memo)
		if best < 0 || c < best {
			best = c
		}
	}
	memo[[2]int{n, pegs}] = best
	return best
}

func main() {
	var moves []Move
	hanoi(3, 'A', 'C', 'B', &moves)
	pegs := Pegs{'A': {3, 2, 1}}
	fmt.Println("start:", pegs)
	for i, m := range moves {
		if err := pegs.apply(m); err != nil {
			fmt.Println("illegal:", err)
		}
		fmt.Printf("%d: disk %d %c->%c  %v\n", i+1, m.Disk, m.From, m.To, pegs)
	}
	for n := 1; n <= 16; n += 3 {
		var ms []Move
		hanoi(n, 'A', 'C', 'B', &ms)
		it := iterative(n)
		same := len(ms) == len(it)
		for i := 0; same && i < len(ms); i++ {
			same = ms[i] == it[i]
		}
		counts := map[int]int{}
		for _, m := range ms {
			counts[m.Disk]++
		}
		fmt.Printf("n=%2d moves=%7d iterative agrees=%t disk1 moves=%d largest moves=%d\n", n, len(ms), same, counts[1], counts[n])
	}
	bad := Pegs{'A': {2, 1}}
	fmt.Println(bad.apply(Move{2, 'A', 'B'}), bad.apply(Move{1, 'C', 'A'}))
	bad.apply(Move{1, 'A', 'B'})
	fmt.Println(bad.apply(Move{2, 'A', 'B'}), bad)
	memo := map[[2]int]int{}
	for _, n := range []int{1, 2, 3, 5, 8, 10, 15, 20} {
		fmt.Printf("n=%2d 3 pegs=%7d 4 pegs=%4d 5 pegs=%3d\n", n, frameStewart(n, 3, memo), frameStewart(n, 4, memo), frameStewart(n, 5, memo))
	}
}
