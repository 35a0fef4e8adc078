// Huffman coding: symbol frequencies, a hand-written min-heap of tree nodes with
// deterministic tie-breaking, code table generation, bit-packed encoding into bytes,
// decoding by walking the tree, and compression statistics.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	sym         rune
	freq        int
	order       int // tie-breaker: creation order
	left, right *Node
}

func (n *Node) leaf() bool { return n.left == nil && n.right == nil }

type heap []*Node

func (h heap) less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}

func (h *heap) push(n *Node) {
	*h = append(*h, n)
	for i := len(*h) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *heap) pop() *Node {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && h.less(l, m) {
			m = l
		}
		if r < last && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func build(text string) (*Node, map[rune]int) {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	syms := make([]rune, 0, len(freq))
	for r := range freq {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	h := &heap{}
	order := 0
	for _, r := range syms {
		h.push(&Node{sym: r, freq: freq[r], order: order})
		order++
	}
	if len(*h) == 1 { // a single symbol still needs a 1-bit code
		only := h.pop()
		return &Node{freq: only.freq, left: only, order: order}, freq
	}
	for len(*h) > 1 {
		a, b := h.pop(), h.pop()
		h.push(&Node{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	return h.pop(), freq
}

func codes(n *Node, prefix string, table map[rune]string) {
	if n == nil {
		return
	}
	if n.leaf() {
		table[n.sym] = prefix
		return
	}
	codes(n.left, prefix+"0", table)
	codes(n.right, prefix+"1", table)
}

func encode(text string, table map[rune]string) ([]byte, int) {
	var out []byte
	nbits := 0
	for _, r := range text {
		for _, b := range table[r] {
			if nbits%8 == 0 {
				out = append(out, 0)
			}
			if b == '1' {
				out[len(out)-1] |= 1 << (7 - uint(nbits%8))
			}
			nbits++
		}
	}
	return out, nbits
}

func decode(data []byte, nbits int, root *Node) string {
	var sb strings.Builder
	n := root
	for i := 0; i < nbits; i++ {
		if data[i/8]&(1<<(7-uint(i%8))) != 0 {
			n = n.right
		} else {
			n = n.left
		}
		if n.leaf() {
			sb.WriteRune(n.sym)
			n = root
		}
	}
	return sb.String()
}

func main() {
	texts := []string{
		"abracadabra",
		"this is an example of a huffman tree",
		"aaaaaaaa",
		"the quick brown fox jumps over the lazy dog; THE QUICK BROWN FOX! ünïcödé ✓✓✓",
	}
	for _, text := range texts {
		root, freq := build(text)
		table := map[rune]string{}
		codes(root, "", table)
		syms := make([]rune, 0, len(table))
		for r := range table {
			syms = append(syms, r)
		}
		sort.Slice(syms, func(i, j int) bool {
			if len(table[syms[i]]) != len(table[syms[j]]) {
				return len(table[syms[i]]) < len(table[syms[j]])
			}
			return syms[i] < syms[j]
		})
		fmt.Printf("text %q\n", text)
		var parts []string
		for _, r := range syms {
			parts = append(parts, fmt.Sprintf("%q:%d=%s", r, freq[r], table[r]))
		}
		fmt.Println(" ", strings.Join(parts, " "))
		data, nbits := encode(text, table)
		back := decode(data, nbits, root)
		raw := len(text) * 8
		fmt.Printf("  %d bits (%d bytes) vs %d raw bits: %.1f%%, roundtrip=%t\n", nbits, len(data), raw, 100*float64(nbits)/float64(raw), back == text)
		if len(data) > 8 {
			data = data[:8]
		}
		fmt.Printf("  first bytes: % x | %08b\n", data, data[0])
	}
}
