// io.Reader/io.Writer composition: a custom reader producing data in small chunks, a
// rot13 reader wrapper, a counting writer, io.ReadAll and io.EOF handling, io.Copy into a
// bufio.Writer on os.Stdout with an explicit Flush, and a line-numbering writer.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// chunkReader returns at most n bytes per Read call.
type chunkReader struct {
	data  string
	n     int
	calls int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	c.calls++
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	k := c.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(c.data) {
		k = len(c.data)
	}
	copy(p, c.data[:k])
	c.data = c.data[k:]
	return k, nil
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countingWriter struct {
	w            io.Writer
	bytes, calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

type lineNumberer struct {
	w      io.Writer
	line   int
	atBOL  bool
	prefix string
}

func (l *lineNumberer) Write(p []byte) (int, error) {
	for _, b := range p {
		if l.atBOL {
			l.line++
			fmt.Fprintf(l.w, "%s%3d| ", l.prefix, l.line)
			l.atBOL = false
		}
		if _, err := l.w.Write([]byte{b}); err != nil {
			return 0, err
		}
		if b == '\n' {
			l.atBOL = true
		}
	}
	return len(p), nil
}

var errBroken = errors.New("broken pipe (simulated)")

type failingWriter struct{ limit int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.limit {
		n := f.limit
		f.limit = 0
		return n, errBroken
	}
	f.limit -= len(p)
	return len(p), nil
}

func main() {
	cr := &chunkReader{data: "Hello, Reader! This text arrives in pieces.", n: 5}
	all, err := io.ReadAll(cr)
	fmt.Printf("ReadAll: %q err=%v calls=%d\n", all, err, cr.calls)

	cr = &chunkReader{data: "abcdefghij", n: 4}
	buf := make([]byte, 3)
	for {
		n, err := cr.Read(buf)
		fmt.Printf("read n=%d %q err=%v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	secret, _ := io.ReadAll(rot13Reader{strings.NewReader("Gur Tb Cebtenzzvat Ynathntr")})
	fmt.Println(string(secret))

	out := bufio.NewWriterSize(os.Stdout, 64)
	cw := &countingWriter{w: out}
	ln := &lineNumberer{w: cw, atBOL: true, prefix: "> "}
	n, err := io.Copy(ln, &chunkReader{data: "first line\nsecond line\n\nfourth, after a blank\nno newline at end", n: 7})
	fmt.Fprintln(out)
	fmt.Fprintf(out, "copied %d bytes, err=%v, buffered=%d\n", n, err, out.Buffered())
	if err := out.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	fmt.Printf("counting writer saw %d bytes in %d calls, %d lines\n", cw.bytes, cw.calls, ln.line)

	fw := &failingWriter{limit: 10}
	n2, err := io.Copy(fw, strings.NewReader(strings.Repeat("x", 25)))
	fmt.Println("copy to failing writer:", n2, err, errors.Is(err, errBroken))
	n3, err := io.WriteString(os.Stdout, "io.WriteString straight to stdout\n")
	fmt.Println(n3, err)
	var sb strings.Builder
	tee := &countingWriter{w: &sb}
	fmt.Fprintf(tee, "%s=%d;", "a", 1)
	fmt.Fprintf(tee, "%s=%d;", "b", 2)
	fmt.Println(sb.String(), tee.bytes, tee.calls)
	var sr io.Reader = strings.NewReader("")
	z, err := io.ReadAll(sr)
	fmt.Println(len(z), err, z != nil)
	var r io.Reader = rot13Reader{&chunkReader{data: "Uryyb", n: 2}}
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("a rot13Reader is not a Writer")
	}
}
