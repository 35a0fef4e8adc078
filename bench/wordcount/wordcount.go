// word count: a map-heavy workload. Reads text from stdin (bench/run.py feeds it the output of
// wordcount.input.py, about 6 MB), counts lower-cased words in a map, prints the totals and the
// ten most frequent words (ties by word).
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	counts := map[string]int{}
	total := 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		for _, w := range strings.Fields(sc.Text()) {
			counts[strings.ToLower(w)]++
			total++
		}
	}
	type entry struct {
		word  string
		count int
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println(total, len(counts))
	for _, e := range entries[:10] {
		fmt.Printf("%-12s %d\n", e.word, e.count)
	}
}
