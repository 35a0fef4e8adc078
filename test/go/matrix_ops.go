// Matrix code: multiplication, transpose, determinant by Gaussian elimination and by
// cofactor expansion, inverse, identity checks and formatted printing.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (m Matrix) Rows() int { return len(m) }
func (m Matrix) Cols() int {
	if len(m) == 0 {
		return 0
	}
	return len(m[0])
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		sb.WriteString("[")
		for j, v := range row {
			if j > 0 {
				sb.WriteString(" ")
			}
			if math.Abs(v) < 1e-12 {
				v = 0
			}
			fmt.Fprintf(&sb, "%8.3f", v)
		}
		sb.WriteString(" ]\n")
	}
	return sb.String()
}

var ErrShape = errors.New("shape mismatch")

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if m.Cols() != o.Rows() {
		return nil, fmt.Errorf("mul %dx%d by %dx%d: %w", m.Rows(), m.Cols(), o.Rows(), o.Cols(), ErrShape)
	}
	r := New(m.Rows(), o.Cols())
	for i := range r {
		for j := range r[i] {
			var s float64
			for k := 0; k < m.Cols(); k++ {
				s += m[i][k] * o[k][j]
			}
			r[i][j] = s
		}
	}
	return r, nil
}

func (m Matrix) T() Matrix {
	r := New(m.Cols(), m.Rows())
	for i, row := range m {
		for j, v := range row {
			r[j][i] = v
		}
	}
	return r
}

func (m Matrix) Clone() Matrix {
	r := New(m.Rows(), m.Cols())
	for i := range m {
		copy(r[i], m[i])
	}
	return r
}

// DetGauss uses partial pivoting.
func (m Matrix) DetGauss() float64 {
	a := m.Clone()
	n := len(a)
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return 0
		}
		if p != c {
			a[p], a[c] = a[c], a[p]
			det = -det
		}
		det *= a[c][c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	return det
}

func minor(m Matrix, row, col int) Matrix {
	var r Matrix
	for i := range m {
		if i == row {
			continue
		}
		var nr []float64
		nr = append(nr, m[i][:col]...)
		nr = append(nr, m[i][col+1:]...)
		r = append(r, nr)
	}
	return r
}

func (m Matrix) DetCofactor() float64 {
	switch len(m) {
	case 1:
		return m[0][0]
	case 2:
		return m[0][0]*m[1][1] - m[0][1]*m[1][0]
	}
	var d float64
	sign := 1.0
	for j := range m[0] {
		d += sign * m[0][j] * minor(m, 0, j).DetCofactor()
		sign = -sign
	}
	return d
}

func (m Matrix) ApproxEqual(o Matrix) bool {
	if m.Rows() != o.Rows() || m.Cols() != o.Cols() {
		return false
	}
	for i := range m {
		for j := range m[i] {
			if math.Abs(m[i][j]-o[i][j]) > 1e-9 {
				return false
			}
		}
	}
	return true
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print("A =\n", a, "B =\n", b)
	ab, err := a.Mul(b)
	fmt.Print("A*B =\n", ab, "err = ", err, "\n")
	_, err = a.Mul(a)
	fmt.Println("A*A err:", err, errors.Is(err, ErrShape))
	fmt.Print("A^T =\n", a.T())
	fmt.Println("(A*B)^T == B^T*A^T:", func() bool {
		btat, _ := b.T().Mul(a.T())
		return ab.T().ApproxEqual(btat)
	}())

	ms := []Matrix{
		{{2}},
		{{1, 2}, {3, 4}},
		{{6, 1, 1}, {4, -2, 5}, {2, 8, 7}},
		{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
		{{0, 2, 1, 3}, {1, 0, 4, 1}, {2, 1, 0, 5}, {3, 2, 1, 0}},
		{{3, 2, 0, 1, 4}, {1, 0, 2, 3, 1}, {4, 1, 1, 0, 2}, {2, 3, 1, 1, 0}, {0, 1, 4, 2, 3}},
	}
	for i, m := range ms {
		g, c := m.DetGauss(), m.DetCofactor()
		fmt.Printf("det #%d (%dx%d): gauss=%.6f cofactor=%.1f agree=%t\n", i, m.Rows(), m.Cols(), g, c, math.Abs(g-c) < 1e-6)
		if m.Rows() <= 3 {
			sq, _ := m.Mul(m)
			fmt.Print(sq.T())
		}
	}
}
