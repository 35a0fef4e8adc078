// A sort/uniq pipeline over stdin lines, like `sort -k2n | uniq -c`: stable sorting by
// numeric and string keys, reverse and case-insensitive orders, counting duplicates,
// grouping by a column, and column-aligned output through a bufio.Writer.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Line struct {
	Raw    string
	Fields []string
	Num    int
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var lines []Line
	for sc.Scan() {
		raw := sc.Text()
		f := strings.Fields(raw)
		n, err := strconv.Atoi(f[1])
		if err != nil {
			n = -1
		}
		lines = append(lines, Line{raw, f, n})
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	show := func(title string, ls []Line) {
		fmt.Fprintf(out, "== %s\n", title)
		for _, l := range ls {
			fmt.Fprintf(out, "   %-11s %3d  %s\n", l.Fields[0], l.Num, l.Fields[2])
		}
	}
	rawSorted := append([]Line(nil), lines...)
	sort.SliceStable(rawSorted, func(i, j int) bool { return rawSorted[i].Raw < rawSorted[j].Raw })
	show("sort (byte order of raw lines)", rawSorted)

	fold := append([]Line(nil), lines...)
	sort.SliceStable(fold, func(i, j int) bool {
		return strings.ToLower(fold[i].Fields[0]) < strings.ToLower(fold[j].Fields[0])
	})
	show("sort -f -k1 (stable)", fold)

	num := append([]Line(nil), lines...)
	sort.SliceStable(num, func(i, j int) bool { return num[i].Num > num[j].Num })
	show("sort -k2nr (stable)", num)

	fmt.Fprintln(out, "== sort | uniq -c")
	sorted := append([]Line(nil), rawSorted...)
	for i := 0; i < len(sorted); {
		j := i
		for j < len(sorted) && sorted[j].Raw == sorted[i].Raw {
			j++
		}
		fmt.Fprintf(out, "%7d %s\n", j-i, sorted[i].Raw)
		i = j
	}
	fmt.Fprintln(out, "== group by colour")
	groups := map[string][]string{}
	totals := map[string]int{}
	for _, l := range lines {
		c := l.Fields[2]
		groups[c] = append(groups[c], l.Fields[0])
		totals[c] += l.Num
	}
	colours := make([]string, 0, len(groups))
	for c := range groups {
		colours = append(colours, c)
	}
	sort.Slice(colours, func(i, j int) bool {
		if totals[colours[i]] != totals[colours[j]] {
			return totals[colours[i]] > totals[colours[j]]
		}
		return colours[i] < colours[j]
	})
	for _, c := range colours {
		fmt.Fprintf(out, "%-7s total=%-3d %s\n", c, totals[c], strings.Join(groups[c], ","))
	}
	seen := map[string]bool{}
	var uniq []string
	for _, l := range lines {
		k := strings.ToLower(l.Fields[0])
		if !seen[k] {
			seen[k] = true
			uniq = append(uniq, k)
		}
	}
	fmt.Fprintf(out, "first occurrences (%d): %s\n", len(uniq), strings.Join(uniq, " "))
	fmt.Fprintf(out, "leading-space line kept raw: %q\n", lines[11].Raw)
}
