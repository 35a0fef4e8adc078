// A matrix calculator reading its input with fmt.Scan and fmt.Scanf straight from os.Stdin
// (one byte per read, so each call leaves the rest of the input in place): a count of
// cases, then for each a header line read with fmt.Scanf ("%d %d %s\n": rows, columns and an
// operation name) and the matrix entries (integers in any Go base syntax, or floats) read
// with fmt.Scan across line breaks; the byte after the last entry (its newline) is consumed
// by Scan, as in Go. It prints the matrix, its transpose, products, a determinant by
// fraction-free Gaussian elimination (Bareiss) for square integer matrices, and row/column
// sums; a malformed case reports fmt's error and the rest of its line is skipped with %c.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type matrix struct {
	rows, cols int
	v          [][]int64
}

func newMatrix(r, c int) *matrix {
	m := &matrix{rows: r, cols: c, v: make([][]int64, r)}
	for i := range m.v {
		m.v[i] = make([]int64, c)
	}
	return m
}

func (m *matrix) String() string {
	var b strings.Builder
	width := 1
	for _, row := range m.v {
		for _, x := range row {
			if n := len(fmt.Sprint(x)); n > width {
				width = n
			}
		}
	}
	for _, row := range m.v {
		b.WriteString("  [")
		for j, x := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%*d", width, x)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func (m *matrix) transpose() *matrix {
	t := newMatrix(m.cols, m.rows)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < m.cols; j++ {
			t.v[j][i] = m.v[i][j]
		}
	}
	return t
}

func mul(a, b *matrix) (*matrix, error) {
	if a.cols != b.rows {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", a.rows, a.cols, b.rows, b.cols)
	}
	p := newMatrix(a.rows, b.cols)
	for i := 0; i < a.rows; i++ {
		for j := 0; j < b.cols; j++ {
			var s int64
			for k := 0; k < a.cols; k++ {
				s += a.v[i][k] * b.v[k][j]
			}
			p.v[i][j] = s
		}
	}
	return p, nil
}

// det is the Bareiss algorithm: exact integer division at every step.
func det(m *matrix) int64 {
	n := m.rows
	a := make([][]int64, n)
	for i := range a {
		a[i] = append([]int64(nil), m.v[i]...)
	}
	sign, prev := int64(1), int64(1)
	for k := 0; k < n-1; k++ {
		if a[k][k] == 0 {
			swap := -1
			for i := k + 1; i < n; i++ {
				if a[i][k] != 0 {
					swap = i
					break
				}
			}
			if swap < 0 {
				return 0
			}
			a[k], a[swap] = a[swap], a[k]
			sign = -sign
		}
		for i := k + 1; i < n; i++ {
			for j := k + 1; j < n; j++ {
				a[i][j] = (a[i][j]*a[k][k] - a[i][k]*a[k][j]) / prev
			}
		}
		prev = a[k][k]
	}
	return sign * a[n-1][n-1]
}

// skipLine discards the input up to and including the next newline.
func skipLine() {
	var skipped []rune
	for {
		var r rune
		if _, err := fmt.Scanf("%c", &r); err != nil || r == '\n' {
			break
		}
		skipped = append(skipped, r)
	}
	fmt.Printf("  skipped %q\n", string(skipped))
}

func intCase(r, c int, op string) error {
	m := newMatrix(r, c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			n, err := fmt.Scan(&m.v[i][j])
			if err != nil {
				return fmt.Errorf("entry (%d,%d): %d scanned: %w", i, j, n, err)
			}
		}
	}
	fmt.Print(m)
	switch op {
	case "det":
		if r != c {
			return fmt.Errorf("det of a %dx%d matrix", r, c)
		}
		fmt.Println("  det =", det(m))
	case "gram":
		p, err := mul(m, m.transpose())
		if err != nil {
			return err
		}
		fmt.Println("  m * mT:")
		fmt.Print(p)
	case "square":
		p, err := mul(m, m)
		if err != nil {
			return err
		}
		fmt.Print(p)
	case "sums":
		rows := make([]int64, r)
		cols := make([]int64, c)
		for i := 0; i < r; i++ {
			for j := 0; j < c; j++ {
				rows[i] += m.v[i][j]
				cols[j] += m.v[i][j]
			}
		}
		fmt.Println("  rows", rows, "cols", cols)
	default:
		fmt.Print("  transpose:\n", m.transpose())
	}
	return nil
}

func floatCase(r, c int) error {
	var total, maxAbs float64
	var count int
	for i := 0; i < r; i++ {
		row := make([]float64, c)
		for j := range row {
			if _, err := fmt.Scan(&row[j]); err != nil {
				return fmt.Errorf("float entry (%d,%d): %v", i, j, err)
			}
			total += row[j]
			if row[j] > maxAbs || -row[j] > maxAbs {
				maxAbs = row[j]
				if maxAbs < 0 {
					maxAbs = -maxAbs
				}
			}
			count++
		}
		fmt.Printf("  %8.3f\n", row)
	}
	fmt.Printf("  mean %.4f max|x| %g\n", total/float64(count), maxAbs)
	return nil
}

func main() {
	var cases int
	if _, err := fmt.Scanf("%d cases follow\n", &cases); err != nil {
		fmt.Println("no case count:", err)
		os.Exit(1)
	}
	for k := 1; k <= cases; k++ {
		var r, c int
		var op string
		n, err := fmt.Scanf("%d %d %s\n", &r, &c, &op)
		if err == io.EOF {
			fmt.Printf("case %d: input ended\n", k)
			break
		}
		if err != nil {
			fmt.Printf("case %d: bad header (%d fields): %v\n", k, n, err)
			skipLine()
			continue
		}
		fmt.Printf("case %d: %dx%d %s\n", k, r, c, op)
		if op == "float" {
			err = floatCase(r, c)
		} else {
			err = intCase(r, c, op)
		}
		if err != nil {
			fmt.Printf("case %d: %v\n", k, err)
			skipLine()
		}
	}
	var rest []string
	for {
		var w string
		if _, err := fmt.Scan(&w); err != nil {
			fmt.Println("trailer:", rest, err)
			break
		}
		rest = append(rest, w)
	}
}
