// A tiny regular expression engine: parsing to an AST (literals, ., classes, *, +, ?,
// alternation, groups, anchors), compiling to an NFA and simulating it with state sets.
package main

import (
	"fmt"
	"strings"
)

type kind int

const (
	kChar kind = iota
	kAny
	kClass
	kSplit
	kMatch
)

type state struct {
	k    kind
	c    byte
	set  [256]bool
	out  *state
	out1 *state
}

type frag struct {
	start *state
	outs  []**state
}

func patch(outs []**state, s *state) {
	for _, o := range outs {
		*o = s
	}
}

type parser struct {
	src string
	pos int
}

func (p *parser) more() bool    { return p.pos < len(p.src) }
func (p *parser) peek() byte    { return p.src[p.pos] }
func (p *parser) fail(m string) { panic(fmt.Sprintf("regex %q at %d: %s", p.src, p.pos, m)) }

func (p *parser) alt() frag {
	f := p.concat()
	for p.more() && p.peek() == '|' {
		p.pos++
		g := p.concat()
		s := &state{k: kSplit, out: f.start, out1: g.start}
		f = frag{s, append(f.outs, g.outs...)}
	}
	return f
}

func (p *parser) concat() frag {
	var f *frag
	for p.more() && p.peek() != '|' && p.peek() != ')' {
		g := p.repeat()
		if f == nil {
			f = &g
		} else {
			patch(f.outs, g.start)
			f.outs = g.outs
		}
	}
	if f == nil { // empty: a split that goes straight through
		s := &state{k: kSplit}
		return frag{s, []**state{&s.out}}
	}
	return *f
}

func (p *parser) repeat() frag {
	f := p.atom()
	for p.more() && strings.IndexByte("*+?", p.peek()) >= 0 {
		op := p.peek()
		p.pos++
		s := &state{k: kSplit, out: f.start}
		switch op {
		case '*':
			patch(f.outs, s)
			f = frag{s, []**state{&s.out1}}
		case '+':
			patch(f.outs, s)
			f = frag{f.start, []**state{&s.out1}}
		case '?':
			f = frag{s, append(f.outs, &s.out1)}
		}
	}
	return f
}

func (p *parser) atom() frag {
	if !p.more() {
		p.fail("unexpected end")
	}
	c := p.peek()
	p.pos++
	var s *state
	switch c {
	case '(':
		f := p.alt()
		if !p.more() || p.peek() != ')' {
			p.fail("missing )")
		}
		p.pos++
		return f
	case '*', '+', '?':
		p.fail("nothing to repeat")
	case '.':
		s = &state{k: kAny}
	case '[':
		s = &state{k: kClass}
		neg := p.more() && p.peek() == '^'
		if neg {
			p.pos++
		}
		for p.more() && p.peek() != ']' {
			lo := p.peek()
			hi := lo
			p.pos++
			if p.pos+1 < len(p.src) && p.peek() == '-' && p.src[p.pos+1] != ']' {
				hi = p.src[p.pos+1]
				p.pos += 2
			}
			for b := int(lo); b <= int(hi); b++ {
				s.set[b] = true
			}
		}
		if !p.more() {
			p.fail("missing ]")
		}
		p.pos++
		if neg {
			for i := range s.set {
				s.set[i] = !s.set[i]
			}
		}
	case '\\':
		if !p.more() {
			p.fail("trailing backslash")
		}
		s = &state{k: kChar, c: p.peek()}
		p.pos++
	default:
		s = &state{k: kChar, c: c}
	}
	return frag{s, []**state{&s.out}}
}

type Regexp struct {
	start          *state
	anchorL, anchR bool
}

func Compile(src string) (re *Regexp, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	re = &Regexp{}
	if strings.HasPrefix(src, "^") {
		re.anchorL, src = true, src[1:]
	}
	if strings.HasSuffix(src, "$") && !strings.HasSuffix(src, "\\$") {
		re.anchR, src = true, src[:len(src)-1]
	}
	p := &parser{src: src}
	f := p.alt()
	if p.more() {
		p.fail("unexpected )")
	}
	patch(f.outs, &state{k: kMatch})
	re.start = f.start
	return re, nil
}

func addState(set map[*state]bool, s *state) {
	if s == nil || set[s] {
		return
	}
	set[s] = true
	if s.k == kSplit {
		addState(set, s.out)
		addState(set, s.out1)
	}
}

// matchAt reports the length of the longest match starting at i, or -1.
func (re *Regexp) matchAt(s string, i int) int {
	cur := map[*state]bool{}
	addState(cur, re.start)
	best := -1
	for j := i; ; j++ {
		for st := range cur {
			if st.k == kMatch && (!re.anchR || j == len(s)) {
				best = j - i
			}
		}
		if j == len(s) || len(cur) == 0 {
			return best
		}
		next := map[*state]bool{}
		c := s[j]
		for st := range cur {
			if (st.k == kChar && st.c == c) || st.k == kAny || (st.k == kClass && st.set[c]) {
				addState(next, st.out)
			}
		}
		cur = next
	}
}

func (re *Regexp) Find(s string) (int, int) {
	for i := 0; i <= len(s); i++ {
		if n := re.matchAt(s, i); n >= 0 {
			return i, i + n
		}
		if re.anchorL {
			break
		}
	}
	return -1, -1
}

func main() {
	tests := []struct{ re, s string }{
		{"abc", "xxabcxx"}, {"a.c", "abc adc a-c"}, {"ab*c", "ac abc abbbc"}, {"ab+c", "ac"},
		{"ab+c", "xabbbcx"}, {"colou?r", "my colour"}, {"colou?r", "color!"}, {"^hello", "hello world"},
		{"^world", "hello world"}, {"world$", "hello world"}, {"^a*$", "aaaa"}, {"^a*$", "aaba"},
		{"(cat|dog)s?", "hotdogs"}, {"[0-9]+", "order 66 now"}, {"[^a-z ]+", "abc DEF ghi"},
		{"(ab)+", "xxababababy"}, {"a|b|c", "zzzc"}, {"\\.go$", "main.go"}, {"x*", "abc"},
		{"(a|)b", "b"}, {"[a-", "x"}, {"a(b", "ab"}, {"*a", "a"}, {"a)", "a"}, {"((x))", "x"},
	}
	for _, t := range tests {
		re, err := Compile(t.re)
		if err != nil {
			fmt.Printf("%-12q error: %v\n", t.re, err)
			continue
		}
		i, j := re.Find(t.s)
		if i < 0 {
			fmt.Printf("%-12q %-16q no match\n", t.re, t.s)
		} else {
			fmt.Printf("%-12q %-16q [%d,%d) %q\n", t.re, t.s, i, j, t.s[i:j])
		}
	}
}
