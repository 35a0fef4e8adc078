# lit_tests.py: the lit tests gen_lit_tests.py writes: name (time/file), doc (the file's first
# comment: the one behaviour it checks), body (main's statements), optional decls (top-level
# declarations), env (the environment of the run, `env` arguments; default TZ=UTC), panic (the
# expected panic message: exit status 2), and, for what Go 1.19 lacks, want (the expected
# output, by hand) and since (the Go version).


def T(name, doc, body, **kw):
    d = {"name": name, "doc": doc, "body": body}
    d.update(kw)
    return d


DURATION = [
    T("time/duration_string_small", "Duration.String below one second uses ns, µs (U+00B5) or ms with the fraction's trailing zeros dropped.", r'''
for _, d := range []time.Duration{0, 1, 9, 999, 1000, 1001, 1500, 999999, 1000000, 1234567, 999999999} {
	fmt.Println(int64(d), d.String())
}
'''),
    T("time/duration_string_large", "Duration.String from one second up: h, m and s with a trimmed fraction of seconds; the extremes.", r'''
for _, d := range []time.Duration{time.Second, 1500 * time.Millisecond, 59*time.Second + 999999999, time.Minute, time.Minute + time.Nanosecond,
	time.Hour, time.Hour + 2*time.Minute + 3500*time.Millisecond, 100 * time.Hour, 25*time.Hour + 30*time.Second, 1<<63 - 1, -1 << 63} {
	fmt.Println(d)
}
'''),
    T("time/duration_string_negative", "Negative Durations print with a leading minus in every unit.", r'''
for _, d := range []time.Duration{-1, -1500, -2500000, -time.Second, -90 * time.Minute, -(time.Hour + 1)} {
	fmt.Println(d)
}
'''),
    T("time/duration_printf", "fmt verbs on a Duration: %v and %s use String, %d and %x the integer, %q quotes String.", r'''
d := 90 * time.Second
fmt.Printf("%v %s %d %x %q %8v|%-8v|\n", d, d, d, d, d, d, d)
fmt.Println(d, []time.Duration{time.Millisecond, 2 * time.Hour})
fmt.Println(fmt.Sprint(time.Microsecond) + "!")
'''),
    T("time/duration_integer_units", "Nanoseconds, Microseconds and Milliseconds truncate toward zero.", r'''
for _, d := range []time.Duration{1, 1999, 1999999, -1999999, 3*time.Hour + 7, -1 << 63} {
	fmt.Println(d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
}
'''),
    T("time/duration_float_units", "Seconds, Minutes and Hours are float64 computed from the integer and fractional parts.", r'''
for _, d := range []time.Duration{1, 1500 * time.Millisecond, 90 * time.Minute, -45 * time.Second, 1<<63 - 1} {
	fmt.Println(d.Seconds(), d.Minutes(), d.Hours())
}
'''),
    T("time/duration_truncate", "Duration.Truncate rounds toward zero to a multiple; m <= 0 leaves d alone.", r'''
d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
	fmt.Println(m, d.Truncate(m), (-d).Truncate(m))
}
'''),
    T("time/duration_round", "Duration.Round rounds halfway away from zero and saturates instead of overflowing.", r'''
d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
for _, m := range []time.Duration{0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour} {
	fmt.Println(m, d.Round(m), (-d).Round(m))
}
fmt.Println(time.Duration(15).Round(10), time.Duration(-15).Round(10), time.Duration(14).Round(10), time.Duration(-14).Round(10))
var max time.Duration = 1<<63 - 1
fmt.Println(max.Round(time.Hour), (-max - 1).Round(time.Hour), max.Round(2), (max - 1).Round(2))
'''),
    T("time/duration_abs", "Duration.Abs; the minimum Duration becomes the maximum.", r'''
for _, d := range []time.Duration{0, 5, -5, -time.Hour, 1<<63 - 1, -1<<63 + 1, -1 << 63} {
	fmt.Println(d.Abs())
}
'''),
    T("time/duration_constants", "The unit constants and Duration arithmetic with them.", r'''
fmt.Println(int64(time.Nanosecond), int64(time.Microsecond), int64(time.Millisecond), int64(time.Second), int64(time.Minute), int64(time.Hour))
seconds := 10
fmt.Println(time.Duration(seconds)*time.Second, time.Hour/time.Millisecond, time.Hour%(7*time.Minute), 3*time.Hour/2)
'''),
    T("time/parse_duration", "ParseDuration accepts signed sequences of decimal numbers with fractions and units (us, µs, μs).", r'''
for _, s := range []string{"0", "+0", "-0", "5s", "30s", "1478s", "-5s", "+5s", "-0s", "5.0s", "5.6s", "5.s", ".5s", "1.0s", "1.00s", "1.004s", "1.0040s", "100.00100s",
	"10ns", "11us", "12µs", "12μs", "13ms", "14s", "15m", "16h", "3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns", "39h9m14.425s",
	"52763797000ns", "0.3333333333333333333h", "9007199254740993ns", "9223372036854775807ns", "-9223372036854775808ns",
	"9223372036854775.807us", "9223372036854.775807ms", "2562047h47m16.854775807s", "0.100000000000000000000h", "0.830103483285477580700h"} {
	d, err := time.ParseDuration(s)
	fmt.Println(s, int64(d), d, err)
}
'''),
    T("time/parse_duration_errors", "ParseDuration's errors: invalid, missing unit, unknown unit (quoted as Go quotes them), overflow.", r'''
for _, s := range []string{"", "3", "-", "s", ".", "-.", ".s", "+.s", "1d", "1.5x", "3000000h", "9223372036854775808ns", "9223372036854775.808us",
	"9223372036854ms775us808ns", "-9223372036854775809ns", "1h-2m", "12 s", "1e3s", "1\x80s", "1µ", "\"1\"s", "0x10s"} {
	d, err := time.ParseDuration(s)
	fmt.Println(int64(d), err)
}
'''),
]

MONTH = [
    T("time/month_string", "Month.String names the twelve months; others print as %!Month(n), n as an unsigned number.", r'''
for m := time.Month(0); m <= 13; m++ {
	fmt.Println(int(m), m)
}
fmt.Println(time.Month(-1), time.Month(100))
'''),
    T("time/weekday_string", "Weekday.String names the seven days; others print as %!Weekday(n).", r'''
for d := time.Weekday(-1); d <= 7; d++ {
	fmt.Println(d.String())
}
fmt.Printf("%d %v %s %q\n", time.Saturday, time.Saturday, time.Sunday, time.Monday)
'''),
    T("time/month_constants", "The Month and Weekday constants are numbered as in Go; %d prints the number.", r'''
fmt.Println(int(time.January), int(time.December), int(time.Sunday), int(time.Saturday))
fmt.Printf("%d %v %d %v\n", time.March, time.March, time.Wednesday, time.Wednesday)
m := time.October
m++
fmt.Println(m, m+2)
'''),
]

