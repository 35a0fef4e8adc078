// Conway's game of life on a toroidal grid using fixed-size arrays: a glider, a blinker and
// an R-pentomino, generation printing, population counts and period detection.
package main

import (
	"fmt"
	"strings"
)

const W, H = 20, 12

type Board [H][W]bool

func (b *Board) Set(r, c int, pattern ...string) {
	for i, row := range pattern {
		for j, ch := range row {
			if ch == '#' {
				b[(r+i)%H][(c+j)%W] = true
			}
		}
	}
}

func (b Board) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if (dr != 0 || dc != 0) && b[(r+dr+H)%H][(c+dc+W)%W] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := b.neighbours(r, c)
			next[r][c] = n == 3 || (n == 2 && b[r][c])
		}
	}
	return next
}

func (b Board) Population() int {
	p := 0
	for _, row := range b {
		for _, alive := range row {
			if alive {
				p++
			}
		}
	}
	return p
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, alive := range row {
			if alive {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b Board) BoundingBox() (r0, c0, r1, c1 int) {
	r0, c0, r1, c1 = H, W, -1, -1
	for r := range b {
		for c := range b[r] {
			if b[r][c] {
				if r < r0 {
					r0 = r
				}
				if r > r1 {
					r1 = r
				}
				if c < c0 {
					c0 = c
				}
				if c > c1 {
					c1 = c
				}
			}
		}
	}
	return
}

func main() {
	var b Board
	b.Set(0, 0, ".#.", "..#", "###")
	b.Set(5, 14, "###")
	for gen := 0; gen <= 4; gen++ {
		r0, c0, r1, c1 := b.BoundingBox()
		fmt.Printf("generation %d: population %d, box (%d,%d)-(%d,%d)\n", gen, b.Population(), r0, c0, r1, c1)
		fmt.Print(b)
		b = b.Step()
	}
	// the glider returns to its shape shifted by (1,1) every 4 generations; on a torus of
	// 20x12 the whole board repeats after lcm(W,H)*4 generations.
	var g Board
	g.Set(0, 0, ".#.", "..#", "###")
	start := g
	for gen := 1; gen <= 400; gen++ {
		g = g.Step()
		if g == start {
			fmt.Println("glider board repeats after", gen, "generations")
			break
		}
	}

	var r Board
	r.Set(4, 8, ".##", "##.", ".#.")
	seen := map[Board]int{}
	pops := []int{}
	for gen := 0; gen < 300; gen++ {
		if first, ok := seen[r]; ok {
			fmt.Printf("r-pentomino: state at gen %d repeats gen %d (period %d)\n", gen, first, gen-first)
			break
		}
		seen[r] = gen
		pops = append(pops, r.Population())
		r = r.Step()
	}
	fmt.Println("first 30 populations:", pops[:30])
	maxPop, at := 0, 0
	for i, p := range pops {
		if p > maxPop {
			maxPop, at = p, i
		}
	}
	fmt.Printf("peak population %d at generation %d of %d\n", maxPop, at, len(pops))
	fmt.Print(r)
}
