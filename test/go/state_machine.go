// State machines: a vending machine with typed states and events in a transition table
// keyed by a struct, guard functions, and a traffic light driven by a ticking loop.
package main

import (
	"fmt"
	"strings"
)

type State int
type Event int

const (
	Idle State = iota
	HasCoins
	Vending
	OutOfOrder
)

const (
	Coin Event = iota
	Select
	Refund
	Dispensed
	Kick
	Repair
)

func (s State) String() string {
	return [...]string{"Idle", "HasCoins", "Vending", "OutOfOrder"}[s]
}

func (e Event) String() string {
	switch e {
	case Coin:
		return "coin"
	case Select:
		return "select"
	case Refund:
		return "refund"
	case Dispensed:
		return "dispensed"
	case Kick:
		return "kick"
	case Repair:
		return "repair"
	}
	return fmt.Sprintf("Event(%d)", int(e))
}

type key struct {
	From State
	On   Event
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	choice  string
	history []string
	kicks   int
}

type transition struct {
	to     State
	guard  func(m *Machine, arg string) error
	action func(m *Machine, arg string)
}

var table map[key]transition

func init() {
	table = map[key]transition{
		{Idle, Coin}:     {HasCoins, nil, func(m *Machine, a string) { m.credit += coinValue(a) }},
		{HasCoins, Coin}: {HasCoins, nil, func(m *Machine, a string) { m.credit += coinValue(a) }},
		{HasCoins, Select}: {Vending, func(m *Machine, a string) error {
			p, ok := m.prices[a]
			switch {
			case !ok:
				return fmt.Errorf("no such product %q", a)
			case m.stock[a] == 0:
				return fmt.Errorf("%s sold out", a)
			case m.credit < p:
				return fmt.Errorf("%s costs %d, credit %d", a, p, m.credit)
			}
			return nil
		}, func(m *Machine, a string) {
			m.choice = a
			m.credit -= m.prices[a]
			m.stock[a]--
		}},
		{HasCoins, Refund}: {Idle, nil, func(m *Machine, a string) {
			m.history = append(m.history, fmt.Sprintf("refunded %d", m.credit))
			m.credit = 0
		}},
		{Vending, Dispensed}: {Idle, nil, func(m *Machine, a string) {
			m.history = append(m.history, fmt.Sprintf("dispensed %s, change %d", m.choice, m.credit))
			m.credit, m.choice = 0, ""
		}},
		{OutOfOrder, Repair}: {Idle, nil, func(m *Machine, a string) { m.kicks = 0 }},
	}
}

func coinValue(c string) int {
	return map[string]int{"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}[c]
}

func (m *Machine) Fire(e Event, arg string) error {
	if e == Kick {
		m.kicks++
		if m.kicks >= 2 && m.state != OutOfOrder {
			m.state = OutOfOrder
			return fmt.Errorf("machine broke after %d kicks", m.kicks)
		}
		return nil
	}
	t, ok := table[key{m.state, e}]
	if !ok {
		return fmt.Errorf("event %v not allowed in state %v", e, m.state)
	}
	if t.guard != nil {
		if err := t.guard(m, arg); err != nil {
			return err
		}
	}
	if t.action != nil {
		t.action(m, arg)
	}
	m.state = t.to
	return nil
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1, "candy": 0},
		prices: map[string]int{"cola": 125, "chips": 75, "candy": 60},
	}
	script := []struct {
		e   Event
		arg string
	}{
		{Select, "cola"}, {Coin, "quarter"}, {Coin, "dollar"}, {Select, "water"}, {Select, "candy"},
		{Select, "cola"}, {Coin, "dime"}, {Dispensed, ""}, {Coin, "dollar"}, {Select, "chips"},
		{Dispensed, ""}, {Coin, "quarter"}, {Select, "chips"}, {Refund, ""}, {Kick, ""}, {Kick, ""},
		{Coin, "dollar"}, {Repair, ""}, {Coin, "dollar"}, {Coin, "quarter"}, {Select, "cola"},
		{Dispensed, ""}, {Event(42), ""},
	}
	for i, s := range script {
		before := m.state
		err := m.Fire(s.e, s.arg)
		status := "ok"
		if err != nil {
			status = "error: " + err.Error()
		}
		fmt.Printf("%2d %-10v %-9s %-10v -> %-10v credit=%3d %s\n", i, before, s.e, s.arg, m.state, m.credit, status)
	}
	fmt.Println(strings.Join(m.history, "\n"))
	fmt.Println("stock:", m.stock)

	type light struct {
		name string
		secs int
		next string
	}
	lights := map[string]light{
		"red":    {"red", 4, "green"},
		"green":  {"green", 3, "yellow"},
		"yellow": {"yellow", 1, "red"},
	}
	cur, left := lights["red"], 4
	var timeline strings.Builder
	for tick := 0; tick < 20; tick++ {
		timeline.WriteByte(cur.name[0] - 'a' + 'A')
		left--
		if left == 0 {
			cur = lights[cur.next]
			left = cur.secs
		}
	}
	fmt.Println("traffic light:", timeline.String())
}