TIME = [
    T("time/zero_value", "The zero Time is January 1, year 1, 00:00:00 UTC: IsZero, its fields and String.", r'''
var t time.Time
fmt.Println(t, t.IsZero(), t.Location())
fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Unix())
fmt.Println(t.Add(1).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) == t)
'''),
    T("time/date_fields", "Year, Month, Day, Hour, Minute, Second, Nanosecond, YearDay, Weekday, Date and Clock of several dates.", r'''
for _, t := range []time.Time{
	time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
	time.Date(2000, time.February, 29, 12, 0, 0, 0, time.UTC),
	time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC),
	time.Date(1969, time.December, 31, 23, 59, 59, 999999999, time.UTC),
	time.Date(2024, time.December, 31, 1, 2, 3, 4, time.UTC),
	time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC),
	time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
	time.Date(-44, time.March, 15, 11, 0, 0, 0, time.UTC),
	time.Date(9999, time.December, 31, 23, 59, 59, 0, time.UTC),
	time.Date(292277026, time.June, 1, 0, 0, 0, 0, time.UTC),
} {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.YearDay(), t.Weekday(), y, m, d, h, mi, s)
}
'''),
    T("time/date_normalize", "Date normalizes out-of-range months, days, hours, minutes, seconds and nanoseconds.", r'''
fmt.Println(time.Date(2011, time.October, 32, 0, 0, 0, 0, time.UTC))
fmt.Println(time.Date(2011, 13, 1, 0, 0, 0, 0, time.UTC))
fmt.Println(time.Date(2011, 0, 1, 0, 0, 0, 0, time.UTC))
fmt.Println(time.Date(2011, -13, 1, 0, 0, 0, 0, time.UTC))
fmt.Println(time.Date(2012, time.February, 30, 0, 0, 0, 0, time.UTC))
fmt.Println(time.Date(2011, time.March, 0, 0, 0, 0, 0, time.UTC))
fmt.Println(time.Date(2011, time.January, 1, 25, 61, 61, 1000000001, time.UTC))
fmt.Println(time.Date(2011, time.January, 1, -1, -1, -1, -1, time.UTC))
fmt.Println(time.Date(2011, time.January, -365, 0, 0, 0, 0, time.UTC))
fmt.Println(time.Date(2000, time.January, 1, 0, 0, 0, -1, time.UTC))
'''),
    T("time/date_nil_location_panics", "Date panics when the location is nil.", r'''
fmt.Println("before")
time.Date(2000, 1, 1, 0, 0, 0, 0, nil)
fmt.Println("after")
''', panic="time: missing Location in call to Date"),
    T("time/in_nil_location_panics", "Time.In panics when the location is nil.", r'''
t := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
fmt.Println(t.In(time.UTC))
fmt.Println(t.In(nil))
''', panic="time: missing Location in call to Time.In"),
    T("time/unix_constructors", "Unix normalizes nsec outside [0, 1e9); UnixMilli and UnixMicro; all are in Local.", r'''
for _, t := range []time.Time{
	time.Unix(0, 0), time.Unix(1234567890, 0), time.Unix(-1, 0), time.Unix(0, -1), time.Unix(0, 1e9), time.Unix(5, -1500000000), time.Unix(-5, 3e9+7),
	time.UnixMilli(1136239445123), time.UnixMilli(-1), time.UnixMicro(1136239445123456), time.UnixMicro(-1),
} {
	fmt.Println(t, t.UTC(), t.Location())
}
'''),
    T("time/unix_methods", "Unix, UnixMilli, UnixMicro and UnixNano of times before and after 1970, in any location.", r'''
for _, t := range []time.Time{
	time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
	time.Date(2006, 1, 2, 15, 4, 5, 999999999, time.FixedZone("MST", -7*3600)),
	time.Date(1969, 12, 31, 23, 59, 59, 1, time.UTC),
	time.Date(1600, 6, 1, 0, 0, 0, 0, time.UTC),
	time.Date(2262, 4, 11, 23, 47, 16, 854775807, time.UTC),
} {
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
}
'''),
    T("time/add", "Time.Add carries and borrows nanoseconds into seconds, and keeps the location.", r'''
t := time.Date(2009, time.November, 10, 23, 0, 0, 999999999, time.UTC)
for _, d := range []time.Duration{0, 1, -1, time.Second, -time.Second - 1, 72 * time.Hour, -(1<<63 - 1), 1<<63 - 1} {
	fmt.Println(t.Add(d))
}
z := time.FixedZone("Z7", 7*3600)
fmt.Println(t.In(z).Add(30 * time.Minute))
'''),
    T("time/sub", "Time.Sub, saturating at the minimum and maximum Durations.", r'''
a := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
b := time.Date(2009, time.November, 11, 1, 30, 0, 500, time.FixedZone("X", 3600))
fmt.Println(b.Sub(a), a.Sub(b), a.Sub(a))
fmt.Println(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC).Sub(a), a.Sub(time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC)))
fmt.Println(time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)))
var zero time.Time
fmt.Println(a.Sub(zero), zero.Sub(a))
'''),
    T("time/add_date", "AddDate adds years, months and days and normalizes like Date (Jan 31 + 1 month is in March).", r'''
t := time.Date(2011, time.January, 31, 10, 20, 30, 40, time.UTC)
fmt.Println(t.AddDate(0, 1, 0))
fmt.Println(t.AddDate(1, 1, 0))
fmt.Println(t.AddDate(-1, 2, 3))
fmt.Println(t.AddDate(0, 0, -31))
fmt.Println(t.AddDate(0, -13, 0))
fmt.Println(t.AddDate(100, 0, 365))
fmt.Println(time.Date(2012, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
fmt.Println(t.In(time.FixedZone("W", -5*3600)).AddDate(0, 0, 1))
'''),
    T("time/compare", "Before, After and Equal compare instants, across locations; == compares the representation.", r'''
a := time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
b := time.Date(2000, 1, 1, 14, 0, 0, 0, time.FixedZone("P2", 2*3600))
c := a.Add(1)
fmt.Println(a.Before(b), a.After(b), a.Equal(b), a == b)
fmt.Println(a.Before(c), c.After(a), c.Before(a), a.After(c), a.Equal(c))
fmt.Println(a == a.UTC(), b.UTC() == a, b.In(time.UTC) == a)
var z time.Time
fmt.Println(z.Before(a), a.After(z), z.Equal(time.Time{}))
'''),
    T("time/truncate_round", "Time.Truncate and Time.Round work on the absolute time since the zero time, halfway rounding up.", r'''
t := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
for _, d := range []time.Duration{0, -1, time.Nanosecond, 3, time.Microsecond, time.Millisecond, 250 * time.Millisecond, time.Second, 2 * time.Second, 7 * time.Second,
	time.Minute, 10 * time.Minute, time.Hour, 5 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 1500 * time.Millisecond, 7*time.Second + 3, 1<<63 - 1} {
	fmt.Println(d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
}
'''),
    T("time/truncate_round_before_year_one", "Truncate and Round of times before the zero time (negative internal seconds).", r'''
t := time.Date(-1, 6, 15, 10, 30, 45, 500000000, time.UTC)
for _, d := range []time.Duration{time.Nanosecond, 3, time.Second, time.Minute, time.Hour, 24 * time.Hour, 7*time.Second + 3, time.Second / 2} {
	fmt.Println(d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
}
fmt.Println(time.Date(0, 12, 31, 23, 59, 59, 999999999, time.UTC).Round(time.Second))
'''),
    T("time/locations", "UTC, In, Local and Location: the location changes only the presentation.", r'''
t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
z := time.FixedZone("NST", -(3*3600 + 30*60))
fmt.Println(t.In(z), t.In(z).Location(), t.In(z).UTC(), t.In(z).Unix() == t.Unix())
fmt.Println(t.Location(), t.Location() == time.UTC, t.In(time.UTC).Location() == time.UTC)
fmt.Println(t.Local().Location() == time.Local, time.Local.String(), time.UTC.String(), t.Local())
var nilLoc *time.Location
fmt.Println(nilLoc.String(), time.Time{}.Location())
'''),
    T("time/fixed_zone", "FixedZone: a name and an offset, including seconds and an empty name (Format then prints the offset).", r'''
t := time.Date(2006, 1, 2, 15, 4, 5, 0, time.UTC)
for _, z := range []*time.Location{time.FixedZone("MST", -7*3600), time.FixedZone("", 5*3600+30*60), time.FixedZone("", -(3*3600 + 30*60 + 15)), time.FixedZone("ODD", 45), time.FixedZone("UTC", 0), time.FixedZone("", 0)} {
	u := t.In(z)
	name, off := u.Zone()
	fmt.Printf("%q %d %v | %s\n", name, off, u, z)
}
'''),
    T("time/zone_isdst", "Zone names the zone in effect and its offset; IsDST is false for fixed zones.", r'''
t := time.Date(2020, 7, 1, 0, 0, 0, 0, time.UTC)
fmt.Println(t.Zone())
fmt.Println(t.IsDST(), t.In(time.FixedZone("CEST", 7200)).IsDST())
fmt.Println(t.In(time.FixedZone("CEST", 7200)).Zone())
var z time.Time
fmt.Println(z.Zone())
'''),
    T("time/isoweek", "ISOWeek: ISO 8601 year and week, the first days of January may be in the previous year's last week.", r'''
for _, d := range [][3]int{{1981, 1, 1}, {1982, 1, 1}, {1983, 1, 1}, {1984, 1, 1}, {1985, 1, 1}, {1986, 1, 1}, {1987, 1, 1}, {1988, 1, 1}, {1989, 1, 1},
	{2000, 1, 1}, {2004, 12, 31}, {2005, 1, 2}, {2008, 12, 29}, {2009, 12, 31}, {2010, 1, 3}, {2020, 12, 31}, {2021, 1, 4}, {2024, 6, 15}} {
	y, w := time.Date(d[0], time.Month(d[1]), d[2], 12, 0, 0, 0, time.UTC).ISOWeek()
	fmt.Println(d, y, w)
}
'''),
    T("time/gostring", "%#v of a Time is GoString: a time.Date call naming the location.", r'''
t := time.Date(2009, time.November, 10, 23, 4, 5, 6, time.UTC)
fmt.Printf("%#v\n", t)
fmt.Println(t.GoString())
fmt.Println(t.In(time.FixedZone("Plus \"1\"", 3600)).GoString())
fmt.Println(t.Local().GoString())
fmt.Println(time.Time{}.GoString())
'''),
    T("time/string_method", "Time.String: the layout 2006-01-02 15:04:05.999999999 -0700 MST, fraction trimmed; fmt uses it.", r'''
for _, ns := range []int{0, 1, 100, 120000000, 999999999} {
	t := time.Date(2017, 3, 4, 5, 6, 7, ns, time.FixedZone("ABC", -90*60))
	fmt.Println(t.String())
}
t := time.Date(2017, 3, 4, 5, 6, 7, 8, time.UTC)
fmt.Printf("%v|%s|%q|%20.7s|\n", t, t, t, t)
fmt.Println([]time.Time{t, t.Add(time.Hour)})
'''),
    T("time/now_properties", "Now is in Local, after a fixed date, and carries a monotonic reading that String shows as m=+...; UTC, Local, In, Round(0) and Truncate strip it.", r'''
now := time.Now()
fmt.Println(now.Year() >= 2024, now.After(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)), now.Location() == time.Local)
fmt.Println(strings.Contains(now.String(), " m=+"), strings.Contains(now.Add(time.Hour).String(), " m=+"))
for _, u := range []time.Time{now.UTC(), now.Local(), now.In(time.UTC), now.Round(0), now.Truncate(time.Second), now.AddDate(0, 0, 1)} {
	fmt.Println(strings.Contains(u.String(), "m="), u.Equal(now) || !u.Equal(now))
}
fmt.Println(now.Equal(now.Round(0)), now == now.Round(0), now.Round(0) == now.Round(0))
'''),
    T("time/since_until", "Since and Until: elapsed time is never negative on the monotonic clock; wall-clock arguments work too.", r'''
start := time.Now()
sum := 0
for i := 0; i < 100000; i++ {
	sum += i
}
fmt.Println(sum, time.Since(start) >= 0, time.Until(start) <= 0, time.Now().Sub(start) >= 0, !time.Now().Before(start))
fmt.Println(time.Since(time.Unix(0, 0)) > 50*365*24*time.Hour, time.Until(time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC)) > 0)
fmt.Println(time.Since(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)) > 0, time.Until(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) < 0)
'''),
    T("time/monotonic_arithmetic", "Add moves the monotonic reading with the wall clock: Sub, Equal and Before of Now-derived times are exact.", r'''
now := time.Now()
later := now.Add(90 * time.Minute)
fmt.Println(later.Sub(now), now.Sub(later), later.After(now), now.Before(later), later.Add(-90*time.Minute).Equal(now))
fmt.Println(later.Add(-90*time.Minute) == now, later.Round(0).Sub(now.Round(0)))
'''),
    T("time/extreme_years", "Dates far from the present: negative years, year 0, five-digit years.", r'''
for _, y := range []int{-1000000, -4713, -1, 0, 1, 1582, 10000, 12345, 1000000} {
	t := time.Date(y, time.July, 4, 1, 2, 3, 0, time.UTC)
	fmt.Println(t, t.Weekday(), t.YearDay(), t.Format("06 2006 Jan _2"))
}
'''),
    T("time/fmt_integration", "fmt prints Time, Duration and Month fields of structs through their String methods (unexported ones as numbers), %T names the types, Times are map keys.", r'''
e := event{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), 1500 * time.Millisecond, time.May}
fmt.Printf("%v\n%+v\n", e, e)
fmt.Printf("%T %T %T %T %T\n", e.At, e.Took, e.m, time.UTC, time.Sunday)
m := map[time.Time]int{e.At: 1}
fmt.Println(m[time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)], len(m))
var err error = &time.ParseError{Layout: "a", Value: "b", Message: ": x"}
fmt.Println(err)
fmt.Printf("%v %d %v\n", []time.Month{1, 2}, []time.Weekday{3}, map[time.Weekday]bool{time.Friday: true})
''', decls='''
type event struct {
	At   time.Time
	Took time.Duration
	m    time.Month
}
'''),
]

