// A text table renderer: columns with left/right/centre alignment computed from content
// widths counted in runes, optional truncation with an ellipsis, box-drawing borders,
// numeric columns formatted with a precision, and a Markdown output mode.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

type Align int

const (
	Left Align = iota
	Right
	Center
)

type Column struct {
	Title    string
	Align    Align
	MaxWidth int // 0 = unlimited
}

type Table struct {
	Cols []Column
	Rows [][]string
}

func (t *Table) AddRow(cells ...interface{}) {
	row := make([]string, len(t.Cols))
	for i := range row {
		if i >= len(cells) {
			continue
		}
		switch v := cells[i].(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", v)
		case nil:
			row[i] = "—"
		default:
			row[i] = fmt.Sprint(v)
		}
	}
	t.Rows = append(t.Rows, row)
}

func fit(s string, w int) string {
	if utf8.RuneCountInString(s) <= w {
		return s
	}
	r := []rune(s)
	return string(r[:w-1]) + "…"
}

func pad(s string, w int, a Align) string {
	gap := w - utf8.RuneCountInString(s)
	switch a {
	case Right:
		return strings.Repeat(" ", gap) + s
	case Center:
		return strings.Repeat(" ", gap/2) + s + strings.Repeat(" ", gap-gap/2)
	}
	return s + strings.Repeat(" ", gap)
}

func (t *Table) widths() []int {
	w := make([]int, len(t.Cols))
	for i, c := range t.Cols {
		w[i] = utf8.RuneCountInString(c.Title)
		for _, r := range t.Rows {
			if n := utf8.RuneCountInString(r[i]); n > w[i] {
				w[i] = n
			}
		}
		if c.MaxWidth > 0 && w[i] > c.MaxWidth {
			w[i] = c.MaxWidth
		}
	}
	return w
}

func (t *Table) Box() string {
	w := t.widths()
	line := func(l, m, r string) string {
		parts := make([]string, len(w))
		for i, n := range w {
			parts[i] = strings.Repeat("─", n+2)
		}
		return l + strings.Join(parts, m) + r + "\n"
	}
	row := func(cells []string, header bool) string {
		parts := make([]string, len(cells))
		for i, c := range cells {
			a := t.Cols[i].Align
			if header {
				a = Center
			}
			parts[i] = " " + pad(fit(c, w[i]), w[i], a) + " "
		}
		return "│" + strings.Join(parts, "│") + "│\n"
	}
	titles := make([]string, len(t.Cols))
	for i, c := range t.Cols {
		titles[i] = c.Title
	}
	var sb strings.Builder
	sb.WriteString(line("┌", "┬", "┐"))
	sb.WriteString(row(titles, true))
	sb.WriteString(line("├", "┼", "┤"))
	for _, r := range t.Rows {
		sb.WriteString(row(r, false))
	}
	sb.WriteString(line("└", "┴", "┘"))
	return sb.String()
}

func (t *Table) Markdown() string {
	var sb strings.Builder
	seps := map[Align]string{Left: ":---", Right: "---:", Center: ":---:"}
	var titles, aligns []string
	for _, c := range t.Cols {
		titles, aligns = append(titles, c.Title), append(aligns, seps[c.Align])
	}
	fmt.Fprintf(&sb, "| %s |\n| %s |\n", strings.Join(titles, " | "), strings.Join(aligns, " | "))
	for _, r := range t.Rows {
		fmt.Fprintf(&sb, "| %s |\n", strings.Join(r, " | "))
	}
	return sb.String()
}

func main() {
	t := &Table{Cols: []Column{{"City", Left, 12}, {"Country", Center, 0}, {"Population", Right, 0}, {"Area km²", Right, 0}, {"Note", Left, 16}}}
	t.AddRow("Tokyo", "Japan", 13960000, 2194.07, "capital")
	t.AddRow("São Paulo", "Brazil", 12330000, 1521.11, nil)
	t.AddRow("Zürich", "Switzerland", 421878, 87.88, "largest Swiss city by population")
	t.AddRow("Llanfairpwllgwyngyll", "UK", 3107, 4.3, "long name")
	t.AddRow("Reykjavík", "Iceland", 131136, 273.0)
	fmt.Print(t.Box())
	fmt.Print(t.Markdown())
	empty := &Table{Cols: []Column{{"A", Left, 0}, {"Wide column", Right, 0}}}
	fmt.Print(empty.Box())
	fmt.Printf("[%s] [%s] [%s] [%s]\n", pad("ab", 6, Left), pad("ab", 6, Right), pad("ab", 6, Center), fit("abcdef", 4))
}
