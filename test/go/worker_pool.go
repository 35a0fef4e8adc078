// A worker pool: jobs on one channel, results on another, a fixed number of workers; the
// results arrive in any order and are sorted by job id.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type job struct {
	id   int
	text string
}

type result struct {
	id       int
	vowels   int
	reversed string
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func process(j job) result {
	v := 0
	for _, c := range strings.ToLower(j.text) {
		if strings.ContainsRune("aeiou", c) {
			v++
		}
	}
	return result{j.id, v, reverse(j.text)}
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- process(j)
	}
}

func main() {
	texts := []string{
		"goroutines", "channels", "select", "mutex", "waitgroup", "deadlock",
		"scheduler", "preemption", "buffered", "unbuffered", "semaphore", "pipeline",
	}
	jobs := make(chan job, len(texts))
	results := make(chan result, len(texts))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	for i, t := range texts {
		jobs <- job{i + 1, t}
	}
	close(jobs)
	wg.Wait()
	close(results)

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].id < all[b].id })
	total := 0
	for _, r := range all {
		fmt.Printf("%2d %-12s vowels=%d\n", r.id, r.reversed, r.vowels)
		total += r.vowels
	}
	fmt.Println("jobs:", len(all), "vowels:", total)
}
