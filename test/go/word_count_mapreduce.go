// Map-reduce word count: one mapper goroutine per chunk of lines builds a partial count,
// partial maps go over a channel to the reducer; the top words are sorted by count, then
// alphabetically.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way - in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of
comparison only.`

func mapper(lines []string, out chan<- map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	counts := map[string]int{}
	for _, line := range lines {
		for _, w := range strings.Fields(line) {
			w = strings.ToLower(strings.Trim(w, ",.-"))
			if w != "" {
				counts[w]++
			}
		}
	}
	out <- counts
}

func main() {
	lines := strings.Split(text, "\n")
	partials := make(chan map[string]int)
	var wg sync.WaitGroup
	for i := 0; i < len(lines); i += 2 {
		end := i + 2
		if end > len(lines) {
			end = len(lines)
		}
		wg.Add(1)
		go mapper(lines[i:end], partials, &wg)
	}
	go func() {
		wg.Wait()
		close(partials)
	}()
	total := map[string]int{}
	chunks := 0
	for p := range partials {
		chunks++
		for w, c := range p {
			total[w] += c
		}
	}
	type wc struct {
		word  string
		count int
	}
	var list []wc
	words := 0
	for w, c := range total {
		list = append(list, wc{w, c})
		words += c
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("chunks:", chunks, "words:", words, "distinct:", len(list))
	for _, e := range list[:10] {
		fmt.Printf("%-8s %d\n", e.word, e.count)
	}
}
