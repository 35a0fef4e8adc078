// A payroll system built on interfaces: salaried, hourly (with overtime) and commissioned
// employees behind a Payable interface, an embedded base struct, deductions as a slice of
// functions, tax brackets, a payslip Stringer, and department totals.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := fmt.Sprintf("$%d.%02d", m/100, m%100)
	if neg {
		s = "-" + s
	}
	return s
}

type Payable interface {
	Gross() Money
	Describe() string
}

type Employee interface {
	Payable
	Info() *Base
}

type Base struct {
	ID   int
	Name string
	Dept string
}

func (b *Base) Info() *Base { return b }

type Salaried struct {
	Base
	Annual Money
}

type Hourly struct {
	Base
	Rate  Money
	Hours float64
}

type Commissioned struct {
	Base
	Retainer Money
	Sales    Money
	Pct      float64
}

func (s *Salaried) Gross() Money     { return s.Annual / 12 }
func (s *Salaried) Describe() string { return fmt.Sprintf("salaried %v/yr", s.Annual) }

func (h *Hourly) Gross() Money {
	reg, ot := h.Hours, 0.0
	if h.Hours > 160 {
		reg, ot = 160, h.Hours-160
	}
	return Money(float64(h.Rate)*reg + float64(h.Rate)*1.5*ot + 0.5)
}
func (h *Hourly) Describe() string { return fmt.Sprintf("hourly %v x %.1fh", h.Rate, h.Hours) }

func (c *Commissioned) Gross() Money {
	return c.Retainer + Money(float64(c.Sales)*c.Pct/100+0.5)
}
func (c *Commissioned) Describe() string {
	return fmt.Sprintf("commission %.1f%% of %v + %v", c.Pct, c.Sales, c.Retainer)
}

type bracket struct {
	upTo Money
	rate float64
}

var brackets = []bracket{{100000, 0.10}, {400000, 0.20}, {800000, 0.30}, {1 << 62, 0.40}}

func tax(g Money) Money {
	var t float64
	lower := Money(0)
	for _, b := range brackets {
		if g <= lower {
			break
		}
		top := b.upTo
		if g < top {
			top = g
		}
		t += float64(top-lower) * b.rate
		lower = b.upTo
	}
	return Money(t + 0.5)
}

type Deduction struct {
	Name string
	Calc func(e Employee, gross Money) Money
}

type Payslip struct {
	E          Employee
	Gross, Tax Money
	Lines      []string
	Net        Money
}

func (p Payslip) String() string {
	b := p.E.Info()
	var sb strings.Builder
	fmt.Fprintf(&sb, "#%03d %-8s %-6s %-38s gross %10v\n", b.ID, b.Name, b.Dept, p.E.Describe(), p.Gross)
	fmt.Fprintf(&sb, "     %-54s tax   %10v\n", "", -p.Tax)
	for _, l := range p.Lines {
		sb.WriteString(l)
	}
	fmt.Fprintf(&sb, "     %-54s net   %10v\n", "", p.Net)
	return sb.String()
}

func run(staff []Employee, deductions []Deduction) []Payslip {
	var slips []Payslip
	for _, e := range staff {
		g := e.Gross()
		p := Payslip{E: e, Gross: g, Tax: tax(g)}
		p.Net = g - p.Tax
		for _, d := range deductions {
			if amt := d.Calc(e, g); amt != 0 {
				p.Net -= amt
				p.Lines = append(p.Lines, fmt.Sprintf("     %-54s %-5s %10v\n", "", d.Name, -amt))
			}
		}
		slips = append(slips, p)
	}
	return slips
}

func main() {
	staff := []Employee{
		&Salaried{Base{1, "Alice", "eng"}, 9600000},
		&Hourly{Base{2, "Bob", "ops"}, 2550, 172.5},
		&Commissioned{Base{3, "Carol", "sales"}, 150000, 4200000, 7.5},
		&Salaried{Base{4, "Dan", "eng"}, 14400000},
		&Hourly{Base{5, "Erin", "ops"}, 1800, 80},
		&Commissioned{Base{6, "Frank", "sales"}, 150000, 0, 10},
	}
	deductions := []Deduction{
		{"401k", func(e Employee, g Money) Money {
			if _, ok := e.(*Salaried); ok {
				return g * 6 / 100
			}
			return 0
		}},
		{"union", func(e Employee, g Money) Money {
			if e.Info().Dept == "ops" {
				return 2500
			}
			return 0
		}},
		{"health", func(Employee, Money) Money { return 15000 }},
	}
	slips := run(staff, deductions)
	for _, s := range slips {
		fmt.Print(s)
	}
	byDept := map[string]Money{}
	for _, s := range slips {
		byDept[s.E.Info().Dept] += s.Gross
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Slice(depts, func(i, j int) bool { return byDept[depts[i]] > byDept[depts[j]] })
	for _, d := range depts {
		fmt.Printf("%-6s %12v\n", d, byDept[d])
	}
	sort.Slice(slips, func(i, j int) bool { return slips[i].Net > slips[j].Net })
	fmt.Print("by net pay:")
	for _, s := range slips {
		fmt.Printf(" %s(%v)", s.E.Info().Name, s.Net)
	}
	fmt.Println()
	for _, g := range []Money{0, 50000, 100000, 250000, 1000000} {
		fmt.Printf("tax(%v) = %v\n", g, tax(g))
	}
	var p Payable = staff[1]
	if h, ok := p.(*Hourly); ok {
		h.Hours = 100
	}
	fmt.Println(p.Gross(), staff[1].Gross(), Money(-5))
}
