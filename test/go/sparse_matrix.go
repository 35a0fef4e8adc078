// Sparse matrices stored as map[[2]int]float64: construction from triplets, transpose,
// addition that drops zeros, multiplication iterating only over non-zeros, density,
// row-sorted printing, and a power-iteration estimate of the dominant eigenvalue.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Sparse struct {
	rows, cols int
	data       map[[2]int]float64
}

func New(r, c int) *Sparse { return &Sparse{r, c, map[[2]int]float64{}} }

func (s *Sparse) Set(i, j int, v float64) {
	if v == 0 {
		delete(s.data, [2]int{i, j})
		return
	}
	s.data[[2]int{i, j}] = v
}

func (s *Sparse) Get(i, j int) float64 { return s.data[[2]int{i, j}] }

func (s *Sparse) keys() [][2]int {
	ks := make([][2]int, 0, len(s.data))
	for k := range s.data {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(a, b int) bool {
		if ks[a][0] != ks[b][0] {
			return ks[a][0] < ks[b][0]
		}
		return ks[a][1] < ks[b][1]
	})
	return ks
}

func (s *Sparse) T() *Sparse {
	t := New(s.cols, s.rows)
	for k, v := range s.data {
		t.data[[2]int{k[1], k[0]}] = v
	}
	return t
}

func Add(a, b *Sparse) *Sparse {
	out := New(a.rows, a.cols)
	for k, v := range a.data {
		out.data[k] = v
	}
	for k, v := range b.data {
		out.Set(k[0], k[1], out.data[k]+v)
	}
	return out
}

func Mul(a, b *Sparse) (*Sparse, error) {
	if a.cols != b.rows {
		return nil, fmt.Errorf("cannot multiply %dx%d by %dx%d", a.rows, a.cols, b.rows, b.cols)
	}
	byRow := map[int][][2]int{}
	for _, k := range b.keys() {
		byRow[k[0]] = append(byRow[k[0]], k)
	}
	out := New(a.rows, b.cols)
	for _, ka := range a.keys() {
		for _, kb := range byRow[ka[1]] {
			key := [2]int{ka[0], kb[1]}
			out.Set(key[0], key[1], out.data[key]+a.data[ka]*b.data[kb])
		}
	}
	return out, nil
}

func (s *Sparse) String() string {
	out := fmt.Sprintf("%dx%d, %d non-zeros (density %.3f):", s.rows, s.cols, len(s.data), float64(len(s.data))/float64(s.rows*s.cols))
	for _, k := range s.keys() {
		out += fmt.Sprintf(" (%d,%d)=%g", k[0], k[1], s.data[k])
	}
	return out
}

func (s *Sparse) MulVec(v []float64) []float64 {
	out := make([]float64, s.rows)
	for _, k := range s.keys() {
		out[k[0]] += s.data[k] * v[k[1]]
	}
	return out
}

func main() {
	a := New(4, 5)
	for _, t := range [][3]float64{{0, 0, 2}, {0, 3, -1}, {1, 1, 4}, {2, 4, 1.5}, {3, 0, 3}, {3, 3, 0}, {1, 2, 0.25}} {
		a.Set(int(t[0]), int(t[1]), t[2])
	}
	fmt.Println("A  =", a)
	fmt.Println("A' =", a.T())
	b := New(4, 5)
	b.Set(0, 0, -2)
	b.Set(1, 1, 1)
	b.Set(2, 2, 7)
	fmt.Println("A+B =", Add(a, b))
	ata, err := Mul(a.T(), a)
	fmt.Println("A'A =", ata, err)
	_, err = Mul(a, a)
	fmt.Println("A*A:", err)
	// power iteration on a symmetric tridiagonal matrix
	n := 6
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 2)
		if i+1 < n {
			m.Set(i, i+1, -1)
			m.Set(i+1, i, -1)
		}
	}
	v := make([]float64, n)
	for i := range v {
		v[i] = float64(i + 1)
	}
	var lambda float64
	for it := 0; it < 200; it++ {
		w := m.MulVec(v)
		norm := 0.0
		for _, x := range w {
			norm += x * x
		}
		norm = math.Sqrt(norm)
		for i := range w {
			w[i] /= norm
		}
		lambda = 0
		mw := m.MulVec(w)
		for i := range w {
			lambda += w[i] * mw[i]
		}
		v = w
	}
	exact := 2 - 2*math.Cos(float64(n)*math.Pi/float64(n+1))
	fmt.Printf("dominant eigenvalue ~ %.8f (exact %.8f)\n", lambda, exact)
	fmt.Printf("eigenvector %.4f\n", v)
	fmt.Println(m.Get(2, 3), m.Get(0, 5), len(m.data))
}
