// Files in os.TempDir(): WriteFile then ReadFile of a small log, appending by rewriting,
// line-oriented parsing with bufio.Scanner over the contents, reading a missing file, and
// cleanup with os.Remove. Paths are never printed (they depend on the machine).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type entry struct {
	level string
	code  int
	msg   string
}

func main() {
	dir := os.TempDir()
	path := dir + "/csp_test_file_roundtrip.log"
	var sb strings.Builder
	levels := []string{"INFO", "WARN", "ERROR", "INFO", "DEBUG", "INFO", "ERROR"}
	for i, l := range levels {
		fmt.Fprintf(&sb, "%s %03d message number %d\n", l, (i+1)*7, i)
	}
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		fmt.Println("write failed:", err)
		return
	}
	data, err := os.ReadFile(path)
	fmt.Println("read", len(data), "bytes, err:", err, "same:", string(data) == sb.String())

	data = append(data, "WARN 999 appended line\nmalformed\n"...)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		fmt.Println("rewrite failed:", err)
	}
	data, _ = os.ReadFile(path)
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	var entries []entry
	lineNo := 0
	for sc.Scan() {
		lineNo++
		parts := strings.SplitN(sc.Text(), " ", 3)
		if len(parts) < 3 {
			fmt.Printf("line %d malformed: %q\n", lineNo, sc.Text())
			continue
		}
		code, err := strconv.Atoi(parts[1])
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		entries = append(entries, entry{parts[0], code, parts[2]})
	}
	byLevel := map[string]int{}
	maxCode := 0
	for _, e := range entries {
		byLevel[e.level]++
		if e.code > maxCode {
			maxCode = e.code
		}
	}
	fmt.Println("entries:", len(entries), "by level:", byLevel, "max code:", maxCode)
	fmt.Printf("last: %+v\n", entries[len(entries)-1])

	words := bufio.NewScanner(strings.NewReader(string(data)))
	words.Split(bufio.ScanWords)
	nw := 0
	for words.Scan() {
		nw++
	}
	fmt.Println("words:", nw)

	if err := os.Remove(path); err != nil {
		fmt.Println("remove failed:", err)
	}
	_, err = os.ReadFile(path)
	fmt.Println("read after remove fails:", err != nil, strings.HasSuffix(err.Error(), "no such file or directory"))
	err = os.Remove(path)
	fmt.Println("second remove fails:", err != nil)
	fmt.Println("temp dir is absolute:", strings.HasPrefix(dir, "/"))
}
