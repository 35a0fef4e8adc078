// Differential workout of bufio.Scanner: 400 rounds over random input (lines, CRLF, Unicode
// spaces, invalid UTF-8) read in random chunks, with the four split functions, small Buffer
// limits (ErrTooLong) and failing readers; each round prints a hash of its tokens and error.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

var seed uint64 = 987

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

type chunky struct {
	data []byte
	fail bool
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(c.data) == 0 {
		if c.fail {
			return 0, errors.New("boom")
		}
		return 0, io.EOF
	}
	if rnd(9) == 0 {
		return 0, nil
	}
	n := 1 + rnd(40)
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	return n, nil
}

func genData() []byte {
	alphabet := []string{"a", "bb", "\n", "\r\n", "é", "世", "😀", "\xff", "\xe4\xb8", " ", "\t", "\u00a0", "\u3000", "xxxxxxxxxxxx"}
	var b []byte
	n := rnd(200)
	for i := 0; i < n; i++ {
		b = append(b, alphabet[rnd(len(alphabet))]...)
	}
	return b
}

// The round's log: every result goes into an FNV-1a hash, printed at the end of the round.
var h uint64 = 14695981039346656037

func logf(format string, a ...any) {
	s := fmt.Sprintf(format, a...)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
}

func endRound(round int) {
	fmt.Printf("round %d %016x\n", round, h)
	h = 14695981039346656037
}

func main() {
	splits := []bufio.SplitFunc{bufio.ScanLines, bufio.ScanWords, bufio.ScanRunes, bufio.ScanBytes}
	for round := 0; round < 400; round++ {
		src := &chunky{data: genData(), fail: rnd(4) == 0}
		sc := bufio.NewScanner(src)
		k := rnd(4)
		sc.Split(splits[k])
		if rnd(2) == 0 {
			sc.Buffer(make([]byte, rnd(10)), 8+rnd(60))
		}
		logf("%v\n", []any{"round", round, k})
		n := 0
		for sc.Scan() {
			logf("%q\n", sc.Bytes())
			n++
		}
		logf("%v\n", []any{"end", n, sc.Err()})
		endRound(round)
	}
}
