// A Bloom filter over a []uint64 bitset with k hash functions derived from FNV-1a by
// double hashing: insertion, membership queries, measured versus theoretical false
// positive rates for several sizes, and union of two filters.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Bloom struct {
	bits []uint64
	m    uint64 // number of bits
	k    int
	n    int
}

func NewBloom(m uint64, k int) *Bloom {
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func hashes(s string) (uint64, uint64) {
	h1 := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h1 ^= uint64(s[i])
		h1 *= 1099511628211
	}
	h2 := h1*0x9E3779B97F4A7C15 ^ h1>>29
	return h1, h2 | 1
}

func (b *Bloom) Add(s string) {
	h1, h2 := hashes(s)
	for i := 0; i < b.k; i++ {
		pos := (h1 + uint64(i)*h2) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
	b.n++
}

func (b *Bloom) Has(s string) bool {
	h1, h2 := hashes(s)
	for i := 0; i < b.k; i++ {
		pos := (h1 + uint64(i)*h2) % b.m
		if b.bits[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		set += bits.OnesCount64(w)
	}
	return float64(set) / float64(b.m)
}

func (b *Bloom) Union(o *Bloom) *Bloom {
	u := NewBloom(b.m, b.k)
	for i := range b.bits {
		u.bits[i] = b.bits[i] | o.bits[i]
	}
	u.n = b.n + o.n
	return u
}

func theoretical(m uint64, k, n int) float64 {
	return math.Pow(1-math.Exp(-float64(k)*float64(n)/float64(m)), float64(k))
}

func main() {
	words := []string{"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
	b := NewBloom(128, 3)
	for _, w := range words {
		b.Add(w)
	}
	for _, q := range []string{"apple", "grape", "kiwi", "lemon", "mango", "fig", "Apple"} {
		fmt.Printf("%-8s maybe=%t\n", q, b.Has(q))
	}
	fmt.Printf("fill ratio %.4f with %d items in %d bits\n", b.FillRatio(), b.n, b.m)
	for _, cfg := range []struct {
		m uint64
		k int
	}{{1000, 1}, {1000, 3}, {1000, 7}, {4000, 3}, {10000, 7}} {
		f := NewBloom(cfg.m, cfg.k)
		for i := 0; i < 200; i++ {
			f.Add(fmt.Sprintf("member-%d", i))
		}
		missing := 0
		for i := 0; i < 200; i++ {
			if !f.Has(fmt.Sprintf("member-%d", i)) {
				missing++
			}
		}
		fp := 0
		const probes = 5000
		for i := 0; i < probes; i++ {
			if f.Has(fmt.Sprintf("stranger-%d", i)) {
				fp++
			}
		}
		fmt.Printf("m=%5d k=%d: false negatives %d, false positives %4d/%d = %.4f (theory %.4f), fill %.3f\n",
			cfg.m, cfg.k, missing, fp, probes, float64(fp)/probes, theoretical(cfg.m, cfg.k, 200), f.FillRatio())
	}
	x, y := NewBloom(256, 4), NewBloom(256, 4)
	x.Add("left")
	y.Add("right")
	u := x.Union(y)
	fmt.Println(u.Has("left"), u.Has("right"), x.Has("right"), u.n)
	h1, h2 := hashes("hello")
	fmt.Printf("%#x %#x %d\n", h1, h2, len(b.bits))
	optimalK := math.Round(float64(4000) / 200 * math.Ln2)
	fmt.Println("optimal k for m/n=20:", optimalK)
}
