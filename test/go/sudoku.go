// A sudoku solver: constraint bitmasks per row/column/box, most-constrained-cell
// backtracking, puzzle parsing with validation errors, and grid printing.
package main

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

type Grid [9][9]uint8

type Solver struct {
	g              Grid
	rows, cols, bx [9]uint16
	guesses        int
}

func box(r, c int) int { return r/3*3 + c/3 }

func Parse(s string) (*Solver, error) {
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return nil, fmt.Errorf("need 81 cells, got %d", len(s))
	}
	sv := &Solver{}
	for i, ch := range s {
		r, c := i/9, i%9
		switch {
		case ch == '.' || ch == '0':
		case ch >= '1' && ch <= '9':
			d := uint8(ch - '0')
			m := uint16(1) << d
			if (sv.rows[r]|sv.cols[c]|sv.bx[box(r, c)])&m != 0 {
				return nil, fmt.Errorf("duplicate %d at r%dc%d", d, r+1, c+1)
			}
			sv.place(r, c, d)
		default:
			return nil, fmt.Errorf("bad character %q at %d", ch, i)
		}
	}
	return sv, nil
}

func (s *Solver) place(r, c int, d uint8) {
	m := uint16(1) << d
	s.g[r][c] = d
	s.rows[r] |= m
	s.cols[c] |= m
	s.bx[box(r, c)] |= m
}

func (s *Solver) unplace(r, c int) {
	m := ^(uint16(1) << s.g[r][c])
	s.g[r][c] = 0
	s.rows[r] &= m
	s.cols[c] &= m
	s.bx[box(r, c)] &= m
}

var ErrUnsolvable = errors.New("no solution")

func (s *Solver) Solve() bool {
	br, bc, bestCount := -1, -1, 10
	var bestFree uint16
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if s.g[r][c] != 0 {
				continue
			}
			free := ^(s.rows[r] | s.cols[c] | s.bx[box(r, c)]) & 0x3fe
			if n := bits.OnesCount16(free); n < bestCount {
				br, bc, bestCount, bestFree = r, c, n, free
			}
		}
	}
	if br < 0 {
		return true
	}
	for d := uint8(1); d <= 9; d++ {
		if bestFree&(1<<d) == 0 {
			continue
		}
		s.guesses++
		s.place(br, bc, d)
		if s.Solve() {
			return true
		}
		s.unplace(br, bc)
	}
	return false
}

func (g Grid) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			if g[r][c] == 0 {
				sb.WriteString(". ")
			} else {
				fmt.Fprintf(&sb, "%d ", g[r][c])
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func (g Grid) Valid() bool {
	for i := 0; i < 9; i++ {
		var rs, cs, bs uint16
		for j := 0; j < 9; j++ {
			rs |= 1 << g[i][j]
			cs |= 1 << g[j][i]
			bs |= 1 << g[i/3*3+j/3][i%3*3+j%3]
		}
		if rs != 0x3fe || cs != 0x3fe || bs != 0x3fe {
			return false
		}
	}
	return true
}

func main() {
	puzzles := []string{
		`53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`,
		`..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9`,
		`8.......  .`,
		`11.......` + strings.Repeat(".", 72),
		`x` + strings.Repeat(".", 80),
		`..9.7...5 ..21..9.. 1...28... .7...5..1 ..5.....3 .....3..7 .3.....6. .8.6..... 4..5.....`,
	}
	for i, p := range puzzles {
		fmt.Printf("puzzle %d: ", i+1)
		s, err := Parse(p)
		if err != nil {
			fmt.Println("invalid:", err)
			continue
		}
		givens := 0
		for _, row := range s.g {
			for _, v := range row {
				if v != 0 {
					givens++
				}
			}
		}
		fmt.Printf("%d givens\n", givens)
		if !s.Solve() {
			fmt.Println(ErrUnsolvable, "after", s.guesses, "guesses")
			continue
		}
		fmt.Printf("solved with %d guesses, valid=%t\n%v", s.guesses, s.g.Valid(), s.g)
	}
}
