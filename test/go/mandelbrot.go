// ASCII fractals with float64 arithmetic: the Mandelbrot set with escape-time shading,
// a Julia set, iteration statistics, and a Sierpinski triangle from Pascal's triangle
// mod 2 — all deterministic IEEE-754 computations.
package main

import (
	"fmt"
	"math"
	"strings"
)

const shades = " .:-=+*#%@"

func escape(cr, ci float64, max int) (int, float64) {
	zr, zi := 0.0, 0.0
	for i := 0; i < max; i++ {
		zr2, zi2 := zr*zr, zi*zi
		if zr2+zi2 > 4 {
			return i, math.Sqrt(zr2 + zi2)
		}
		zi = 2*zr*zi + ci
		zr = zr2 - zi2 + cr
	}
	return max, math.Sqrt(zr*zr + zi*zi)
}

func julia(zr, zi, cr, ci float64, max int) int {
	for i := 0; i < max; i++ {
		if zr*zr+zi*zi > 4 {
			return i
		}
		zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
	}
	return max
}

func main() {
	const w, h, maxIter = 72, 24, 60
	hist := make([]int, maxIter+1)
	inside := 0
	var sb strings.Builder
	for y := 0; y < h; y++ {
		ci := 1.2 - 2.4*float64(y)/float64(h-1)
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.0*float64(x)/float64(w-1)
			n, _ := escape(cr, ci, maxIter)
			hist[n]++
			if n == maxIter {
				inside++
				sb.WriteByte('@')
			} else {
				sb.WriteByte(shades[n*(len(shades)-1)/maxIter])
			}
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	fmt.Printf("inside: %d of %d (%.2f%%); estimated area %.4f\n", inside, w*h, 100*float64(inside)/float64(w*h), float64(inside)/float64(w*h)*3.0*2.4)
	var top []string
	for n := 0; n <= maxIter; n++ {
		if hist[n] > 40 {
			top = append(top, fmt.Sprintf("%d:%d", n, hist[n]))
		}
	}
	fmt.Println("iteration histogram (>40):", strings.Join(top, " "))
	for _, c := range [][2]float64{{0, 0}, {-1, 0}, {0.25, 0}, {0.26, 0}, {-0.75, 0.1}, {-2, 0}, {0.3, 0.5}, {-0.1011, 0.9563}} {
		n, mag := escape(c[0], c[1], 1000)
		fmt.Printf("c=(%+.4f,%+.4f) iterations=%4d |z|=%.6g\n", c[0], c[1], n, mag)
	}
	sb.Reset()
	for y := 0; y < 16; y++ {
		for x := 0; x < 64; x++ {
			zr := -1.6 + 3.2*float64(x)/63
			zi := 1.0 - 2.0*float64(y)/15
			n := julia(zr, zi, -0.8, 0.156, 80)
			sb.WriteByte(shades[n*(len(shades)-1)/80])
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	row := []int{1}
	for i := 0; i < 16; i++ {
		line := strings.Repeat(" ", 16-i)
		for _, v := range row {
			if v%2 == 1 {
				line += "▲ "
			} else {
				line += "  "
			}
		}
		fmt.Println(strings.TrimRight(line, " "))
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for k := 1; k < len(row); k++ {
			next[k] = (row[k-1] + row[k]) % 2
		}
		row = next
	}
}
