// Struct embedding: promoted fields and methods through several levels, shadowing by the
// outer type, embedding pointers and interfaces, method sets of embedded pointers, and
// satisfying interfaces via promotion; %+v of embedded structs.
package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }

type User struct {
	Base
	Timestamps
	*Logger
	Email string
	Name  string // shadows Base.Name
}

func (u User) Kind() string { return "user" } // shadows Base.Kind

type Admin struct {
	User
	Level int
}

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }

type Named interface {
	Describer
	Kinder
}

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

type LoudAnimal struct {
	Animal // embedded interface
	times  int
}

func (l LoudAnimal) Sound() string {
	return strings.Repeat(strings.ToUpper(l.Animal.Sound())+"! ", l.times)
}

type ReadWriter interface {
	Read() string
	Write(string)
}

type memRW struct{ buf []string }

func (m *memRW) Read() string {
	if len(m.buf) == 0 {
		return ""
	}
	s := m.buf[0]
	m.buf = m.buf[1:]
	return s
}
func (m *memRW) Write(s string) { m.buf = append(m.buf, s) }

type countingRW struct {
	ReadWriter
	writes int
}

func (c *countingRW) Write(s string) {
	c.writes++
	c.ReadWriter.Write(strings.ToUpper(s))
}

func main() {
	u := User{Base: Base{1, "base-name"}, Timestamps: Timestamps{100, 100}, Logger: &Logger{prefix: "[u] "}, Email: "u@example.com", Name: "outer"}
	fmt.Println(u.Name, u.Base.Name, u.ID, u.Created, u.Email)
	fmt.Println(u.Describe(), u.Kind(), u.Base.Kind())
	u.Rename("renamed")
	u.Touch(250)
	u.Logf("user %d touched at %d", u.ID, u.Updated)
	fmt.Println(u.Base.Name, u.Name, u.Updated, u.lines)

	a := Admin{User: u, Level: 3}
	a.Logf("admin level %d", a.Level) // shared *Logger
	a.Rename("admin-base")            // promoted through two levels
	fmt.Println(a.ID, a.Name, a.Base.Name, a.User.Base.Name, u.Base.Name, a.Kind(), a.Describe())
	fmt.Println(len(u.lines), u.Logger == a.Logger, a.prefix)

	var named []Named = []Named{u.Base, u, a, &a}
	for _, n := range named {
		fmt.Printf("%-8T %-6s %s\n", n, n.Kind(), n.Describe())
	}
	a.Logger = nil
	fmt.Printf("%+v\n", a.User.Base)
	fmt.Printf("%+v\n", Admin{Level: 1}.Timestamps)
	fmt.Printf("%v\n", struct {
		Base
		Extra bool
	}{Base{7, "x"}, true})

	l := LoudAnimal{Dog{}, 3}
	var an Animal = l
	fmt.Println(an.Sound(), "|", l.Animal.Sound())
	var empty LoudAnimal
	func() {
		defer func() { fmt.Println("nil embedded interface:", recover()) }()
		fmt.Println(empty.Animal.Sound())
	}()

	c := &countingRW{ReadWriter: &memRW{}}
	var rw ReadWriter = c
	rw.Write("hello")
	rw.Write("world")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "", c.writes)

	type Point struct{ X, Y int }
	type Circle struct {
		Point
		Radius int
	}
	type Wheel struct {
		Circle
		Spokes int
	}
	w := Wheel{Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(w.Circle.Point == Point{42, 8}, w.Point.Y, w.Radius)
}
