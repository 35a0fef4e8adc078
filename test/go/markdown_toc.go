// A Markdown table-of-contents generator reading stdin: ATX headings outside fenced code
// blocks, GitHub-style anchor slugs with de-duplication, nested numbering, plus a
// plain-text rendering that strips emphasis, links and inline code.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode"
)

type Heading struct {
	Level int
	Text  string
	Slug  string
	Line  int
}

func slugify(s string, seen map[string]int) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			sb.WriteRune(r)
		case r == ' ':
			sb.WriteByte('-')
		}
	}
	slug := sb.String()
	if n, dup := seen[slug]; dup {
		seen[slug] = n + 1
		slug = fmt.Sprintf("%s-%d", slug, n+1)
	} else {
		seen[slug] = 0
	}
	return slug
}

func plain(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '*', '_', '`':
			continue
		case '[':
			end := strings.Index(s[i:], "](")
			close := strings.IndexByte(s[i:], ')')
			if end > 0 && close > end {
				sb.WriteString(s[i+1 : i+end])
				i += close
				continue
			}
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var heads []Heading
	seen := map[string]int{}
	inFence := false
	lineNo, words, codeLines := 0, 0, 0
	var body []string
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			codeLines++
			continue
		}
		level := len(line) - len(strings.TrimLeft(line, "#"))
		if level > 0 && level <= 6 && len(line) > level && line[level] == ' ' {
			text := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line[level:]), "#"))
			heads = append(heads, Heading{level, text, slugify(plain(text), seen), lineNo})
			continue
		}
		if t := strings.TrimSpace(line); t != "" {
			p := plain(t)
			words += len(strings.Fields(p))
			body = append(body, p)
		}
	}
	fmt.Printf("%d lines, %d headings, %d code lines, %d words of prose\n", lineNo, len(heads), codeLines, words)
	fmt.Println("Table of contents:")
	counters := make([]int, 7)
	for _, h := range heads {
		counters[h.Level]++
		for l := h.Level + 1; l < len(counters); l++ {
			counters[l] = 0
		}
		var nums []string
		for l := 1; l <= h.Level; l++ {
			nums = append(nums, fmt.Sprint(counters[l]))
		}
		fmt.Printf("%s- %s [%s](#%s)  (line %d)\n", strings.Repeat("  ", h.Level-1), strings.Join(nums, "."), h.Text, h.Slug, h.Line)
	}
	fmt.Println("Plain text:")
	for _, b := range body {
		fmt.Printf("  | %s\n", b)
	}
	depth := map[int]int{}
	for _, h := range heads {
		depth[h.Level]++
	}
	fmt.Println("headings per level:", depth)
}
