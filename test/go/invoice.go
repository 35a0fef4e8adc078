// An invoice generator: line items with quantities, unit prices in cents and per-line
// discounts, tax categories, coupon rules applied in order, rounding half away from zero,
// a fixed-width text invoice with right-aligned columns, and validation errors.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	whole := fmt.Sprint(int64(c / 100))
	var groups []string
	for len(whole) > 3 {
		groups = append([]string{whole[len(whole)-3:]}, groups...)
		whole = whole[:len(whole)-3]
	}
	groups = append([]string{whole}, groups...)
	return fmt.Sprintf("%s%s.%02d", sign, strings.Join(groups, ","), c%100)
}

func roundDiv(num, den int64) int64 {
	if (num < 0) != (den < 0) {
		return -((abs(num) + abs(den)/2) / abs(den))
	}
	return (abs(num) + abs(den)/2) / abs(den)
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

type TaxClass int

const (
	Standard TaxClass = iota
	Reduced
	Exempt
)

var taxRates = map[TaxClass]int64{Standard: 2000, Reduced: 550, Exempt: 0} // basis points

type Line struct {
	SKU      string
	Desc     string
	Qty      int
	Unit     Cents
	Discount int // percent
	Tax      TaxClass
}

type Coupon struct {
	Code  string
	Apply func(subtotal Cents, lines []Line) (Cents, error)
}

var ErrInvalidLine = errors.New("invalid line")

func validate(l Line) error {
	switch {
	case l.Qty <= 0:
		return fmt.Errorf("%s: quantity %d: %w", l.SKU, l.Qty, ErrInvalidLine)
	case l.Unit < 0:
		return fmt.Errorf("%s: negative price: %w", l.SKU, ErrInvalidLine)
	case l.Discount < 0 || l.Discount > 100:
		return fmt.Errorf("%s: discount %d%%: %w", l.SKU, l.Discount, ErrInvalidLine)
	}
	return nil
}

func main() {
	lines := []Line{
		{"BK-001", "The Go Programming Language", 2, 3499, 0, Reduced},
		{"HW-210", "Mechanical keyboard", 1, 12999, 15, Standard},
		{"HW-007", "USB-C cable (2m)", 3, 1299, 0, Standard},
		{"SV-100", "Extended warranty", 1, 2500, 0, Exempt},
		{"BK-002", "Broken entry", 0, 100, 0, Reduced},
		{"HW-999", "Mystery gadget", 1, 999, 120, Standard},
		{"FD-050", "Coffee beans 1kg", 4, 1875, 10, Reduced},
	}
	coupons := []Coupon{
		{"WELCOME5", func(sub Cents, _ []Line) (Cents, error) { return 500, nil }},
		{"BOOKS10", func(_ Cents, ls []Line) (Cents, error) {
			var books Cents
			for _, l := range ls {
				if strings.HasPrefix(l.SKU, "BK-") {
					books += l.Unit * Cents(l.Qty)
				}
			}
			if books == 0 {
				return 0, errors.New("no books in order")
			}
			return Cents(roundDiv(int64(books)*10, 100)), nil
		}},
		{"BIGSPENDER", func(sub Cents, _ []Line) (Cents, error) {
			if sub < 50000 {
				return 0, fmt.Errorf("needs subtotal of 500.00, have %v", sub)
			}
			return 5000, nil
		}},
	}
	var ok []Line
	for _, l := range lines {
		if err := validate(l); err != nil {
			fmt.Println("skipping:", err, errors.Is(err, ErrInvalidLine))
			continue
		}
		ok = append(ok, l)
	}
	w := 72
	fmt.Println(strings.Repeat("=", w))
	fmt.Printf("%-8s %-28s %4s %10s %5s %12s\n", "SKU", "DESCRIPTION", "QTY", "UNIT", "DISC", "AMOUNT")
	fmt.Println(strings.Repeat("-", w))
	var subtotal Cents
	taxBase := map[TaxClass]Cents{}
	for _, l := range ok {
		gross := l.Unit * Cents(l.Qty)
		net := Cents(roundDiv(int64(gross)*int64(100-l.Discount), 100))
		subtotal += net
		taxBase[l.Tax] += net
		disc := ""
		if l.Discount > 0 {
			disc = fmt.Sprintf("%d%%", l.Discount)
		}
		fmt.Printf("%-8s %-28.28s %4d %10v %5s %12v\n", l.SKU, l.Desc, l.Qty, l.Unit, disc, net)
	}
	fmt.Println(strings.Repeat("-", w))
	fmt.Printf("%-58s %12v\n", "Subtotal", subtotal)
	var discounts Cents
	for _, c := range coupons {
		d, err := c.Apply(subtotal-discounts, ok)
		if err != nil {
			fmt.Printf("%-58s %12s\n", "Coupon "+c.Code+" rejected: "+err.Error(), "")
			continue
		}
		discounts += d
		fmt.Printf("%-58s %12v\n", "Coupon "+c.Code, -d)
	}
	var taxTotal Cents
	for _, tc := range []TaxClass{Standard, Reduced, Exempt} {
		base := taxBase[tc]
		// spread coupon discounts proportionally across tax classes
		share := Cents(roundDiv(int64(base)*int64(discounts), int64(subtotal)))
		tax := Cents(roundDiv(int64(base-share)*taxRates[tc], 10000))
		taxTotal += tax
		fmt.Printf("%-58s %12v\n", fmt.Sprintf("Tax %5.2f%% on %v", float64(taxRates[tc])/100, base-share), tax)
	}
	total := subtotal - discounts + taxTotal
	fmt.Println(strings.Repeat("=", w))
	fmt.Printf("%-58s %12v\n", "TOTAL DUE", total)
	fmt.Println(Cents(123456789), Cents(-5), Cents(100000), roundDiv(5, 2), roundDiv(-5, 2), roundDiv(7, -2))
}