DATES = r'''
var dates = []time.Time{
	time.Date(2006, time.January, 2, 15, 4, 5, 999999999, time.FixedZone("MST", -7*3600)),
	time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
	time.Date(2000, time.February, 29, 0, 5, 9, 123456000, time.FixedZone("IST", 5*3600+30*60)),
	time.Date(1999, time.December, 31, 12, 59, 59, 100, time.FixedZone("", -(9*3600 + 30*60 + 15))),
	time.Date(2024, time.July, 4, 9, 8, 7, 6000000, time.FixedZone("CEST", 2*3600)),
	time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
	time.Date(-42, time.September, 9, 1, 1, 1, 1, time.UTC),
	time.Date(12345, time.October, 31, 13, 45, 0, 500000000, time.FixedZone("X", 14*3600)),
}
'''

FORMAT = [
    T("time/format_standard_layouts", "Format with every standard layout constant, over several dates and zones.", r'''
layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
	time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano}
for _, t := range dates {
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
}
''', decls=DATES),
    T("time/format_layout_matrix", "Format of many custom layouts (every element of the layout language) over several dates: the differential matrix.", r'''
layouts := []string{
	"2006-01-02 15:04:05.000000000 -07:00:00", "06/1/2 3:4:5 pm", "Monday, January 2, 2006", "Mon Jan _2 __2 002", "2006.002", "15h04m05s",
	"03:04:05.999 PM", "3:04:05,000000 pm", "Z07 Z0700 Z07:00 Z070000 Z07:00:00", "-07 -0700 -07:00 -070000 -07:00:00", "MST Jan January",
	"_2006 __2006 2006_ _2_", "Jan Janu January Janet", "Mon Monday Month Mond", "MSTMST", "1 01 2 02 3 03 4 04 5 05 6 06",
	".0 .00 .9 .99 ,999999999 .0000000000 .9999999999", "05.000 05,999 5.9", "T15:04:05.99Z", "2006-01-02T15:04:05.999999999Z07:00",
	"", "no elements here", "pmPM", "002 __2 _2 2", "15:04:05.1234", "15:04:05.90", "2006-1-2", "Jan-06", "06-Jan", "7 8 9 0 00 000",
}
for _, t := range dates {
	for _, l := range layouts {
		fmt.Printf("%q\n", t.Format(l))
	}
}
''', decls=DATES),
    T("time/format_fractional_seconds", "Fractional seconds: .000 keeps trailing zeros, .999 trims them (and the point), a comma separator, more than nine digits.", r'''
for _, ns := range []int{0, 1, 10, 123456789, 100000000, 120000000, 999999999, 500} {
	t := time.Date(2020, 1, 1, 0, 0, 0, ns, time.UTC)
	fmt.Println(t.Format("05.0|05.000|05.000000000|05.9|05.999|05.999999999|05,000|05,999|05.0000000000000|05.999999999999"))
}
'''),
    T("time/format_zone_offsets", "Numeric zone layouts for zero, positive, negative and second-precise offsets; the Z forms print Z for zero.", r'''
for _, off := range []int{0, 3600, -3600, 5*3600 + 30*60, -(3*3600 + 30*60), 14 * 3600, -12 * 3600, 45, -(4*3600 + 56*60 + 2), 59} {
	t := time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("", off))
	fmt.Println(t.Format("-07|-0700|-07:00|-070000|-07:00:00|Z07|Z0700|Z07:00|Z070000|Z07:00:00|MST"))
}
'''),
    T("time/format_hours_ampm", "12-hour layouts: midnight is 12AM, noon 12PM; PM and pm.", r'''
for _, h := range []int{0, 1, 11, 12, 13, 23} {
	t := time.Date(2020, 1, 1, h, 7, 0, 0, time.UTC)
	fmt.Println(t.Format("15 3 03 PM pm"), t.Format(time.Kitchen))
}
'''),
    T("time/format_year_day", "Day-of-year layouts: __2 pads with spaces, 002 with zeros; _2 and 02 for the day of the month.", r'''
for _, yd := range []int{1, 9, 10, 99, 100, 365, 366} {
	t := time.Date(2024, 1, yd, 0, 0, 0, 0, time.UTC)
	fmt.Printf("[%s] [%s] [%s] [%s]\n", t.Format("__2"), t.Format("002"), t.Format("_2"), t.Format("02"))
}
'''),
    T("time/format_years", "Year layouts for years below 1000, negative years and years past 9999.", r'''
for _, y := range []int{-12345, -100, -5, 0, 5, 99, 999, 2006, 10000, 123456} {
	t := time.Date(y, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(t.Format("2006|06|_2006"))
}
'''),
    T("time/append_format", "AppendFormat appends to the slice it is given.", r'''
t := time.Date(2017, time.November, 4, 11, 0, 0, 0, time.UTC)
b := []byte("Time: ")
b = t.AppendFormat(b, time.Kitchen)
fmt.Println(string(b))
b = t.AppendFormat(b[:0], "2006/01/02")
fmt.Println(string(b), len(b))
fmt.Println(string(t.AppendFormat(nil, time.RFC3339)))
'''),
    T("time/format_go120_layouts", "The layout constants DateTime, DateOnly and TimeOnly of Go 1.20.", r'''
t := time.Date(2023, time.February, 1, 15, 4, 5, 0, time.UTC)
fmt.Println(t.Format(time.DateTime))
fmt.Println(t.Format(time.DateOnly))
fmt.Println(t.Format(time.TimeOnly))
p, err := time.Parse(time.DateTime, "2024-03-09 08:07:06")
fmt.Println(p, err)
''', want="2023-02-01 15:04:05\n2023-02-01\n15:04:05\n2024-03-09 08:07:06 +0000 UTC <nil>\n", since="DateTime, DateOnly and TimeOnly (Go 1.20)"),
    T("time/format_long_layout", "Format of a layout longer than Format's stack buffer.", r'''
t := time.Date(2021, 5, 6, 7, 8, 9, 0, time.UTC)
l := strings.Repeat("2006-01-02 ", 12)
s := t.Format(l)
fmt.Println(len(s), s)
'''),
]

