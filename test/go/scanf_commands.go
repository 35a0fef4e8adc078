// A line-oriented command interpreter for a small warehouse: bufio.Scanner reads standard
// input a line at a time and each command's arguments are parsed with fmt.Sscanf (formats
// with literals, widths, %q, %x, %t, %c and %%), fmt.Sscan and fmt.Sscanln, whose errors
// are printed verbatim. State: items with quantity and price, named colours, dated events,
// and settings; "report" prints everything sorted.
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

type item struct {
	qty   int
	price float64
	note  string
}

type colour struct{ r, g, b uint8 }

// Celsius scans itself: a number with an optional C or F suffix (converted).
type Celsius float64

func (c *Celsius) Scan(state fmt.ScanState, verb rune) error {
	var f float64
	if _, err := fmt.Fscan(state, &f); err != nil {
		return err
	}
	r, _, err := state.ReadRune()
	switch {
	case err == io.EOF:
	case err != nil:
		return err
	case r == 'F':
		f = (f - 32) * 5 / 9
	case r == 'C':
	default:
		state.UnreadRune()
		return fmt.Errorf("bad temperature unit %q", r)
	}
	*c = Celsius(f)
	return nil
}

type store struct {
	items    map[string]*item
	colours  map[string]colour
	events   []string
	settings map[string]string
	temps    []Celsius
}

var errUnknown = errors.New("unknown command")

func (s *store) exec(line string) error {
	verb, rest, _ := strings.Cut(line, " ")
	switch verb {
	case "add":
		var name string
		var qty int
		var price float64
		n, err := fmt.Sscanf(rest, "%s %d @ %f", &name, &qty, &price)
		if err != nil {
			return fmt.Errorf("add: %d of 3 parsed: %w", n, err)
		}
		it := s.items[name]
		if it == nil {
			it = &item{}
			s.items[name] = it
		}
		it.qty += qty
		it.price = price
		fmt.Printf("added %d %s at %.2f (now %d)\n", qty, name, price, it.qty)
	case "take":
		var name string
		var qty uint16
		if _, err := fmt.Sscanln(rest, &name, &qty); err != nil {
			return fmt.Errorf("take: %w", err)
		}
		it := s.items[name]
		if it == nil || it.qty < int(qty) {
			return fmt.Errorf("take: not enough %s", name)
		}
		it.qty -= int(qty)
		fmt.Printf("took %d %s\n", qty, name)
	case "note":
		var name, text string
		if _, err := fmt.Sscanf(rest, "%s %q", &name, &text); err != nil {
			return fmt.Errorf("note: %w", err)
		}
		if it := s.items[name]; it != nil {
			it.note = text
		}
		fmt.Printf("note on %s: %s\n", name, text)
	case "colour":
		var name string
		var c colour
		if _, err := fmt.Sscanf(rest, "%s #%2x%2x%2x", &name, &c.r, &c.g, &c.b); err != nil {
			return fmt.Errorf("colour: %w", err)
		}
		s.colours[name] = c
		fmt.Printf("colour %s = rgb(%d, %d, %d)\n", name, c.r, c.g, c.b)
	case "event":
		var y, m, d int
		var what string
		if _, err := fmt.Sscanf(rest, "%4d-%2d-%2d %s", &y, &m, &d, &what); err != nil {
			return fmt.Errorf("event: %w", err)
		}
		s.events = append(s.events, fmt.Sprintf("%04d-%02d-%02d %s", y, m, d, what))
	case "set":
		var key string
		var on bool
		var level rune
		if _, err := fmt.Sscanf(rest, "%s %t %c", &key, &on, &level); err != nil {
			return fmt.Errorf("set: %w", err)
		}
		s.settings[key] = fmt.Sprintf("%v/%c", on, level)
	case "discount":
		var pct int
		if _, err := fmt.Sscanf(rest, "%d%%", &pct); err != nil {
			return fmt.Errorf("discount: %w", err)
		}
		for _, it := range s.items {
			it.price = it.price * float64(100-pct) / 100
		}
		fmt.Printf("%d%% off everything\n", pct)
	case "sum":
		var total float64
		var count int
		r := strings.NewReader(rest)
		for {
			var x float64
			_, err := fmt.Fscan(r, &x)
			if err == io.EOF {
				break
			}
			if err != nil {
				return fmt.Errorf("sum: after %d numbers: %w", count, err)
			}
			total += x
			count++
		}
		fmt.Printf("sum of %d = %g\n", count, total)
	case "temp":
		var c Celsius
		if _, err := fmt.Sscan(rest, &c); err != nil {
			return fmt.Errorf("temp: %w", err)
		}
		s.temps = append(s.temps, c)
		fmt.Printf("temp %.1fC\n", float64(c))
	case "int":
		var i8 int8
		var u uint32
		n, err := fmt.Sscan(rest, &i8, &u)
		fmt.Println("int:", n, err, i8, u)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Println("  strconv says", ne.Func, ne.Num, ne.Err)
		}
	default:
		return fmt.Errorf("%q: %w", verb, errUnknown)
	}
	return nil
}

func (s *store) report() {
	names := make([]string, 0, len(s.items))
	for n := range s.items {
		names = append(names, n)
	}
	sort.Strings(names)
	value := 0.0
	for _, n := range names {
		it := s.items[n]
		value += float64(it.qty) * it.price
		fmt.Printf("  %-8s %4d x %8.2f %q\n", n, it.qty, it.price, it.note)
	}
	fmt.Printf("  stock value %.2f\n", value)
	cs := make([]string, 0, len(s.colours))
	for n, c := range s.colours {
		cs = append(cs, fmt.Sprintf("%s=%02x%02x%02x", n, c.r, c.g, c.b))
	}
	sort.Strings(cs)
	fmt.Println("  colours", cs)
	sort.Strings(s.events)
	fmt.Println("  events", s.events)
	keys := make([]string, 0, len(s.settings))
	for k := range s.settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %s\n", k, s.settings[k])
	}
	fmt.Printf("  temps %.2f\n", s.temps)
}

func main() {
	s := &store{items: map[string]*item{}, colours: map[string]colour{}, settings: map[string]string{}}
	sc := bufio.NewScanner(os.Stdin)
	lineNo, failures := 0, 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if line == "report" {
			fmt.Printf("report after line %d:\n", lineNo)
			s.report()
			continue
		}
		if err := s.exec(line); err != nil {
			failures++
			fmt.Printf("line %d: %v (unknown=%v)\n", lineNo, err, errors.Is(err, errUnknown))
		}
	}
	fmt.Println(lineNo, "lines,", failures, "failures")
}
