// A lexer for a small C-like language: keywords, identifiers, integer/float/hex literals,
// string and char literals with escapes (decoded via strconv.Unquote), operators with
// maximal munch, line/column tracking, comments, and error tokens.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Keyword
	Int
	Float
	String
	Char
	Op
	Error
)

var kindNames = [...]string{"EOF", "Ident", "Keyword", "Int", "Float", "String", "Char", "Op", "Error"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
	Value     interface{}
}

var keywords = map[string]bool{"func": true, "if": true, "else": true, "for": true, "return": true, "var": true, "true": true, "false": true}
var ops = []string{"<<=", ">>=", "...", "&&", "||", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "++", "--", ":=", "->",
	"+", "-", "*", "/", "%", "=", "<", ">", "!", "&", "|", "^", "(", ")", "{", "}", "[", "]", ",", ";", ".", ":"}

type Lexer struct {
	src       string
	pos       int
	line, col int
}

func (l *Lexer) advance(n int) {
	for _, r := range l.src[l.pos : l.pos+n] {
		if r == '\n' {
			l.line++
			l.col = 1
		} else {
			l.col++
		}
	}
	l.pos += n
}

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) {
		r, size := utf8.DecodeRuneInString(l.src[l.pos:])
		if unicode.IsSpace(r) {
			l.advance(size)
			continue
		}
		if strings.HasPrefix(l.src[l.pos:], "//") {
			end := strings.IndexByte(l.src[l.pos:], '\n')
			if end < 0 {
				end = len(l.src) - l.pos
			}
			l.advance(end)
			continue
		}
		if strings.HasPrefix(l.src[l.pos:], "/*") {
			end := strings.Index(l.src[l.pos+2:], "*/")
			if end < 0 {
				t := Token{Error, "unterminated comment", l.line, l.col, nil}
				l.advance(len(l.src) - l.pos)
				return t
			}
			l.advance(end + 4)
			continue
		}
		break
	}
	tok := Token{Line: l.line, Col: l.col}
	if l.pos >= len(l.src) {
		tok.Kind = EOF
		return tok
	}
	rest := l.src[l.pos:]
	r, _ := utf8.DecodeRuneInString(rest)
	n := 0
	switch {
	case unicode.IsLetter(r) || r == '_':
		n = strings.IndexFunc(rest, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') })
		if n < 0 {
			n = len(rest)
		}
		tok.Kind = Ident
		if keywords[rest[:n]] {
			tok.Kind = Keyword
		}
	case unicode.IsDigit(r):
		n = strings.IndexFunc(rest, func(r rune) bool {
			return !(unicode.IsDigit(r) || r == '.' || r == 'x' || r == '_' || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F') || r == 'e' || r == 'E')
		})
		if n < 0 {
			n = len(rest)
		}
		text := rest[:n]
		if iv, err := strconv.ParseInt(text, 0, 64); err == nil {
			tok.Kind, tok.Value = Int, iv
		} else if fv, ferr := strconv.ParseFloat(text, 64); ferr == nil {
			tok.Kind, tok.Value = Float, fv
		} else {
			tok.Kind, tok.Value = Error, "bad number "+strconv.Quote(text)
		}
	case r == '"' || r == '\'':
		n = 1
		for n < len(rest) && rest[n] != byte(r) && rest[n] != '\n' {
			if rest[n] == '\\' {
				n++
			}
			n++
		}
		if n >= len(rest) || rest[n] != byte(r) {
			tok.Kind, tok.Value = Error, "unterminated literal"
			break
		}
		n++
		s, err := strconv.Unquote(rest[:n])
		switch {
		case err != nil:
			tok.Kind, tok.Value = Error, "bad escape: "+err.Error()
		case r == '"':
			tok.Kind, tok.Value = String, s
		default:
			tok.Kind, tok.Value = Char, []rune(s)[0]
		}
	default:
		for _, op := range ops {
			if strings.HasPrefix(rest, op) {
				tok.Kind, n = Op, len(op)
				break
			}
		}
		if n == 0 {
			_, n = utf8.DecodeRuneInString(rest)
			tok.Kind, tok.Value = Error, fmt.Sprintf("unexpected %q", r)
		}
	}
	tok.Text = rest[:n]
	l.advance(n)
	return tok
}

func main() {
	src := `// compute things
func fib(n int) int {
	if n <= 1 { return n }
	return fib(n-1) + fib(n-2)
}
var s = "tab\there \"q\" \u00e9 ✓"; var c = '\n'; x <<= 0x1F; y := 3.25e2 + 1_000 - .5
/* block
   comment */ a && b || !c != d ... -> é_var2 := 'x' @ 9abc "unterminated
z := "bad \q escape" + 08`
	l := &Lexer{src: src, line: 1, col: 1}
	counts := map[Kind]int{}
	for {
		t := l.Next()
		counts[t.Kind]++
		if t.Value != nil {
			fmt.Printf("%2d:%-2d %-7v %-14q %T(%v)\n", t.Line, t.Col, t.Kind, t.Text, t.Value, t.Value)
		} else {
			fmt.Printf("%2d:%-2d %-7v %q\n", t.Line, t.Col, t.Kind, t.Text)
		}
		if t.Kind == EOF {
			break
		}
	}
	fmt.Println(counts)
}