PARSE = [
    T("time/parse_standard_layouts", "Parse reads what Format wrote, for every standard layout (zone abbreviations unknown to Local become zones with offset 0).", r'''
layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
	time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano}
t := time.Date(2011, time.March, 7, 16, 5, 9, 123456789, time.FixedZone("PST", -8*3600))
for _, l := range layouts {
	s := t.Format(l)
	p, err := time.Parse(l, s)
	name, off := p.Zone()
	fmt.Println(s, "=>", p, name, off, err)
}
'''),
    T("time/parse_fractional_seconds", "Parse takes a fractional second after the seconds even if the layout has none; .000 needs exactly that many digits.", r'''
for _, c := range [][2]string{
	{"15:04:05", "10:11:12.5"}, {"15:04:05", "10:11:12,123456789"}, {"15:04:05", "10:11:12.1234567891234"}, {"15:04:05.000", "10:11:12.123"},
	{"15:04:05.000", "10:11:12.12"}, {"15:04:05.000", "10:11:12.1234"}, {"15:04:05.999", "10:11:12"}, {"15:04:05.999", "10:11:12.1"},
	{"15:04:05.999", "10:11:12.123456"}, {"15:04:05,000", "10:11:12,123"}, {"15:04:05,000", "10:11:12.123"}, {"05.999999999", "09.1"},
	{"15:04:05 .000", "10:11:12 .333"}, {"15:04:05Z07:00", "10:11:12.75+01:00"},
} {
	t, err := time.Parse(c[0], c[1])
	fmt.Println(t.Format("15:04:05.000000000 -0700"), err)
}
'''),
    T("time/parse_numeric_zones", "Parse of numeric zone offsets: Z for UTC, offsets that match Local give Local, others a fixed zone without a name.", r'''
for _, c := range [][2]string{
	{time.RFC3339, "2006-01-02T15:04:05Z"}, {time.RFC3339, "2006-01-02T15:04:05+07:00"}, {time.RFC3339, "2006-01-02T15:04:05-00:30"},
	{time.RFC3339, "2006-01-02T15:04:05+00:00"}, {"2006-01-02 -0700", "2006-01-02 +0530"}, {"2006-01-02 -07", "2006-01-02 -03"},
	{"2006-01-02 -070000", "2006-01-02 +013015"}, {"2006-01-02 -07:00:00", "2006-01-02 -01:30:15"}, {"2006-01-02 Z07", "2006-01-02 Z"},
	{"2006-01-02 Z0700", "2006-01-02 +1200"}, {"2006-01-02 Z070000", "2006-01-02 Z"}, {"2006-01-02 Z07:00:00", "2006-01-02 +00:00:01"},
} {
	t, err := time.Parse(c[0], c[1])
	name, off := t.Zone()
	fmt.Printf("%v %q %d %q %v\n", t, name, off, t.Location().String(), err)
}
'''),
    T("time/parse_zone_names", "Parse of zone abbreviations: UTC, unknown three- to five-letter names (offset 0), GMT with hours, ChST, signed hours.", r'''
for _, v := range []string{"UTC", "MST", "PDT", "CEST", "ACWST", "WITA", "ChST", "MeST", "GMT", "GMT+3", "GMT-11", "GMT+24", "+03", "-11", "+3", "ABCDEF", "AB", "Abc", "ABCD"} {
	t, err := time.Parse("2006-01-02 15:04 MST", "2010-02-04 21:00 "+v)
	name, off := t.Zone()
	fmt.Printf("%s: %v %q %d %v\n", v, t, name, off, err)
}
'''),
    T("time/parse_errors_syntax", "Parse errors naming the value and layout elements that did not match.", r'''
for _, c := range [][2]string{
	{time.RFC3339, "2006-01-02X15:04:05Z"}, {time.RFC3339, "2006-01-02T15:04"}, {time.RFC3339, "06-01-02T15:04:05Z"}, {time.ANSIC, "Mon Jan  2 15:04:05"},
	{time.ANSIC, "Thx Jan  2 15:04:05 2006"}, {time.RFC1123, "Mon, 02 Foo 2006 15:04:05 MST"}, {time.RFC822Z, "02 Jan 06 15:04 0700"}, {time.RFC3339, "2006-01-02T15:04:05+7:00"},
	{time.Kitchen, "3:04XM"}, {"3:04pm", "3:04PM"}, {"02 Jan", "2 Jan"}, {"15:04", "1504"}, {"2006", "06"}, {"2006", "-006"}, {"Jan 2", "Jan"}, {"MST", "mst"},
	{"-07:00", "+07-00"}, {"-0700", "*0700"}, {"Z07:00:00", "+07:00-00"}, {"Monday", "Mon"}, {"January", "Janua"}, {"01", "1"}, {"002", "12"}, {"", "x"}, {"x y", "x  z"},
} {
	_, err := time.Parse(c[0], c[1])
	fmt.Println(err)
}
'''),
    T("time/parse_errors_range", "Parse range errors: month, day, hour, minute, second, fractional second, day of year.", r'''
for _, c := range [][2]string{
	{"2006-01-02", "2006-13-02"}, {"2006-01-02", "2006-00-02"}, {"2006-01-02", "2006-02-30"}, {"2006-01-02", "2007-02-29"}, {"2006-01-02", "2008-02-29"},
	{"2006-01-02", "2006-01-00"}, {"15:04:05", "24:00:00"}, {"3:04PM", "13:00PM"}, {"15:04:05", "23:60:00"}, {"15:04:05", "23:59:60"},
	{"15:04:05.000", "23:59:59.-12"}, {"2006 002", "2006 000"}, {"2006 002", "2006 366"}, {"2006 002", "2008 366"}, {"2006 002 Jan", "2006 032 Jan"},
	{"2006 002 01 02", "2006 032 02 02"}, {"2006 002 01 02", "2006 032 02 01"}, {"2006-01-02 extra", "2006-01-02 extra text"}, {"Jan 2", "Jan 2 junk"},
} {
	t, err := time.Parse(c[0], c[1])
	fmt.Println(t, err)
}
'''),
    T("time/parse_error_value", "A *time.ParseError's fields and its Error text, which quotes non-ASCII and control bytes as \\x escapes.", r'''
_, err := time.Parse("2006-01-02", "2006-01-0x")
pe := err.(*time.ParseError)
fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
_, err = time.Parse("2006-01-02", "2006-01-32")
pe = err.(*time.ParseError)
fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
_, err = time.Parse("Jan 2 \"x\"", "Fév 2 \t\xff\\")
fmt.Println(err)
var target *time.ParseError
fmt.Println(errors.As(err, &target), target.Layout)
'''),
    T("time/parse_day_of_year", "Parse with day-of-year layouts (002, __2), in leap and common years, checked against month and day.", r'''
for _, c := range [][2]string{
	{"2006 002", "2024 060"}, {"2006 002", "2023 060"}, {"2006 002", "2024 366"}, {"2006 __2", "2024   5"}, {"2006 __2", "2024  45"}, {"2006 __2", "2024 100"},
	{"2006 002 Jan 2", "2024 032 Feb 1"}, {"2006 002", "2024 1"}, {"2006 __2", "2024 7"}, {"002 2006", "366 2024"},
} {
	t, err := time.Parse(c[0], c[1])
	fmt.Println(t, err)
}
'''),
    T("time/parse_two_digit_year", "Two-digit years: 69 to 99 are 19xx, 00 to 68 are 20xx.", r'''
for _, v := range []string{"00", "01", "68", "69", "70", "99"} {
	t, err := time.Parse("06-01-02", v+"-03-04")
	fmt.Println(t.Year(), err)
}
'''),
    T("time/parse_am_pm", "Parse with AM/PM: 12AM is midnight, 12PM noon; lower-case pm in the layout wants lower case.", r'''
for _, c := range [][2]string{{"3:04PM", "12:00AM"}, {"3:04PM", "12:30PM"}, {"3:04PM", "1:05PM"}, {"3:04PM", "11:59AM"}, {"03:04pm", "07:08pm"}, {"03:04pm", "07:08am"},
	{"15:04 PM", "13:00 PM"}, {"15:04 PM", "00:10 AM"}, {"3PM", "3P"}} {
	t, err := time.Parse(c[0], c[1])
	fmt.Println(t.Format("15:04"), err)
}
'''),
    T("time/parse_defaults", "Elements missing from the layout are zero, or one for month and day: Kitchen gives January 1, year 0.", r'''
for _, c := range [][2]string{{time.Kitchen, "3:04PM"}, {"2006", "2013"}, {"Jan", "Jun"}, {"2", "17"}, {"15:04:05", "01:02:03"}, {"", ""}, {"Mon", "Fri"}} {
	t, err := time.Parse(c[0], c[1])
	fmt.Println(t, t.IsZero(), err)
}
'''),
    T("time/parse_spaces", "In Parse, a run of spaces in the layout matches any run of spaces in the value; _2 takes a padded day.", r'''
for _, c := range [][2]string{{"Jan _2 2006", "Feb  3 2013"}, {"Jan _2 2006", "Feb 3 2013"}, {"Jan _2 2006", "Feb 13 2013"}, {"Jan 2   2006", "Feb 3 2013"},
	{"Jan 2 2006", "Feb   3     2013"}, {"Jan 2 2006", "Feb3 2013"}, {time.ANSIC, "Mon Jan  2 15:04:05 2006"}, {time.ANSIC, "Mon Jan 2 15:04:05 2006"}} {
	t, err := time.Parse(c[0], c[1])
	fmt.Println(t, err)
}
'''),
    T("time/parse_case_insensitive_names", "Month and day names in the value match ignoring case; the weekday is checked but otherwise ignored.", r'''
for _, v := range []string{"Wed Feb 04 2009", "WED FEB 04 2009", "wed feb 04 2009", "Sun Feb 04 2009", "Wednesday Feb 04 2009"} {
	t, err := time.Parse("Mon Jan 02 2006", v)
	fmt.Println(t, err)
}
t, err := time.Parse("Monday January 02 2006", "SATURDAY DECEMBER 25 2010")
fmt.Println(t, err)
'''),
    T("time/parse_in_location", "ParseInLocation uses the location for times without a zone and to interpret zone names and offsets.", r'''
loc := time.FixedZone("EST", -5*3600)
for _, v := range []string{"2012-07-09 05:02", "2012-07-09 05:02 EST", "2012-07-09 05:02 -0500", "2012-07-09 05:02 +0100", "2012-07-09 05:02 XYZ", "2012-07-09 05:02 UTC"} {
	l := "2006-01-02 15:04"
	if len(v) > len("2012-07-09 05:02") {
		if v[17] == '+' || v[17] == '-' {
			l += " -0700"
		} else {
			l += " MST"
		}
	}
	t, err := time.ParseInLocation(l, v, loc)
	fmt.Println(t, t.Location() == loc, err)
}
'''),
]

