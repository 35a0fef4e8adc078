// Differential workout of bufio.Writer: 300 rounds of random writes (Write, WriteString,
// WriteByte, WriteRune, ReadFrom, Fprintf, Flush) with small buffers into writers that fill up
// (errors, short writes) and with or without WriteString; each round prints a hash of the
// results and of what reached the writer.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

var seed uint64 = 4242

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

type sink struct {
	got    []byte
	writes int
	room   int
	short  bool
}

func (s *sink) Write(p []byte) (int, error) {
	s.writes++
	if len(p) > s.room {
		n := s.room
		s.got = append(s.got, p[:n]...)
		s.room = 0
		if s.short && n > 0 {
			return n, nil
		}
		return n, errors.New("full")
	}
	s.room -= len(p)
	s.got = append(s.got, p...)
	return len(p), nil
}

type strSink struct{ sink }

func (s *strSink) WriteString(str string) (int, error) {
	s.writes += 1000
	return s.Write([]byte(str))
}

type src struct{ s string }

func (r *src) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s[:1+rnd(len(r.s))])
	r.s = r.s[n:]
	return n, nil
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
		var w *bufio.Writer
		var s *sink
		if rnd(2) == 0 {
			ss := &strSink{sink{room: 50 + rnd(400), short: rnd(2) == 0}}
			s = &ss.sink
			w = bufio.NewWriterSize(ss, rnd(40)-3)
		} else {
			s = &sink{room: 50 + rnd(400), short: rnd(2) == 0}
			w = bufio.NewWriterSize(s, rnd(40)-3)
		}
		logf("%v\n", []any{"round", round, w.Size()})
		for step := 0; step < 40; step++ {
			switch rnd(7) {
			case 0:
				n, err := w.WriteString("str" + string(rune('a'+rnd(26))) + "0123456789"[:rnd(10)])
				logf("%v\n", []any{"WriteString", n, err})
			case 1:
				n, err := w.Write([]byte("bytes-------------------------------------"[:rnd(40)]))
				logf("%v\n", []any{"Write", n, err})
			case 2:
				logf("%v\n", []any{"WriteByte", w.WriteByte('B')})
			case 3:
				r := []rune{'x', 'é', '世', '😀', -1}[rnd(5)]
				n, err := w.WriteRune(r)
				logf("%v\n", []any{"WriteRune", n, err})
			case 4:
				logf("%v\n", []any{"Flush", w.Flush(), w.Buffered(), w.Available()})
			case 5:
				n, err := w.ReadFrom(&src{"readfrom data here"[:rnd(18)]})
				logf("%v\n", []any{"ReadFrom", n, err})
			case 6:
				fmt.Fprintf(w, "%d-%s|", step, "fmt")
			}
		}
		logf("%v\n", []any{"Flush", w.Flush()})
		logf("%d %q\n", s.writes, s.got)
		endRound(round)
	}
}
