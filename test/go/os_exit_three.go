// A command-line style validator that reports problems and exits with status 3 through
// os.Exit: deferred functions do not run, buffered output flushed explicitly survives.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

type check struct {
	name string
	ok   func(string) bool
}

func main() {
	defer fmt.Println("this deferred line never prints")
	w := bufio.NewWriter(os.Stdout)
	checks := []check{
		{"non-empty", func(s string) bool { return s != "" }},
		{"lowercase", func(s string) bool { return s == strings.ToLower(s) }},
		{"no spaces", func(s string) bool { return !strings.Contains(s, " ") }},
		{"max 12 chars", func(s string) bool { return len(s) <= 12 }},
	}
	inputs := []string{"alice", "Bob", "carol smith", "", "dave_the_magnificent", "eve"}
	failures := 0
	for _, in := range inputs {
		var failed []string
		for _, c := range checks {
			if !c.ok(in) {
				failed = append(failed, c.name)
			}
		}
		if len(failed) == 0 {
			fmt.Fprintf(w, "%-22q ok\n", in)
			continue
		}
		failures++
		fmt.Fprintf(w, "%-22q FAIL %s\n", in, strings.Join(failed, ", "))
	}
	fmt.Fprintf(w, "%d of %d inputs failed\n", failures, len(inputs))
	w.Flush()
	fmt.Fprintln(w, "buffered but never flushed")
	if failures > 0 {
		fmt.Fprintln(os.Stderr, "validation failed")
		os.Exit(3)
	}
	fmt.Println("all good")
}
