// Grid transformations on fixed-size arrays and slices: spiral order traversal, rotation
// by 90/180/270 degrees, in-place transpose, flips, diagonal sums, a zig-zag traversal,
// searching a sorted matrix, and printing with aligned columns.
package main

import (
	"fmt"
	"strings"
)

type Grid [][]int

func NewGrid(r, c int, f func(i, j int) int) Grid {
	g := make(Grid, r)
	for i := range g {
		g[i] = make([]int, c)
		for j := range g[i] {
			g[i][j] = f(i, j)
		}
	}
	return g
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%3d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func spiral(g Grid) []int {
	var out []int
	if len(g) == 0 {
		return out
	}
	top, bottom, left, right := 0, len(g)-1, 0, len(g[0])-1
	for top <= bottom && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, g[top][j])
		}
		for i := top + 1; i <= bottom; i++ {
			out = append(out, g[i][right])
		}
		if top < bottom {
			for j := right - 1; j >= left; j-- {
				out = append(out, g[bottom][j])
			}
		}
		if left < right {
			for i := bottom - 1; i > top; i-- {
				out = append(out, g[i][left])
			}
		}
		top, bottom, left, right = top+1, bottom-1, left+1, right-1
	}
	return out
}

func rotate(g Grid) Grid {
	r, c := len(g), len(g[0])
	return NewGrid(c, r, func(i, j int) int { return g[r-1-j][i] })
}

func transposeInPlace(g Grid) {
	for i := range g {
		for j := i + 1; j < len(g); j++ {
			g[i][j], g[j][i] = g[j][i], g[i][j]
		}
	}
}

func zigzag(g Grid) []int {
	var out []int
	r, c := len(g), len(g[0])
	for d := 0; d < r+c-1; d++ {
		if d%2 == 0 {
			for i := min(d, r-1); i >= 0 && d-i < c; i-- {
				out = append(out, g[i][d-i])
			}
		} else {
			for j := min(d, c-1); j >= 0 && d-j < r; j-- {
				out = append(out, g[d-j][j])
			}
		}
	}
	return out
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func search(g Grid, target int) (int, int, int) {
	i, j, steps := 0, len(g[0])-1, 0
	for i < len(g) && j >= 0 {
		steps++
		switch v := g[i][j]; {
		case v == target:
			return i, j, steps
		case v > target:
			j--
		default:
			i++
		}
	}
	return -1, -1, steps
}

func main() {
	g := NewGrid(4, 5, func(i, j int) int { return i*5 + j + 1 })
	fmt.Print(g)
	fmt.Println("spiral:", spiral(g))
	fmt.Println("zigzag:", zigzag(g))
	r := g
	for k := 1; k <= 4; k++ {
		r = rotate(r)
		fmt.Printf("rotated %d degrees (%dx%d):\n%v", 90*k, len(r), len(r[0]), r)
	}
	sq := NewGrid(4, 4, func(i, j int) int { return (i + 1) * (j + 2) % 10 })
	fmt.Print("square:\n", sq)
	transposeInPlace(sq)
	fmt.Print("transposed:\n", sq)
	diag, anti := 0, 0
	for i := range sq {
		diag += sq[i][i]
		anti += sq[i][len(sq)-1-i]
	}
	fmt.Println("diagonals:", diag, anti)
	for i := range sq {
		for a, b := 0, len(sq[i])-1; a < b; a, b = a+1, b-1 {
			sq[i][a], sq[i][b] = sq[i][b], sq[i][a]
		}
	}
	fmt.Print("mirrored:\n", sq)
	one := Grid{{7}}
	row := Grid{{1, 2, 3}}
	col := Grid{{1}, {2}, {3}}
	fmt.Println(spiral(one), spiral(row), spiral(col), spiral(nil), zigzag(col))
	sorted := NewGrid(5, 5, func(i, j int) int { return 3*i + 2*j })
	fmt.Print(sorted)
	for _, t := range []int{0, 7, 14, 20, 9, 100, -1} {
		i, j, steps := search(sorted, t)
		fmt.Printf("search %3d -> (%2d,%2d) in %d steps\n", t, i, j, steps)
	}
	var board [3][3]byte
	for i := range board {
		for j := range board[i] {
			board[i][j] = "XO."[(i*3+j)%3]
		}
	}
	rotated := board
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			rotated[j][2-i] = board[i][j]
		}
	}
	for i := range board {
		fmt.Printf("%s   %s\n", board[i][:], rotated[i][:])
	}
	fmt.Println(board == rotated, len(board), board[1])
}
