// A CSV-ish parser reading stdin: quoted fields with embedded commas, doubled quotes and
// newlines, per-record validation errors with line numbers, and aggregation reports.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrQuote = errors.New("unterminated quoted field")
var ErrFieldCount = errors.New("wrong number of fields")

type Reader struct {
	r    *bufio.Reader
	line int
}

// Read returns the next record, the line it started on, and io.EOF at the end.
func (rd *Reader) Read() ([]string, int, error) {
	line, err := rd.r.ReadString('\n')
	if err == io.EOF && line == "" {
		return nil, 0, io.EOF
	}
	rd.line++
	start := rd.line
	var fields []string
	var field strings.Builder
	inQuotes := false
	for {
		for i := 0; i < len(line); i++ {
			c := line[i]
			switch {
			case inQuotes && c == '"' && i+1 < len(line) && line[i+1] == '"':
				field.WriteByte('"')
				i++
			case c == '"' && (inQuotes || field.Len() == 0):
				inQuotes = !inQuotes
			case !inQuotes && c == ',':
				fields = append(fields, field.String())
				field.Reset()
			case !inQuotes && (c == '\n' || c == '\r'):
			default:
				field.WriteByte(c)
			}
		}
		if !inQuotes {
			break
		}
		next, err := rd.r.ReadString('\n')
		if next == "" && err != nil {
			return nil, start, &ParseError{start, ErrQuote}
		}
		rd.line++
		line = next
	}
	return append(fields, field.String()), start, nil
}

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
	Note            string
}

func main() {
	rd := &Reader{r: bufio.NewReader(os.Stdin)}
	header, _, err := rd.Read()
	if err != nil {
		fmt.Println("no header:", err)
		os.Exit(1)
	}
	fmt.Printf("columns (%d): %q\n", len(header), header)
	var sales []Sale
	var problems []error
	for {
		rec, line, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			problems = append(problems, err)
			break
		}
		if len(rec) != len(header) {
			problems = append(problems, &ParseError{line, fmt.Errorf("%w: got %d, want %d", ErrFieldCount, len(rec), len(header))})
			continue
		}
		units, err := strconv.Atoi(rec[3])
		if err != nil {
			problems = append(problems, &ParseError{line, err})
			continue
		}
		price, err := strconv.ParseFloat(rec[4], 64)
		if err != nil {
			problems = append(problems, &ParseError{line, err})
			continue
		}
		sales = append(sales, Sale{rec[1], rec[2], units, price, strings.TrimSpace(rec[5])})
		fmt.Printf("line %2d: %-6s %-9s %3d x %6.2f = %8.2f  note=%q\n", line, rec[1], rec[2], units, price, float64(units)*price, rec[5])
	}
	fmt.Println("problems:")
	for _, p := range problems {
		var ne *strconv.NumError
		fmt.Printf("  %v (quote=%t count=%t num=%t)\n", p, errors.Is(p, ErrQuote), errors.Is(p, ErrFieldCount), errors.As(p, &ne))
	}
	byRegion := map[string]float64{}
	units := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += float64(s.Units) * s.Price
		units[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	total := 0.0
	fmt.Println("revenue by region:")
	for _, r := range regions {
		fmt.Printf("  %-6s %9.2f\n", r, byRegion[r])
		total += byRegion[r]
	}
	fmt.Printf("  %-6s %9.2f\n", "TOTAL", total)
	fmt.Println("units by product:", units)
	withNotes := 0
	for _, s := range sales {
		if s.Note != "" {
			withNotes++
		}
	}
	fmt.Printf("%d sales, %d with notes, avg revenue %.3f\n", len(sales), withNotes, total/float64(len(sales)))
}
