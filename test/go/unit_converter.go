// A unit converter: units grouped by dimension in nested maps with factors to a base unit,
// affine temperature conversions handled separately, parsing of "12.5 km to mi" queries,
// errors for unknown units and incompatible dimensions, and formatted results.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var factors = map[string]map[string]float64{
	"length": {"m": 1, "km": 1000, "cm": 0.01, "mm": 0.001, "mi": 1609.344, "ft": 0.3048, "in": 0.0254, "yd": 0.9144},
	"mass":   {"kg": 1, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000},
	"time":   {"s": 1, "min": 60, "h": 3600, "day": 86400, "ms": 0.001},
	"volume": {"l": 1, "ml": 0.001, "gal": 3.785411784, "cup": 0.2365882365},
}

var ErrUnknownUnit = errors.New("unknown unit")
var ErrIncompatible = errors.New("incompatible units")

func dimension(u string) (string, error) {
	for dim, units := range factors {
		if _, ok := units[u]; ok {
			return dim, nil
		}
	}
	if u == "C" || u == "F" || u == "K" {
		return "temperature", nil
	}
	return "", fmt.Errorf("%w %q", ErrUnknownUnit, u)
}

func toKelvin(v float64, u string) float64 {
	switch u {
	case "C":
		return v + 273.15
	case "F":
		return (v-32)*5/9 + 273.15
	}
	return v
}

func fromKelvin(k float64, u string) float64 {
	switch u {
	case "C":
		return k - 273.15
	case "F":
		return (k-273.15)*9/5 + 32
	}
	return k
}

func Convert(v float64, from, to string) (float64, error) {
	d1, err := dimension(from)
	if err != nil {
		return 0, err
	}
	d2, err := dimension(to)
	if err != nil {
		return 0, err
	}
	if d1 != d2 {
		return 0, fmt.Errorf("%w: %s (%s) to %s (%s)", ErrIncompatible, from, d1, to, d2)
	}
	if d1 == "temperature" {
		return fromKelvin(toKelvin(v, from), to), nil
	}
	return v * factors[d1][from] / factors[d1][to], nil
}

func query(q string) (string, error) {
	f := strings.Fields(q)
	if len(f) != 4 || f[2] != "to" {
		return "", fmt.Errorf("malformed query %q (want: <value> <unit> to <unit>)", q)
	}
	v, err := strconv.ParseFloat(f[0], 64)
	if err != nil {
		return "", fmt.Errorf("bad value: %w", err)
	}
	r, err := Convert(v, f[1], f[3])
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%g %s = %.6g %s", v, f[1], r, f[3]), nil
}

func main() {
	for _, q := range []string{"1 mi to km", "12.5 km to mi", "6 ft to cm", "100 C to F", "-40 F to C", "0 K to C",
		"1 gal to l", "2 cup to ml", "1 day to min", "1 lb to oz", "5 t to lb", "1 kg to m", "3 parsec to m",
		"ten km to mi", "1 km", "1e3 mm to m", "98.6 F to K"} {
		out, err := query(q)
		if err != nil {
			fmt.Printf("%-14s error: %v (unknown=%t incompatible=%t)\n", q, err, errors.Is(err, ErrUnknownUnit), errors.Is(err, ErrIncompatible))
			continue
		}
		fmt.Printf("%-14s %s\n", q, out)
	}
	dims := make([]string, 0, len(factors))
	for d := range factors {
		dims = append(dims, d)
	}
	sort.Strings(dims)
	for _, d := range dims {
		units := make([]string, 0, len(factors[d]))
		for u := range factors[d] {
			units = append(units, u)
		}
		sort.Slice(units, func(i, j int) bool { return factors[d][units[i]] < factors[d][units[j]] })
		fmt.Printf("%-7s %s\n", d, strings.Join(units, " < "))
	}
	back, _ := Convert(1, "in", "mm")
	round, _ := Convert(back, "mm", "in")
	fmt.Println(back, round, round == 1)
}
