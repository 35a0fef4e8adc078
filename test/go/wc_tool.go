// A wc-like tool over stdin: the input is read once with io.ReadAll and then scanned
// several ways from strings.Reader: ScanLines, ScanWords, ScanRunes and a custom split
// function, plus a line scanner with a deliberately small Buffer that hits ErrTooLong.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// splitSentences is a bufio.SplitFunc that yields text up to '.', '!' or '?'.
func splitSentences(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i, b := range data {
		if b == '.' || b == '!' || b == '?' {
			return i + 1, []byte(strings.TrimSpace(string(data[:i+1]))), nil
		}
	}
	if atEOF && len(data) > 0 {
		rest := strings.TrimSpace(string(data))
		if rest == "" {
			return len(data), nil, nil
		}
		return len(data), []byte(rest), nil
	}
	return 0, nil, nil
}

func main() {
	data, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Println("read error:", err)
		os.Exit(1)
	}
	text := string(data)
	fmt.Printf("bytes=%d runes=%d valid=%t newlines=%d\n", len(data), utf8.RuneCount(data), utf8.Valid(data), strings.Count(text, "\n"))

	lines := bufio.NewScanner(strings.NewReader(text))
	n, longest, longestAt := 0, 0, 0
	for lines.Scan() {
		n++
		if l := utf8.RuneCountInString(lines.Text()); l > longest {
			longest, longestAt = l, n
		}
	}
	fmt.Printf("lines=%d longest=%d runes (line %d) err=%v\n", n, longest, longestAt, lines.Err())

	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	nw, totalLen := 0, 0
	var firstFive []string
	for words.Scan() {
		nw++
		totalLen += utf8.RuneCountInString(words.Text())
		if len(firstFive) < 5 {
			firstFive = append(firstFive, words.Text())
		}
	}
	fmt.Printf("words=%d avg length=%.2f first=%q\n", nw, float64(totalLen)/float64(nw), firstFive)

	runes := bufio.NewScanner(strings.NewReader("ünï\tcode"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Printf("runes: %q\n", rs)

	sents := bufio.NewScanner(strings.NewReader(text[:300]))
	sents.Split(splitSentences)
	for i := 1; sents.Scan(); i++ {
		s := sents.Text()
		if len(s) > 50 {
			s = s[:47] + "..."
		}
		fmt.Printf("sentence %d: %q\n", i, s)
	}

	small := bufio.NewScanner(strings.NewReader(text))
	small.Buffer(make([]byte, 0, 16), 1024)
	count := 0
	for small.Scan() {
		count++
		fmt.Printf("  %2d %3d %.40q\n", count, len(small.Text()), small.Text())
	}
	err = small.Err()
	fmt.Printf("small buffer stopped after %d lines: %v (too long: %t)\n", count, err, errors.Is(err, bufio.ErrTooLong))

	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	freq := [26]int{}
	for _, r := range strings.ToLower(text) {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	for i, f := range freq {
		if f > 0 {
			fmt.Fprintf(w, "%c:%d ", 'a'+i, f)
		}
	}
	fmt.Fprintln(w)
}
