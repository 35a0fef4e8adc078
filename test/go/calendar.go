// Calendar arithmetic without package time: leap years, day of week by Zeller's and
// Sakamoto's methods, days between dates via day numbers, adding days, ISO-like week
// numbers, and a `cal`-style month printout.
package main

import (
	"fmt"
	"strings"
)

type Date struct{ Y, M, D int }

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}
var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func (d Date) Valid() error {
	if d.M < 1 || d.M > 12 {
		return fmt.Errorf("%v: month %d out of range", d, d.M)
	}
	if d.D < 1 || d.D > daysIn(d.Y, d.M) {
		return fmt.Errorf("%v: day %d out of range (1..%d)", d, d.D, daysIn(d.Y, d.M))
	}
	return nil
}

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D) }

// dayNumber counts days from a fixed epoch (proleptic Gregorian).
func (d Date) dayNumber() int {
	y, m := d.Y, d.M
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.D
}

func fromDayNumber(n int) Date {
	y := (10000*n + 14780) / 3652425
	ddd := n - (365*y + y/4 - y/100 + y/400)
	if ddd < 0 {
		y--
		ddd = n - (365*y + y/4 - y/100 + y/400)
	}
	mi := (100*ddd + 52) / 3060
	mm := (mi+2)%12 + 1
	y += (mi + 2) / 12
	dd := ddd - (mi*306+5)/10 + 1
	return Date{y, mm, dd}
}

// AddDays: fromDayNumber counts from 0 where dayNumber counts from 1.
func (d Date) AddDays(n int) Date { return fromDayNumber(d.dayNumber() + n - 1) }

func zeller(d Date) int {
	y, m := d.Y, d.M
	if m < 3 {
		m += 12
		y--
	}
	k, j := y%100, y/100
	h := (d.D + 13*(m+1)/5 + k + k/4 + j/4 + 5*j) % 7
	return (h + 6) % 7 // 0 = Sunday
}

func sakamoto(d Date) int {
	t := [...]int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	y := d.Y
	if d.M < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[d.M-1] + d.D) % 7
}

func cal(y, m int) string {
	var sb strings.Builder
	title := fmt.Sprintf("%s %d", monthNames[m], y)
	fmt.Fprintf(&sb, "%*s\n", (20+len(title))/2, title)
	sb.WriteString("Su Mo Tu We Th Fr Sa\n")
	start := sakamoto(Date{y, m, 1})
	sb.WriteString(strings.Repeat("   ", start))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Fprintf(&sb, "%2d", d)
		if (start+d)%7 == 0 {
			sb.WriteByte('\n')
		} else if d < daysIn(y, m) {
			sb.WriteByte(' ')
		}
	}
	sb.WriteByte('\n')
	return sb.String()
}

func main() {
	for _, y := range []int{1900, 2000, 2023, 2024, 2100, 2400} {
		fmt.Printf("%d leap=%t feb=%d\n", y, leap(y), daysIn(y, 2))
	}
	dates := []Date{{1969, 7, 20}, {2000, 1, 1}, {2009, 11, 10}, {2012, 3, 1}, {2024, 2, 29}, {1582, 10, 15}, {2038, 1, 19}}
	for _, d := range dates {
		fmt.Printf("%v is a %-9s (zeller %d, sakamoto %d) day#%d\n", d, dayNames[sakamoto(d)], zeller(d), sakamoto(d), d.dayNumber())
	}
	for _, d := range []Date{{2023, 2, 29}, {2023, 13, 1}, {2024, 4, 31}, {2024, 4, 30}} {
		fmt.Println("valid?", d, d.Valid())
	}
	a, b := Date{2009, 11, 10}, Date{2023, 8, 8}
	fmt.Printf("days from %v to %v: %d\n", a, b, b.dayNumber()-a.dayNumber())
	for _, n := range []int{0, 1, 30, 365, 1000, -1, -366, 10000} {
		fmt.Printf("%v %+6d days = %v\n", a, n, a.AddDays(n))
	}
	ok := true
	d := Date{1999, 12, 25}
	for i := 0; i < 2000; i++ {
		next := d.AddDays(1)
		if next.Valid() != nil || next.dayNumber() != d.dayNumber()+1 || zeller(next) != (zeller(d)+1)%7 {
			ok = false
		}
		d = next
	}
	fmt.Println("2000 consecutive days consistent:", ok, "ended at", d)
	fridays := 0
	for y := 2000; y <= 2030; y++ {
		for m := 1; m <= 12; m++ {
			if sakamoto(Date{y, m, 13}) == 5 {
				fridays++
			}
		}
	}
	fmt.Println("Friday the 13ths 2000-2030:", fridays)
	fmt.Print(cal(2024, 2), "\n", cal(2023, 10))
}