MARSHAL = [
    T("time/marshal_text_json", "MarshalText and MarshalJSON write RFC 3339 with nanoseconds; the Unmarshal methods read it; years outside 0..9999 fail.", r'''
t := time.Date(2012, 12, 21, 11, 30, 15, 120000000, time.FixedZone("", 3600))
b, err := t.MarshalText()
fmt.Println(string(b), err)
j, err := t.MarshalJSON()
fmt.Println(string(j), err)
var u time.Time
fmt.Println(u.UnmarshalText(b), u, u.Equal(t))
var v time.Time
fmt.Println(v.UnmarshalJSON(j), v, v.UnmarshalJSON([]byte("null")), v)
fmt.Println(v.UnmarshalJSON([]byte(`"2012-12-21"`)))
_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalText()
fmt.Println(err)
_, err = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
fmt.Println(err)
'''),
    T("time/marshal_binary", "MarshalBinary's bytes (version 2 for second offsets) and UnmarshalBinary back, with its errors.", r'''
for _, t := range []time.Time{
	time.Date(2012, 12, 21, 11, 30, 15, 123456789, time.UTC),
	time.Date(2012, 12, 21, 11, 30, 15, 0, time.FixedZone("X", -8*3600)),
	time.Date(1800, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", -(4*3600 + 56*60 + 2))),
	time.Date(2000, 1, 1, 0, 0, 0, 0, time.Local),
} {
	b, err := t.MarshalBinary()
	fmt.Println(b, err)
	var u time.Time
	err = u.UnmarshalBinary(b)
	name, off := u.Zone()
	fmt.Println(u, name, off, u.Equal(t), err)
	g, _ := t.GobEncode()
	var w time.Time
	fmt.Println(w.GobDecode(g), w.Equal(t))
}
var u time.Time
fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2, 3}))
_, err := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", -60)).MarshalBinary()
fmt.Println(err)
'''),
]

