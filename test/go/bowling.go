// Ten-pin bowling scoring: parsing roll notation (X, /, -, digits), frame-by-frame running
// totals with strike and spare bonuses, the tenth-frame fill balls, validation errors for
// impossible games, and a printed score card.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrInvalid = errors.New("invalid game")

func parse(card string) ([]int, error) {
	var rolls []int
	for i, c := range strings.ReplaceAll(card, " ", "") {
		switch {
		case c == 'X' || c == 'x':
			rolls = append(rolls, 10)
		case c == '/':
			if len(rolls) == 0 {
				return nil, fmt.Errorf("%w: spare at position %d with no previous roll", ErrInvalid, i)
			}
			rolls = append(rolls, 10-rolls[len(rolls)-1])
		case c == '-':
			rolls = append(rolls, 0)
		case c >= '1' && c <= '9':
			rolls = append(rolls, int(c-'0'))
		default:
			return nil, fmt.Errorf("%w: bad symbol %q at %d", ErrInvalid, c, i)
		}
	}
	return rolls, nil
}

// score returns the running total after each frame.
func score(rolls []int) ([]int, error) {
	var totals []int
	total, i := 0, 0
	at := func(k int) (int, error) {
		if k >= len(rolls) {
			return 0, fmt.Errorf("%w: game incomplete in frame %d", ErrInvalid, len(totals)+1)
		}
		return rolls[k], nil
	}
	for frame := 1; frame <= 10; frame++ {
		first, err := at(i)
		if err != nil {
			return totals, err
		}
		if first == 10 {
			b1, err1 := at(i + 1)
			b2, err2 := at(i + 2)
			if err1 != nil || err2 != nil {
				return totals, fmt.Errorf("%w: missing strike bonus in frame %d", ErrInvalid, frame)
			}
			total += 10 + b1 + b2
			i++
		} else {
			second, err := at(i + 1)
			if err != nil {
				return totals, err
			}
			if first+second > 10 {
				return totals, fmt.Errorf("%w: %d+%d pins in frame %d", ErrInvalid, first, second, frame)
			}
			total += first + second
			if first+second == 10 {
				b, err := at(i + 2)
				if err != nil {
					return totals, fmt.Errorf("%w: missing spare bonus in frame %d", ErrInvalid, frame)
				}
				total += b
			}
			i += 2
		}
		totals = append(totals, total)
	}
	extra := len(rolls) - i
	if extra > 2 || (extra > 0 && totals[9]-totals[8] < 10) {
		return totals, fmt.Errorf("%w: %d rolls after the tenth frame", ErrInvalid, extra)
	}
	return totals, nil
}

func main() {
	games := []string{
		"XXXXXXXXXXXX",
		"9-9-9-9-9-9-9-9-9-9-",
		"5/5/5/5/5/5/5/5/5/5/5",
		"X7/9-X-88/-6XXX81",
		"--------------------",
		"X 9/ 8- 7/ X X 6/ 7- X XXX",
		"8/8/8/8/8/8/8/8/8/8/",
		"99-9-9-9-9-9-9-9-9-",
		"XXXXXXXXXX",
		"9-9-9-9-9-9-9-9-9-9-9",
		"/5",
		"X?",
	}
	for _, g := range games {
		rolls, err := parse(g)
		var totals []int
		if err == nil {
			totals, err = score(rolls)
		}
		if err != nil {
			fmt.Printf("%-28s error: %v (invalid=%t)\n", g, err, errors.Is(err, ErrInvalid))
			continue
		}
		fmt.Printf("%-28s %3d  %v\n", g, totals[9], totals)
	}
}
