// A library lending system: books and members as structs, loans keyed by a composite
// struct, due dates as day numbers, fines with per-member caps, holds queues, custom
// errors inspected with errors.As, and an overdue report sorted by several keys.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type ISBN string

type Book struct {
	ISBN   ISBN
	Title  string
	Author string
	Copies int
}

type Member struct {
	ID    int
	Name  string
	Kind  string // "adult" or "child"
	Fines int    // cents
}

type LoanKey struct {
	Member int
	ISBN   ISBN
}

type Loan struct {
	Out, Due int
}

type LendError struct {
	Op     string
	Member int
	ISBN   ISBN
	Reason string
}

func (e *LendError) Error() string {
	return fmt.Sprintf("%s: member %d, book %s: %s", e.Op, e.Member, e.ISBN, e.Reason)
}

var ErrHoldQueued = errors.New("added to hold queue")

type Library struct {
	books   map[ISBN]*Book
	members map[int]*Member
	loans   map[LoanKey]Loan
	holds   map[ISBN][]int
	today   int
}

func (l *Library) limits(m *Member) (maxLoans, days int) {
	if m.Kind == "child" {
		return 2, 14
	}
	return 4, 21
}

func (l *Library) onLoan(isbn ISBN) int {
	n := 0
	for k := range l.loans {
		if k.ISBN == isbn {
			n++
		}
	}
	return n
}

func (l *Library) count(member int) int {
	n := 0
	for k := range l.loans {
		if k.Member == member {
			n++
		}
	}
	return n
}

func (l *Library) Borrow(member int, isbn ISBN) error {
	m, b := l.members[member], l.books[isbn]
	switch {
	case m == nil:
		return &LendError{"borrow", member, isbn, "unknown member"}
	case b == nil:
		return &LendError{"borrow", member, isbn, "unknown book"}
	case m.Fines > 500:
		return &LendError{"borrow", member, isbn, fmt.Sprintf("unpaid fines $%d.%02d", m.Fines/100, m.Fines%100)}
	}
	if _, dup := l.loans[LoanKey{member, isbn}]; dup {
		return &LendError{"borrow", member, isbn, "already borrowed"}
	}
	maxLoans, days := l.limits(m)
	if l.count(member) >= maxLoans {
		return &LendError{"borrow", member, isbn, fmt.Sprintf("limit of %d loans reached", maxLoans)}
	}
	if q := l.holds[isbn]; len(q) > 0 && q[0] != member && l.onLoan(isbn) >= b.Copies-len(q)+1 {
		return &LendError{"borrow", member, isbn, fmt.Sprintf("reserved for member %d", q[0])}
	}
	if l.onLoan(isbn) >= b.Copies {
		l.holds[isbn] = append(l.holds[isbn], member)
		return fmt.Errorf("borrow %q: all %d copies out: %w (position %d)", b.Title, b.Copies, ErrHoldQueued, len(l.holds[isbn]))
	}
	if q := l.holds[isbn]; len(q) > 0 && q[0] == member {
		l.holds[isbn] = q[1:]
	}
	l.loans[LoanKey{member, isbn}] = Loan{l.today, l.today + days}
	return nil
}

func (l *Library) Return(member int, isbn ISBN) (fine int, err error) {
	k := LoanKey{member, isbn}
	loan, ok := l.loans[k]
	if !ok {
		return 0, &LendError{"return", member, isbn, "not on loan"}
	}
	delete(l.loans, k)
	if late := l.today - loan.Due; late > 0 {
		fine = late * 25
		if fine > 1000 {
			fine = 1000
		}
		l.members[member].Fines += fine
	}
	return fine, nil
}

func main() {
	lib := &Library{books: map[ISBN]*Book{}, members: map[int]*Member{}, loans: map[LoanKey]Loan{}, holds: map[ISBN][]int{}}
	for _, b := range []Book{
		{"978-0", "The Go Programming Language", "Donovan & Kernighan", 2},
		{"978-1", "Structure and Interpretation", "Abelson & Sussman", 1},
		{"978-2", "The Art of Computer Programming", "Knuth", 1},
		{"978-3", "Where the Wild Things Are", "Sendak", 3},
	} {
		b := b
		lib.books[b.ISBN] = &b
	}
	for _, m := range []Member{{1, "Ada", "adult", 0}, {2, "Tim", "child", 0}, {3, "Lin", "adult", 650}, {4, "Ken", "adult", 0}} {
		m := m
		lib.members[m.ID] = &m
	}
	type step struct {
		day    int
		op     string
		member int
		isbn   ISBN
	}
	script := []step{
		{1, "borrow", 1, "978-0"}, {1, "borrow", 2, "978-3"}, {2, "borrow", 4, "978-0"}, {2, "borrow", 2, "978-0"},
		{3, "borrow", 3, "978-1"}, {3, "borrow", 1, "978-0"}, {4, "borrow", 2, "978-2"}, {4, "borrow", 2, "978-1"},
		{5, "borrow", 9, "978-1"}, {5, "borrow", 1, "978-9"}, {6, "borrow", 4, "978-2"}, {20, "return", 2, "978-3"},
		{30, "return", 1, "978-0"}, {30, "borrow", 4, "978-0"}, {31, "borrow", 2, "978-0"}, {31, "borrow", 1, "978-1"},
		{45, "return", 2, "978-2"}, {60, "return", 4, "978-0"}, {60, "return", 4, "978-0"}, {61, "borrow", 2, "978-2"},
	}
	for _, s := range script {
		lib.today = s.day
		var err error
		msg := ""
		if s.op == "borrow" {
			err = lib.Borrow(s.member, s.isbn)
		} else {
			var fine int
			fine, err = lib.Return(s.member, s.isbn)
			if fine > 0 {
				msg = fmt.Sprintf(" fine $%.2f", float64(fine)/100)
			}
		}
		var le *LendError
		switch {
		case err == nil:
			fmt.Printf("day %2d %-6s m%d %s ok%s\n", s.day, s.op, s.member, s.isbn, msg)
		case errors.Is(err, ErrHoldQueued):
			fmt.Printf("day %2d %-6s m%d %s HOLD %v\n", s.day, s.op, s.member, s.isbn, err)
		case errors.As(err, &le):
			fmt.Printf("day %2d %-6s m%d %s DENIED (%s) %v\n", s.day, s.op, s.member, s.isbn, le.Reason, err)
		}
	}
	lib.today = 70
	type overdue struct {
		name, title string
		days        int
	}
	var report []overdue
	for k, loan := range lib.loans {
		if d := lib.today - loan.Due; d > 0 {
			report = append(report, overdue{lib.members[k.Member].Name, lib.books[k.ISBN].Title, d})
		}
	}
	sort.Slice(report, func(i, j int) bool {
		if report[i].days != report[j].days {
			return report[i].days > report[j].days
		}
		if report[i].name != report[j].name {
			return report[i].name < report[j].name
		}
		return report[i].title < report[j].title
	})
	fmt.Println("overdue on day 70:")
	for _, o := range report {
		fmt.Printf("  %-4s %-32q %3d days\n", o.name, o.title, o.days)
	}
	ids := []int{}
	for id := range lib.members {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		m := lib.members[id]
		fmt.Printf("%+v loans=%d\n", *m, lib.count(id))
	}
	var holds []string
	for isbn, q := range lib.holds {
		if len(q) > 0 {
			holds = append(holds, fmt.Sprintf("%s:%v", isbn, q))
		}
	}
	sort.Strings(holds)
	fmt.Println("holds:", strings.Join(holds, " "))
}