NY = "TZ=America/New_York"
LOCAL = [
    T("time/local_new_york", "With TZ=America/New_York, Local has EST and EDT: Format, Zone, IsDST and String of times in winter and summer.", r'''
for _, sec := range []int64{1262304000, 1277942400, 1300000000, 1320555600} {
	t := time.Unix(sec, 0)
	name, off := t.Zone()
	fmt.Println(t, name, off, t.IsDST(), t.Format(time.RFC1123Z), t.Hour())
}
fmt.Println(time.Local, time.Now().Location())
''', env=NY),
    T("time/local_new_york_dst_transitions", "Date in Local at DST transitions: a skipped wall time and a repeated one (TZ=America/New_York).", r'''
for _, c := range [][4]int{{2011, 3, 13, 1}, {2011, 3, 13, 2}, {2011, 3, 13, 3}, {2011, 11, 6, 0}, {2011, 11, 6, 1}, {2011, 11, 6, 2}} {
	t := time.Date(c[0], time.Month(c[1]), c[2], c[3], 15, 0, 0, time.Local)
	fmt.Println(t, t.Unix(), t.UTC())
}
t := time.Date(2011, 3, 12, 12, 0, 0, 0, time.Local)
fmt.Println(t.AddDate(0, 0, 1), t.Add(24*time.Hour), t.AddDate(0, 0, 1).Sub(t))
fmt.Println(t.Truncate(24*time.Hour), t.Round(time.Hour))
''', env=NY),
    T("time/local_new_york_parse", "Parse matches zone names and offsets against Local (TZ=America/New_York): EST and EDT get Local's offsets.", r'''
for _, v := range []string{"2013-01-15 10:00 EST", "2013-07-15 10:00 EDT", "2013-07-15 10:00 EST", "2013-01-15 10:00 EDT", "2013-07-15 10:00 PST", "2013-07-15 10:00 UTC"} {
	t, err := time.Parse("2006-01-02 15:04 MST", v)
	name, off := t.Zone()
	fmt.Println(t, name, off, t.Location(), err)
}
for _, v := range []string{"2013-01-15T10:00:00-05:00", "2013-07-15T10:00:00-04:00", "2013-07-15T10:00:00-05:00", "2013-01-15T10:00:00Z"} {
	t, err := time.Parse(time.RFC3339, v)
	fmt.Println(t, t.Location(), err)
}
''', env=NY),
    T("time/local_kolkata", "A local zone with a half-hour offset and no DST (TZ=Asia/Kolkata).", r'''
t := time.Date(2020, 5, 17, 8, 30, 0, 0, time.UTC)
fmt.Println(t.Local(), t.Local().Format("-07:00 Z07:00 MST"), t.Local().Hour(), t.Local().Minute())
fmt.Println(time.Date(2020, 5, 17, 8, 30, 0, 0, time.Local).UTC())
p, err := time.Parse("2006-01-02 15:04 -0700", "2020-05-17 08:30 +0530")
fmt.Println(p, p.Location(), err)
''', env="TZ=Asia/Kolkata"),
    T("time/local_sydney", "A southern-hemisphere local zone: daylight time from October to April (TZ=Australia/Sydney).", r'''
for _, m := range []time.Month{time.January, time.April, time.July, time.October, time.December} {
	t := time.Date(2021, m, 10, 12, 0, 0, 0, time.Local)
	name, off := t.Zone()
	fmt.Println(t, name, off, t.IsDST())
}
t, err := time.Parse("2006-01-02 15:04 MST", "2021-01-10 12:00 AEDT")
fmt.Println(t, err)
''', env="TZ=Australia/Sydney"),
    T("time/local_london", "A local zone whose standard offset is zero (TZ=Europe/London): GMT in winter, BST in summer.", r'''
for _, t := range []time.Time{time.Date(2019, 1, 1, 12, 0, 0, 0, time.Local), time.Date(2019, 7, 1, 12, 0, 0, 0, time.Local), time.Date(2019, 3, 31, 1, 30, 0, 0, time.Local),
	time.Date(2019, 10, 27, 1, 30, 0, 0, time.Local)} {
	fmt.Println(t, t.UTC(), t.IsDST())
}
p, err := time.Parse(time.RFC1123, "Mon, 01 Jul 2019 12:00:00 BST")
fmt.Println(p, p.UTC(), err)
p, err = time.Parse(time.RFC1123, "Tue, 01 Jan 2019 12:00:00 GMT")
fmt.Println(p, p.UTC(), err)
''', env="TZ=Europe/London"),
    T("time/local_tz_names", "Local's name: $TZ with the leading colon removed, or the tzfile's path.", r'''
fmt.Println(time.Local.String(), time.Unix(0, 0))
''', env="TZ=:Europe/Paris"),
    T("time/local_tz_path", "TZ naming a tzfile by its absolute path: Local is named by the path.", r'''
fmt.Println(time.Local.String(), time.Unix(0, 0), time.Now().Location())
''', env="TZ=/usr/share/zoneinfo/Asia/Tokyo"),
    T("time/local_tz_empty", "TZ set but empty means UTC, named UTC.", r'''
t := time.Unix(1e9, 0)
fmt.Println(time.Local.String(), t, t.Location(), t.Location() == time.Local, t.Location() == time.UTC)
''', env="TZ="),
    T("time/local_tz_unknown", "A TZ that names no tzfile means UTC, named UTC (Go does not read it as a POSIX rule).", r'''
fmt.Println(time.Local.String(), time.Unix(1e9, 0))
''', env="TZ=EST+5"),
    T("time/local_tz_utc", "TZ=UTC: Local is UTC, and Parse of +00:00 gives Local.", r'''
p, err := time.Parse(time.RFC3339, "2001-09-09T01:46:40+00:00")
fmt.Println(time.Local.String(), time.Unix(1e9, 0), p, p.Location() == time.Local, err)
'''),
    T("time/local_tz_unset", "Without $TZ, Local is /etc/localtime, named Local (or UTC without one), and Now is in it.", r'''
n := time.Local.String()
fmt.Println(n == "Local" || n == "UTC", time.Now().Location().String() == n)
''', env="-u TZ"),
    T("time/local_old_dates", "Before the tzfile's first transition, a local zone uses local mean time (TZ=America/New_York, 1850).", r'''
t := time.Date(1850, 6, 1, 12, 0, 0, 0, time.Local)
fmt.Println(t, t.UTC())
fmt.Println(time.Date(1918, 4, 1, 12, 0, 0, 0, time.Local), time.Date(1945, 8, 14, 19, 0, 0, 0, time.Local))
''', env=NY),
    T("time/local_far_future", "After the tzfile's last transition the zone's rule continues (TZ=America/New_York, year 2100).", r'''
fmt.Println(time.Date(2100, 1, 1, 0, 0, 0, 0, time.Local), time.Date(2100, 7, 1, 0, 0, 0, 0, time.Local))
''', env=NY),
    T("time/local_extreme_years", "Local zones of years the C library cannot represent, or far beyond the tzfile's transitions (TZ=America/New_York).", r'''
fmt.Println(time.Time{}.Local())
fmt.Println(time.Date(1000000, 7, 1, 0, 0, 0, 0, time.Local), time.Date(-1000000, 7, 1, 0, 0, 0, 0, time.Local))
fmt.Println(time.Date(292277026, 7, 1, 0, 0, 0, 0, time.Local), time.Date(123456, 1, 1, 0, 0, 0, 0, time.Local))
fmt.Println(time.Unix(1<<62, 0), time.Unix(-1<<62, 0))
fmt.Println(time.Unix(1<<63-1, 0), time.Unix(-1<<63, 0))
''', env=NY),
    T("time/local_setenv_before_use", "Local is determined when first used: os.Setenv of TZ before that counts, later ones do not.", r'''
os.Setenv("TZ", "Asia/Tokyo")
fmt.Println(time.Unix(0, 0), time.Local)
os.Setenv("TZ", "Europe/Paris")
fmt.Println(time.Unix(0, 0), time.Local)
'''),
    T("time/local_reassigned", "Assigning time.Local changes the location of the Times Unix and Now make.", r'''
time.Local = time.FixedZone("Mine", 3*3600)
t := time.Unix(0, 0)
fmt.Println(t, t.Location(), time.Now().Location())
'''),
    T("time/parse_historical_zone_names", "Parse finds Local's zone abbreviations of the parsed time's era: EWT in 1943, LMT in 1800 (TZ=America/New_York).", r'''
for _, v := range []string{"1943 EWT", "1800 LMT", "1945 EPT", "2020 EST"} {
	t, err := time.Parse("2006 MST", v)
	fmt.Println(t, err)
}
''', env=NY),
]

