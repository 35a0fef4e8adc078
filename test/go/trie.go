// A prefix tree (trie) over runes: insert with counts, exact and prefix lookup,
// autocomplete ranked by frequency, deletion with pruning, longest common prefix, and a
// printed tree structure with sorted children.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	children map[rune]*Node
	count    int // >0 if a word ends here
}

func newNode() *Node { return &Node{children: map[rune]*Node{}} }

type Trie struct {
	root  *Node
	words int
}

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = newNode()
			n.children[r] = c
		}
		n = c
	}
	if n.count == 0 {
		t.words++
	}
	n.count++
}

func (t *Trie) walk(prefix string) *Node {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Count(w string) int {
	if n := t.walk(w); n != nil {
		return n.count
	}
	return 0
}

func sortedKeys(n *Node) []rune {
	ks := make([]rune, 0, len(n.children))
	for r := range n.children {
		ks = append(ks, r)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

type hit struct {
	word  string
	count int
}

func (t *Trie) Complete(prefix string, limit int) []hit {
	n := t.walk(prefix)
	if n == nil {
		return nil
	}
	var hits []hit
	var collect func(n *Node, acc []rune)
	collect = func(n *Node, acc []rune) {
		if n.count > 0 {
			hits = append(hits, hit{string(acc), n.count})
		}
		for _, r := range sortedKeys(n) {
			collect(n.children[r], append(acc, r))
		}
	}
	collect(n, []rune(prefix))
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].count > hits[j].count })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

func (t *Trie) Delete(w string) bool {
	rs := []rune(w)
	var del func(n *Node, i int) (found, prune bool)
	del = func(n *Node, i int) (bool, bool) {
		if i == len(rs) {
			if n.count == 0 {
				return false, false
			}
			n.count = 0
			return true, len(n.children) == 0
		}
		c := n.children[rs[i]]
		if c == nil {
			return false, false
		}
		found, prune := del(c, i+1)
		if prune {
			delete(n.children, rs[i])
		}
		return found, found && n.count == 0 && len(n.children) == 0
	}
	found, _ := del(t.root, 0)
	if found {
		t.words--
	}
	return found
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	for n := t.root; len(n.children) == 1 && n.count == 0; {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func (t *Trie) nodes() int {
	var count func(*Node) int
	count = func(n *Node) int {
		c := 1
		for _, ch := range n.children {
			c += count(ch)
		}
		return c
	}
	return count(t.root)
}

func dump(n *Node, indent string, sb *strings.Builder) {
	for _, r := range sortedKeys(n) {
		c := n.children[r]
		mark := ""
		if c.count > 0 {
			mark = fmt.Sprintf(" (%d)", c.count)
		}
		fmt.Fprintf(sb, "%s%c%s\n", indent, r, mark)
		dump(c, indent+"  ", sb)
	}
}

func main() {
	t := &Trie{root: newNode()}
	text := `car card care careful cart carbon cat catalog category cattle dog dodge door
		car card car care cat cat cat dog zebra zeal zero zeros zest über übel`
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Println("distinct words:", t.words, "nodes:", t.nodes())
	for _, w := range []string{"car", "ca", "cat", "cattle", "dodo", "über", ""} {
		fmt.Printf("count(%q)=%d prefix=%t\n", w, t.Count(w), t.walk(w) != nil)
	}
	for _, p := range []string{"car", "ca", "do", "ze", "üb", "x", ""} {
		fmt.Printf("complete(%q): %v\n", p, t.Complete(p, 5))
	}
	for _, w := range []string{"care", "careful", "ca", "zeros", "zebra", "nope"} {
		fmt.Printf("delete(%q)=%t ", w, t.Delete(w))
	}
	fmt.Println()
	fmt.Println("after deletes: words", t.words, "nodes", t.nodes(), "care", t.Count("care"), "car", t.Count("car"))
	small := &Trie{root: newNode()}
	for _, w := range []string{"interstellar", "internet", "interval", "internal"} {
		small.Insert(w)
	}
	fmt.Printf("lcp=%q\n", small.LongestCommonPrefix())
	small.Insert("inter")
	fmt.Printf("lcp=%q\n", small.LongestCommonPrefix())
	var sb strings.Builder
	dump(small.root, "", &sb)
	fmt.Print(sb.String())
}
