// strconv for parsing configuration values: Atoi/ParseInt/ParseUint/ParseFloat/ParseBool
// with bases, bit sizes and their error values; Format* and Append*; Quote and Unquote.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+8", "0", "007", "x", "", "3.5", " 5", "9223372036854775807", "9223372036854775808", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"0xff", 0, 64}, {"0b1011", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64},
		{"1_000_000", 0, 64}, {"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"zz", 36, 64},
		{"12", 2, 64}, {"-0x10", 0, 16}, {"1_000", 10, 64},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		u8, err8 := strconv.ParseUint(s, 10, 8)
		u64, err64 := strconv.ParseUint(s, 10, 64)
		fmt.Printf("ParseUint(%q): 8-bit %d (%v), 64-bit %d (%v)\n", s, u8, err8, u64, err64)
	}
	for _, s := range []string{"3.14159", "-0.0", "1e10", "1E-5", ".5", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "1e-400", "abc", "1,5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println("float32 overflow:", f32, err)
	f32, _ = strconv.ParseFloat("0.1", 32)
	fmt.Println("0.1 as float32:", f32)
	for _, s := range []string{"true", "FALSE", "1", "0", "t", "F", "yes", "True"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %t, %v\n", s, b, err)
	}
	_, err = strconv.Atoi("12a")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("NumError{Func:%q Num:%q Err:%v} syntax=%t\n", ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(-255, 16), strconv.FormatInt(1<<40, 36), strconv.FormatUint(1<<63, 2))
	for _, f := range []float64{3.0, 0.1, 1.0 / 3, 1e21, 123456789.125, -2.5e-8} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'g', 4, 32))
	}
	fmt.Println(strconv.FormatBool(true), strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺ café"),
		strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	for _, q := range []string{`"hello\nworld"`, "`raw\\n`", `'x'`, `"bad`, `"\u263a"`, `noquotes`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}
	buf := []byte("vals:")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ',')
	buf = strconv.AppendBool(buf, false)
	buf = append(buf, ',')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ',')
	buf = strconv.AppendFloat(buf, 2.75, 'f', 1, 64)
	buf = strconv.AppendUint(append(buf, ','), 0xbeef, 16)
	fmt.Println(string(buf))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
}