RANDOM_DECLS = r"""
// Deterministic pseudo-random inputs (xorshift64); every result is folded into an FNV-1a
// hash per section, printed at the end. With VERBOSE=1 every result is printed as well, to
// diff against Go when a hash differs.
var state uint64 = 88172645463325252

func rnd() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func rn(n int) int { return int(rnd() % uint64(n)) }

var verbose = os.Getenv("VERBOSE") != ""
var hash uint64 = 14695981039346656037
var lines int

func emit(a ...interface{}) {
	s := fmt.Sprintln(a...)
	if verbose {
		fmt.Print(s)
	}
	for i := 0; i < len(s); i++ {
		hash ^= uint64(s[i])
		hash *= 1099511628211
	}
	lines++
}

func section(name string) {
	fmt.Printf("%s: %d lines, hash %016x\n", name, lines, hash)
	hash, lines = 14695981039346656037, 0
}

var elems = []string{"2006", "06", "Jan", "January", "01", "1", "Mon", "Monday", "2", "_2", "02", "__2", "002", "15", "3", "03", "4", "04", "5", "05",
	"PM", "pm", "MST", "Z0700", "Z070000", "Z07", "Z07:00", "Z07:00:00", "-0700", "-070000", "-07", "-07:00", "-07:00:00", ".0", ".000", ".999", ",999999999",
	".000000000", " ", ":", "-", "/", "T", "x", "Ja", "Mo", "_", "__", ".", ",", "9", "0", "7"}
"""

