// Differential workout of bufio.Reader: 300 rounds of pseudo-random operations (ReadByte,
// UnreadByte, ReadRune, UnreadRune, Peek, Discard, ReadSlice, ReadLine, Read, ReadString,
// ReadBytes, Buffered) over a reader that returns random chunk sizes, empty reads and data
// with io.EOF; each round prints a hash of everything the operations returned.
package main

import (
	"bufio"
	"fmt"
	"io"
)

var seed uint64 = 12345

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

type chunky struct {
	data  []byte
	calls int
}

func (c *chunky) Read(p []byte) (int, error) {
	c.calls++
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	if rnd(7) == 0 {
		return 0, nil
	}
	n := 1 + rnd(20)
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	if len(c.data) == 0 && rnd(2) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func genData() []byte {
	alphabet := []string{"a", "b", "\n", "\r\n", "é", "世", "😀", "\xff", "\xe4\xb8", " ", "\t", ";"}
	var b []byte
	n := rnd(300)
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
	for round := 0; round < 300; round++ {
		src := &chunky{data: genData()}
		r := bufio.NewReaderSize(src, 16+rnd(20))
		logf("%v\n", []any{"round", round, r.Size()})
		for step := 0; step < 60; step++ {
			switch rnd(12) {
			case 0:
				c, err := r.ReadByte()
				logf("%v\n", []any{"ReadByte", c, err})
			case 1:
				logf("%v\n", []any{"UnreadByte", r.UnreadByte()})
			case 2:
				c, s, err := r.ReadRune()
				logf("%v\n", []any{"ReadRune", c, s, err})
			case 3:
				logf("%v\n", []any{"UnreadRune", r.UnreadRune()})
			case 4:
				b, err := r.Peek(rnd(40) - 2)
				logf("Peek %q %v\n", b, err)
			case 5:
				n, err := r.Discard(rnd(30) - 2)
				logf("%v\n", []any{"Discard", n, err})
			case 6:
				b, err := r.ReadSlice(';')
				logf("ReadSlice %q %v\n", b, err)
			case 7:
				l, p, err := r.ReadLine()
				logf("ReadLine %q %v %v\n", l, p, err)
			case 8:
				p := make([]byte, rnd(50))
				n, err := r.Read(p)
				logf("Read %q %v\n", p[:n], err)
			case 9:
				s, err := r.ReadString('\n')
				logf("ReadString %q %v\n", s, err)
			case 10:
				b, err := r.ReadBytes('b')
				logf("ReadBytes %q %v\n", b, err)
			case 11:
				logf("%v\n", []any{"Buffered", r.Buffered()})
			}
		}
		logf("%v\n", []any{"calls", src.calls})
		endRound(round)
	}
}
