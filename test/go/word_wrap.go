// Word wrapping: greedy wrapping at several widths, full justification, centring, the
// minimum-raggedness (dynamic programming) wrap, and hanging indents for long words.
package main

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

const text = `Go is expressive, concise, clean, and efficient. Its concurrency mechanisms make it easy
to write programs that get the most out of multicore and networked machines, while its novel type
system enables flexible and modular program construction. Go compiles quickly to machine code yet
has the convenience of garbage collection and the power of run-time reflection. It's a fast,
statically typed, compiled language that feels like a dynamically typed, interpreted language.
Supercalifragilisticexpialidocious words get their own line.`

func greedy(words []string, width int) [][]string {
	var lines [][]string
	var cur []string
	curLen := 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if len(cur) > 0 && curLen+1+wl > width {
			lines = append(lines, cur)
			cur, curLen = nil, 0
		}
		if len(cur) > 0 {
			curLen++
		}
		cur = append(cur, w)
		curLen += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(line []string, width int) string {
	if len(line) == 1 {
		return line[0]
	}
	chars := 0
	for _, w := range line {
		chars += len(w)
	}
	gaps := len(line) - 1
	spaces := width - chars
	if spaces < gaps {
		return strings.Join(line, " ")
	}
	var sb strings.Builder
	for i, w := range line {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	pad := width - len(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

// minRagged minimises the sum of squared trailing spaces over all lines but the last.
func minRagged(words []string, width int) [][]string {
	n := len(words)
	cost := make([]float64, n+1)
	next := make([]int, n+1)
	for i := n - 1; i >= 0; i-- {
		cost[i] = math.Inf(1)
		length := -1
		for j := i; j < n; j++ {
			length += len(words[j]) + 1
			if length > width && j > i {
				break
			}
			var c float64
			if j == n-1 {
				c = 0
			} else {
				slack := float64(width - length)
				c = slack*slack + cost[j+1]
			}
			if c < cost[i] {
				cost[i], next[i] = c, j+1
			}
		}
	}
	var lines [][]string
	for i := 0; i < n; i = next[i] {
		lines = append(lines, words[i:next[i]])
	}
	return lines
}

func raggedness(lines [][]string, width int) int {
	total := 0
	for _, l := range lines[:len(lines)-1] {
		slack := width - len(strings.Join(l, " "))
		total += slack * slack
	}
	return total
}

func main() {
	words := strings.Fields(text)
	fmt.Println(len(words), "words")
	for _, width := range []int{60, 36} {
		fmt.Printf("== greedy, width %d ==\n", width)
		g := greedy(words, width)
		for _, l := range g {
			s := strings.Join(l, " ")
			fmt.Printf("|%-*s| %2d\n", width, s, len(s))
		}
		fmt.Printf("== justified, width %d ==\n", width)
		for i, l := range g {
			if i == len(g)-1 {
				fmt.Printf("|%-*s|\n", width, strings.Join(l, " "))
			} else {
				fmt.Printf("|%-*s|\n", width, justify(l, width))
			}
		}
		m := minRagged(words, width)
		fmt.Printf("raggedness greedy=%d optimal=%d (lines %d vs %d)\n", raggedness(g, width), raggedness(m, width), len(g), len(m))
	}
	fmt.Println("== optimal, width 30 ==")
	for _, l := range minRagged(words[:30], 30) {
		fmt.Printf("|%-30s|\n", strings.Join(l, " "))
	}
	fmt.Println("== centred ==")
	for _, l := range greedy(strings.Fields("The quick brown fox jumps over the lazy dog"), 16) {
		fmt.Printf("[%s]\n", center(strings.Join(l, " "), 16))
	}
	fmt.Printf("[%8s][%-8s][%8.3s][%-8.3s][%08d][%x]\n", "right", "left", "truncate", "truncate", 42, "wrap")
	uni := strings.Fields("naïve café résumé piñata jalapeño über façade crème brûlée")
	for _, l := range greedy(uni, 20) {
		s := strings.Join(l, " ")
		fmt.Printf("|%-20s| bytes=%d runes=%d\n", s, len(s), utf8.RuneCountInString(s))
	}
}