RANDOM = [
    T("time/random_differential", "Differential check over pseudo-random inputs: Duration String/Round/Truncate/ParseDuration, Date normalization, Format and Parse of random layouts, Time Round/Truncate/AddDate/Sub, MarshalBinary (hashes of Go's output).", r'''
for i := 0; i < 3000; i++ {
	d := time.Duration(rnd())
	if i%3 == 0 {
		d = time.Duration(rnd() % 1e12)
	}
	if i%3 == 1 {
		d = -time.Duration(rnd() % 1e15)
	}
	m := time.Duration(rnd()%1e10 + 1)
	if i%4 == 0 {
		m = time.Duration(rnd())
	}
	p, err := time.ParseDuration(d.String())
	emit(d, d.Round(m), d.Truncate(m), d.Seconds(), d.Minutes(), d.Hours(), d.Abs(), p == d, err)
}
section("durations")
zones := []*time.Location{time.UTC, time.FixedZone("A", 3600), time.FixedZone("", -12345), time.FixedZone("LONGN", 14*3600), time.FixedZone("B", -11*3600-1800)}
for i := 0; i < 3000; i++ {
	y := rn(4000) - 500
	if i%10 == 0 {
		y = int(int32(rnd()))
	}
	t := time.Date(y, time.Month(rn(30)-8), rn(80)-20, rn(50)-10, rn(200)-50, rn(200)-50, int(rnd()%3e9)-1e9, zones[rn(len(zones))])
	yy, ww := t.ISOWeek()
	emit(t, t.YearDay(), t.Weekday(), t.Unix(), t.Nanosecond(), yy, ww)
	var l string
	n := rn(8) + 1
	for j := 0; j < n; j++ {
		l += elems[rn(len(elems))]
	}
	s := t.Format(l)
	emit(fmt.Sprintf("%q %q", l, s))
	pt, err := time.Parse(l, s)
	emit(pt, err)
	pt, err = time.ParseInLocation(l, s, zones[1])
	emit(pt, err)
	dd := time.Duration(rnd() % uint64(1e14))
	if i%5 == 0 {
		dd = time.Duration(rnd()%1000 + 1)
	}
	emit(dd, t.Round(dd), t.Truncate(dd))
	u := t.AddDate(rn(20)-10, rn(30)-15, rn(400)-200)
	emit(u, u.Sub(t), t.Sub(u), t.Before(u), t.After(u), t.Equal(u))
	b, _ := t.MarshalBinary()
	var v time.Time
	emit(v.UnmarshalBinary(b), v)
}
section("times")
junk := []string{"1", "h", ".", "5", "m", "s", "µ", "n", "u", "-", "+", "0", "9", "x", "ms", "us", "ns"}
for i := 0; i < 2000; i++ {
	var s string
	n := rn(6) + 1
	for j := 0; j < n; j++ {
		s += junk[rn(len(junk))]
	}
	d, err := time.ParseDuration(s)
	emit(d, err)
}
section("parse durations")
''', decls=RANDOM_DECLS),
    T("time/random_differential_local", "Differential check over pseudo-random instants in a local zone with DST (TZ=Europe/Dublin: negative DST in the tzfile): Zone, Date, Format/Parse round trips, AddDate, Truncate; years up to two million (hashes of Go's output).", r'''
for i := 0; i < 3000; i++ {
	sec := int64(rnd()%(4e9)) - 1e9
	t := time.Unix(sec, int64(rn(1e9)))
	name, off := t.Zone()
	emit(t, name, off, t.IsDST(), t.Hour(), t.YearDay())
	u := time.Date(1900+rn(250), time.Month(rn(12)+1), rn(31)+1, rn(24), rn(60), rn(60), 0, time.Local)
	emit(u, u.Unix())
	p, err := time.Parse(time.RFC1123, u.Format(time.RFC1123))
	emit(p, p.Unix(), err)
	p, err = time.Parse(time.RFC3339, u.Format(time.RFC3339))
	emit(p, p.Location(), err)
	emit(u.AddDate(0, rn(24), rn(100)), u.Truncate(time.Hour*time.Duration(rn(48)+1)))
}
section("local times")
for i := 0; i < 1000; i++ {
	y := int(rnd()%2000000) + 2000
	if i%2 == 0 {
		y = int(rnd()%3000) + 2000
	}
	if i%7 == 0 {
		y = -int(rnd() % 2000000)
	}
	t := time.Date(y, time.Month(rnd()%12+1), int(rnd()%28+1), int(rnd()%24), 30, 0, 0, time.Local)
	emit(t, t.Unix(), t.IsDST())
}
section("distant local times")
''', decls=RANDOM_DECLS, env="TZ=Europe/Dublin"),
]

TESTS = DURATION + MONTH + TIME + FORMAT + PARSE + MARSHAL + LOCAL + RANDOM
