// Tic-tac-toe with a perfect minimax player (with alpha-beta pruning and depth-aware
// scores): board as an array, winner detection over line triples, a self-played game,
// best replies to several positions, and node counts.
package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b Board) Winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var rows []string
	for r := 0; r < 3; r++ {
		rows = append(rows, " "+strings.Join([]string{string(b[r*3]), string(b[r*3+1]), string(b[r*3+2])}, " | "))
	}
	return strings.Join(rows, "\n---+---+---\n") + "\n"
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

var nodes int

func minimax(b *Board, player, me byte, depth, alpha, beta int) int {
	nodes++
	if w := b.Winner(); w != 0 {
		if w == me {
			return 10 - depth
		}
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	best := -100
	if player != me {
		best = 100
	}
	for i := range b {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		s := minimax(b, other(player), me, depth+1, alpha, beta)
		b[i] = ' '
		if player == me {
			if s > best {
				best = s
			}
			if best > alpha {
				alpha = best
			}
		} else {
			if s < best {
				best = s
			}
			if best < beta {
				beta = best
			}
		}
		if alpha >= beta {
			break
		}
	}
	return best
}

func bestMove(b Board, player byte) (int, int) {
	move, score := -1, -100
	for i := range b {
		if b[i] == ' ' {
			b[i] = player
			if s := minimax(&b, other(player), player, 1, -100, 100); s > score {
				move, score = i, s
			}
			b[i] = ' '
		}
	}
	return move, score
}

func parse(s string) Board {
	var b Board
	for i := range b {
		b[i] = ' '
		if s[i] != '.' {
			b[i] = s[i]
		}
	}
	return b
}

func main() {
	b := parse(".........")
	player := byte('X')
	var moves []int
	for b.Winner() == 0 && !b.Full() {
		nodes = 0
		m, s := bestMove(b, player)
		moves = append(moves, m)
		b[m] = player
		fmt.Printf("%c plays %d (score %d, %d nodes)\n", player, m, s, nodes)
		player = other(player)
	}
	fmt.Print(b)
	fmt.Printf("moves %v, winner %q (draw=%t)\n", moves, b.Winner(), b.Winner() == 0)
	for _, pos := range []struct {
		board  string
		toMove byte
	}{{"XX.OO....", 'X'}, {"XX.OO....", 'O'}, {"X...O...X", 'O'}, {"O.X.X....", 'O'}, {"XOXOXO...", 'X'}, {"XXXOO....", 'O'}} {
		bd := parse(pos.board)
		nodes = 0
		m, s := bestMove(bd, pos.toMove)
		fmt.Printf("%s %c to move: best %d score %+d nodes %d winner=%q\n", pos.board, pos.toMove, m, s, nodes, bd.Winner())
	}
}
