// A library lending system: books and members as structs, loans keyed by a composite
// struct, due dates as day numbers, fines with per-member caps, holds queues, custom
// errors inspected with errors.As, and an overdue report sorted by several keys.
package main

import (
	"errors"
	"fmt"
	"sort"
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

func (l *Library) countLoans(match func(LoanKey) bool) int {
	n := 0
	for k := range l.loans {
		if match(k) {
			n++
		}
	}
	return n
}

func (l *Library) onLoan(isbn ISBN) int {
	return l.countLoans(func(k LoanKey) bool { return k.ISBN == isbn })
}
func (l *Library) count(member int) int {
	return l.countLoans(func(k LoanKey) bool { return k.Member == member })
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
	maxLoans, days := 4, 21
	if m.Kind == "child" {
		maxLoans, days = 2, 14
	}
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
	script := []struct {
		day, member int
		op          string
		isbn        ISBN
	}{
		{1, 1, "borrow", "978-0"}, {1, 2, "borrow", "978-3"}, {2, 4, "borrow", "978-0"}, {2, 2, "borrow", "978-0"},
		{3, 3, "borrow", "978-1"}, {3, 1, "borrow", "978-0"}, {4, 2, "borrow", "978-2"}, {4, 2, "borrow", "978-1"},
		{5, 9, "borrow", "978-1"}, {5, 1, "borrow", "978-9"}, {6, 4, "borrow", "978-2"}, {20, 2, "return", "978-3"},
		{30, 1, "return", "978-0"}, {30, 4, "borrow", "978-0"}, {31, 2, "borrow", "978-0"}, {31, 1, "borrow", "978-1"},
		{45, 2, "return", "978-2"}, {60, 4, "return", "978-0"}, {60, 4, "return", "978-0"}, {61, 2, "borrow", "978-2"},
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
		return report[i].name+report[i].title < report[j].name+report[j].title
	})
	fmt.Println("overdue on day 70:")
	for _, o := range report {
		fmt.Printf("  %-4s %-32q %3d days\n", o.name, o.title, o.days)
	}
	for id := 1; id <= len(lib.members); id++ {
		fmt.Printf("%+v loans=%d\n", *lib.members[id], lib.count(id))
	}
	fmt.Println("holds:", lib.holds)
}
