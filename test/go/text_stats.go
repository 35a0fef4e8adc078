// Text statistics from stdin: line, word, rune and byte counts, word frequencies with a
// sorted top list, the longest line, letter histogram, and per-line details.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type wordCount struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var (
		lines, blank, words, runes, bytes int
		longest                           string
		longestNo                         int
		freq                              = map[string]int{}
		letters                           = map[rune]int{}
		lengths                           = make([]int, 16)
		trailing                          []int
	)
	for sc.Scan() {
		line := sc.Text()
		lines++
		bytes += len(line) + 1
		runes += utf8.RuneCountInString(line) + 1
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		if strings.TrimRight(line, " \t") != line {
			trailing = append(trailing, lines)
		}
		if n := utf8.RuneCountInString(line); n > utf8.RuneCountInString(longest) {
			longest, longestNo = line, lines
		}
		fields := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
		})
		for _, f := range fields {
			f = strings.Trim(f, "'-")
			if f == "" {
				continue
			}
			words++
			freq[strings.ToLower(f)]++
			n := utf8.RuneCountInString(f)
			if n >= len(lengths) {
				n = len(lengths) - 1
			}
			lengths[n]++
		}
		for _, r := range line {
			if unicode.IsLetter(r) {
				letters[unicode.ToLower(r)]++
			}
		}
		indent := len(line) - len(strings.TrimLeft(line, " \t"))
		fmt.Printf("%3d| %-4d words=%-3d indent=%d first=%q\n", lines, len(line), len(fields), indent, fields[0])
	}
	if err := sc.Err(); err != nil {
		fmt.Println("read error:", err)
	}
	fmt.Printf("lines=%d blank=%d words=%d runes=%d bytes=%d unique=%d\n",
		lines, blank, words, runes, bytes, len(freq))
	fmt.Printf("longest line (#%d, %d runes): %q\n", longestNo, utf8.RuneCountInString(longest), longest)
	fmt.Println("lines with trailing whitespace:", trailing)

	list := make([]wordCount, 0, len(freq))
	for w, c := range freq {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	fmt.Println("top words:")
	for i, wc := range list {
		if i == 12 {
			break
		}
		fmt.Printf("  %2d. %-12s %3d %s\n", i+1, wc.word, wc.count, strings.Repeat("#", wc.count))
	}
	fmt.Println("word lengths:")
	for n, c := range lengths {
		if c > 0 {
			label := fmt.Sprint(n)
			if n == len(lengths)-1 {
				label += "+"
			}
			fmt.Printf("  %3s: %d\n", label, c)
		}
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var sb strings.Builder
	for i, r := range keys {
		fmt.Fprintf(&sb, "%c=%-3d", r, letters[r])
		if i%10 == 9 {
			sb.WriteString("\n")
		}
	}
	fmt.Println("letters:")
	fmt.Println(strings.TrimRight(sb.String(), "\n "))
	var once []string
	for _, wc := range list {
		if wc.count == 1 && len(wc.word) > 9 {
			once = append(once, wc.word)
		}
	}
	sort.Strings(once)
	fmt.Printf("long hapax legomena: %v\n", once)
}
