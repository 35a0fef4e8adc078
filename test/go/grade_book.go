// A grade book reading stdin with bufio.Reader.ReadString: weighted averages, letter
// grades with +/- modifiers, validation errors for malformed rows, class statistics
// (mean, median, standard deviation), a histogram, and a ranked report.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type Student struct {
	Name   string
	Scores []float64
	Final  float64
}

var ErrScore = errors.New("invalid score")

func parseRow(line string, n int) (Student, error) {
	// the name is everything before the first field that starts with a digit or '-'
	i := strings.IndexFunc(line, func(r rune) bool { return unicode.IsDigit(r) || r == '-' })
	if i < 0 {
		return Student{}, fmt.Errorf("no scores for %q", strings.TrimSpace(line))
	}
	s := Student{Name: strings.TrimSpace(line[:i])}
	fields := strings.Fields(line[i:])
	if len(fields) != n {
		return s, fmt.Errorf("%s: %d scores, want %d", s.Name, len(fields), n)
	}
	for k, f := range fields {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return s, fmt.Errorf("%s: score %d %q: %w", s.Name, k+1, f, ErrScore)
		}
		if v < 0 || v > 100 {
			return s, fmt.Errorf("%s: score %d = %g out of range: %w", s.Name, k+1, v, ErrScore)
		}
		s.Scores = append(s.Scores, v)
	}
	return s, nil
}

func letter(x float64) string {
	cut := []struct {
		min float64
		g   string
	}{{90, "A"}, {80, "B"}, {70, "C"}, {60, "D"}}
	for _, c := range cut {
		if x >= c.min {
			g := c.g
			switch r := x - c.min; {
			case r >= 7 && g != "A":
				g += "+"
			case r < 3:
				g += "-"
			}
			return g
		}
	}
	return "F"
}

func main() {
	rd := bufio.NewReader(os.Stdin)
	var weights []float64
	var students []Student
	var problems []string
	lineNo := 0
	for {
		line, err := rd.ReadString('\n')
		if line != "" {
			lineNo++
			line = strings.TrimRight(line, "\r\n")
			switch {
			case strings.HasPrefix(line, "#"):
				fmt.Println("comment:", strings.TrimSpace(line[1:]))
			case strings.HasPrefix(line, "weights "):
				for _, f := range strings.Fields(line)[1:] {
					w, _ := strconv.ParseFloat(f, 64)
					weights = append(weights, w/100)
				}
			default:
				s, perr := parseRow(line, len(weights))
				if perr != nil {
					problems = append(problems, fmt.Sprintf("line %d: %v (score error: %t)", lineNo, perr, errors.Is(perr, ErrScore)))
					continue
				}
				for k, v := range s.Scores {
					s.Final += v * weights[k]
				}
				students = append(students, s)
			}
		}
		if err == io.EOF {
			break
		}
	}
	for _, p := range problems {
		fmt.Println(p)
	}
	sort.Slice(students, func(i, j int) bool {
		if students[i].Final != students[j].Final {
			return students[i].Final > students[j].Final
		}
		return students[i].Name < students[j].Name
	})
	fmt.Printf("%-4s %-18s %6s %-3s %s\n", "rank", "name", "final", "gr", "scores")
	for i, s := range students {
		fmt.Printf("%-4d %-18s %6.2f %-3s %v\n", i+1, s.Name, s.Final, letter(s.Final), s.Scores)
	}
	n := float64(len(students))
	var sum, sq float64
	finals := make([]float64, 0, len(students))
	for _, s := range students {
		sum += s.Final
		finals = append(finals, s.Final)
	}
	mean := sum / n
	for _, f := range finals {
		sq += (f - mean) * (f - mean)
	}
	sort.Float64s(finals)
	median := finals[len(finals)/2]
	if len(finals)%2 == 0 {
		median = (finals[len(finals)/2-1] + finals[len(finals)/2]) / 2
	}
	fmt.Printf("n=%d mean=%.3f median=%.3f stddev=%.3f min=%.2f max=%.2f\n", len(students), mean, median, math.Sqrt(sq/n), finals[0], finals[len(finals)-1])
	hist := map[string]int{}
	for _, s := range students {
		hist[letter(s.Final)[:1]]++
	}
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s %-10s %d\n", g, strings.Repeat("#", hist[g]), hist[g])
	}
	for k := range weights {
		best, who := -1.0, ""
		for _, s := range students {
			if s.Scores[k] > best {
				best, who = s.Scores[k], s.Name
			}
		}
		fmt.Printf("component %d (weight %2.0f%%): best %g by %s\n", k+1, weights[k]*100, best, who)
	}
}
