// Bit-flag enums with iota: a Perm type with String listing set flags, Unix-style rwx
// rendering and octal parsing, role definitions combining flags with |, checks with &,
// removal with &^, typed vs untyped constants, and iota skipping and expressions.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Delete
	Share
	Admin
)

const All = Read | Write | Exec | Delete | Share | Admin

var names = []struct {
	p    Perm
	name string
}{{Read, "read"}, {Write, "write"}, {Exec, "exec"}, {Delete, "delete"}, {Share, "share"}, {Admin, "admin"}}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, n := range names {
		if p&n.p != 0 {
			parts = append(parts, n.name)
		}
	}
	if rest := p &^ All; rest != 0 {
		parts = append(parts, fmt.Sprintf("%#x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type Mode uint32

func (m Mode) String() string {
	const rwx = "rwxrwxrwx"
	b := []byte("---------")
	for i := 0; i < 9; i++ {
		if m&(1<<uint(8-i)) != 0 {
			b[i] = rwx[i]
		}
	}
	return string(b)
}

func parseMode(s string) (Mode, error) {
	n, err := strconv.ParseUint(s, 8, 32)
	if err != nil {
		return 0, fmt.Errorf("mode %q: %w", s, err)
	}
	if n > 0o777 {
		return 0, fmt.Errorf("mode %q: out of range", s)
	}
	return Mode(n), nil
}

type Size int64

const (
	_       = iota // skip zero
	KB Size = 1 << (10 * iota)
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota + 10
	Saturday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

func main() {
	roles := map[string]Perm{
		"guest":  Read,
		"editor": Read | Write | Share,
		"dev":    Read | Write | Exec,
		"owner":  All &^ Admin,
		"root":   All,
	}
	keys := make([]string, 0, len(roles))
	for k := range roles {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return roles[keys[i]] < roles[keys[j]] })
	for _, k := range keys {
		p := roles[k]
		fmt.Printf("%-7s %06b %3d %-36v write=%-5t rw=%t\n", k, uint16(p), p, p, p.Has(Write), p.Has(Read|Write))
	}
	p := roles["editor"]
	p |= Delete
	p &^= Share
	p ^= Exec
	fmt.Println("edited:", p, uint16(p), Perm(0), Perm(1<<10|3))
	fmt.Printf("%v %d %s %x %q\n", Admin, Admin, Write|Exec, All, Read)
	for _, s := range []string{"755", "644", "0700", "777", "000", "1777", "9", "rw"} {
		m, err := parseMode(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%4s -> %v (%#o, %d)\n", s, m, uint32(m), m)
	}
	fmt.Println(KB, MB, GB, TB, TB/GB, Size(3*MB+512*KB))
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(a, b, c, d, e, f)
	const big = 1 << 100
	fmt.Println(big>>98, big/(1<<99), float64(big))
	const typed int8 = 100
	var x = typed / 3
	fmt.Printf("%T %v %T %v\n", x, x, big>>90, big>>90)
	var flags uint8 = 0b1010_0101
	for i := 7; i >= 0; i-- {
		fmt.Print((flags >> uint(i)) & 1)
	}
	fmt.Println(" popcount:", func() int {
		n := 0
		for v := flags; v != 0; v &= v - 1 {
			n++
		}
		return n
	}())
}
