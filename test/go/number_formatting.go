// Number formatting helpers: thousands separators for ints and floats, human-readable byte
// sizes (SI and IEC), ordinal suffixes, spelled-out English numbers, percentages,
// scientific notation, arbitrary bases, and fixed-width accounting columns.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, ",")
	if neg {
		out = "-" + out
	}
	return out
}

func commasFloat(f float64, prec int) string {
	s := strconv.FormatFloat(math.Abs(f), 'f', prec, 64)
	whole, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.ParseInt(whole, 10, 64)
	out := commas(n)
	if frac != "" {
		out += "." + frac
	}
	if f < 0 {
		out = "-" + out
	}
	return out
}

func humanBytes(n uint64, iec bool) string {
	unit, suffixes := 1000.0, []string{"B", "kB", "MB", "GB", "TB", "PB", "EB"}
	if iec {
		unit, suffixes = 1024, []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"}
	}
	v := float64(n)
	i := 0
	for v >= unit && i < len(suffixes)-1 {
		v /= unit
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%d %s", n, suffixes[0])
	}
	return fmt.Sprintf("%.1f %s", v, suffixes[i])
}

func ordinal(n int) string {
	suffix := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

var small = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
var tens = strings.Fields("_ _ twenty thirty forty fifty sixty seventy eighty ninety")

func words(n int) string {
	switch {
	case n < 0:
		return "minus " + words(-n)
	case n < 20:
		return small[n]
	case n < 100:
		if n%10 == 0 {
			return tens[n/10]
		}
		return tens[n/10] + "-" + small[n%10]
	case n < 1000:
		if n%100 == 0 {
			return small[n/100] + " hundred"
		}
		return small[n/100] + " hundred and " + words(n%100)
	}
	for _, s := range []struct {
		v    int
		name string
	}{{1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}} {
		if n >= s.v {
			rest := ""
			if n%s.v != 0 {
				sep := " "
				if n%s.v < 100 {
					sep = " and "
				}
				rest = sep + words(n%s.v)
			}
			return words(n/s.v) + " " + s.name + rest
		}
	}
	return "?"
}

func main() {
	for _, n := range []int64{0, 7, 999, 1000, -1234, 1234567, -98765432, math.MaxInt64, math.MinInt64 + 1} {
		fmt.Printf("%22d -> %s\n", n, commas(n))
	}
	for _, f := range []float64{0, 1234.5678, -0.5, 1e9 + 0.125, 999999.999} {
		fmt.Printf("%v -> %s | %s\n", f, commasFloat(f, 2), commasFloat(f, 0))
	}
	for _, b := range []uint64{0, 999, 1000, 1023, 1024, 1536, 1 << 20, 5_000_000_000, 1 << 40, math.MaxUint64} {
		fmt.Printf("%20d  %-9s %-9s\n", b, humanBytes(b, false), humanBytes(b, true))
	}
	var ords []string
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000, 1003} {
		ords = append(ords, ordinal(n))
	}
	fmt.Println(strings.Join(ords, " "))
	for _, n := range []int{0, 13, 40, 99, 100, 101, 342, 1000, 1001, 2019, 90210, 1000000, 7654321, -45, 1234567891} {
		fmt.Printf("%d: %s\n", n, words(n))
	}
	for _, p := range []float64{0, 0.005, 0.1234, 0.5, 0.99999, 1, 2.5} {
		fmt.Printf("%6.2f%% %7.1f%% %e %.3E %g\n", p*100, p*100, p, p, p)
	}
	for _, base := range []int{2, 3, 8, 16, 36} {
		fmt.Printf("255 in base %2d = %s, -255 = %s\n", base, strconv.FormatInt(255, base), strconv.FormatInt(-255, base))
	}
	entries := []struct {
		desc string
		amt  float64
	}{{"Opening balance", 1520.5}, {"Rent", -950}, {"Salary", 3200.75}, {"Groceries", -212.3}, {"Refund", 15}}
	total := 0.0
	for _, e := range entries {
		total += e.amt
		s := commasFloat(math.Abs(e.amt), 2)
		if e.amt < 0 {
			s = "(" + s + ")"
		} else {
			s += " "
		}
		fmt.Printf("%-16s %12s\n", e.desc, s)
	}
	fmt.Printf("%-16s %12s\n", "TOTAL", commasFloat(total, 2)+" ")
}
