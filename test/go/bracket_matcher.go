// Bracket and tag balancing with a stack: (), [], {} with positions of the first error,
// ignoring brackets inside string literals, HTML-like tag matching with void elements,
// and the maximum nesting depth.
package main

import (
	"fmt"
	"strings"
)

type BracketError struct {
	Pos      int
	Found    rune
	Expected rune
}

func (e *BracketError) Error() string {
	switch {
	case e.Found == 0:
		return fmt.Sprintf("unclosed %q at end (opened at %d)", e.Expected, e.Pos)
	case e.Expected == 0:
		return fmt.Sprintf("unexpected %q at %d", e.Found, e.Pos)
	}
	return fmt.Sprintf("mismatched %q at %d, expected %q", e.Found, e.Pos, e.Expected)
}

var pairs = map[rune]rune{'(': ')', '[': ']', '{': '}'}

func check(s string) (depth int, err error) {
	type open struct {
		r   rune
		pos int
	}
	var stack []open
	inString := false
	for i, r := range s {
		switch {
		case r == '"':
			inString = !inString
		case inString:
		case pairs[r] != 0:
			stack = append(stack, open{r, i})
			if len(stack) > depth {
				depth = len(stack)
			}
		case r == ')' || r == ']' || r == '}':
			if len(stack) == 0 {
				return depth, &BracketError{i, r, 0}
			}
			top := stack[len(stack)-1]
			if pairs[top.r] != r {
				return depth, &BracketError{i, r, pairs[top.r]}
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return depth, &BracketError{top.pos, 0, pairs[top.r]}
	}
	return depth, nil
}

var void = map[string]bool{"br": true, "img": true, "hr": true}

func checkTags(html string) error {
	var stack []string
	for rest := html; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], '>')
		if j < 0 {
			return fmt.Errorf("unterminated tag %q", rest[i:])
		}
		tag := rest[i+1 : i+j]
		rest = rest[i+j+1:]
		name := strings.Fields(strings.Trim(tag, "/"))[0]
		switch {
		case strings.HasPrefix(tag, "/"):
			if len(stack) == 0 || stack[len(stack)-1] != name {
				return fmt.Errorf("closing </%s> does not match %v", name, stack)
			}
			stack = stack[:len(stack)-1]
		case strings.HasSuffix(tag, "/") || void[name]:
		default:
			stack = append(stack, name)
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("unclosed tags %v", stack)
	}
	return nil
}

func main() {
	for _, s := range []string{"", "()", "([]{})", "((()))[]", "(]", "([)]", "{[}", "())", "(((", `f("(") + [x]`,
		`map[string][]int{"a": {1, 2}}`, "func() { if (x) { y[0] = (1 + 2) } }", "}{", `"unterminated ( string`} {
		d, err := check(s)
		fmt.Printf("%-40q depth=%d err=%v\n", s, d, err)
	}
	for _, h := range []string{
		"<p>Hello <b>world</b></p>",
		"<div><p>text</div></p>",
		"<ul><li>one<li>two</ul>",
		`<img src="x.png"><br/><p class="a">ok</p><hr>`,
		"<p>open",
		"<p>broken <b",
		"</p>",
	} {
		fmt.Printf("%-48q %v\n", h, checkTags(h))
	}
}
