// Checksums and hashes written by hand: CRC-32 (IEEE, table-driven) and CRC-16/CCITT,
// Adler-32, FNV-1 and FNV-1a in 32 and 64 bits, djb2, the Luhn check digit and ISBN-10/13
// validation, with unsigned wraparound arithmetic throughout.
package main

import (
	"fmt"
	"strings"
)

var crcTable = func() [256]uint32 {
	var t [256]uint32
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}()

func crc32(data []byte) uint32 {
	c := ^uint32(0)
	for _, b := range data {
		c = crcTable[byte(c)^b] ^ (c >> 8)
	}
	return ^c
}

func crc16(data []byte) uint16 {
	crc := uint16(0xFFFF)
	for _, b := range data {
		crc ^= uint16(b) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}

func adler32(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, c := range data {
		a = (a + uint32(c)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func fnv32(data []byte, a bool) uint32 {
	h := uint32(2166136261)
	for _, c := range data {
		if a {
			h ^= uint32(c)
			h *= 16777619
		} else {
			h *= 16777619
			h ^= uint32(c)
		}
	}
	return h
}

func fnv64a(data []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range data {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

func djb2(s string) uint32 {
	h := uint32(5381)
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func luhnValid(num string) bool {
	sum, double := 0, false
	digits := 0
	for i := len(num) - 1; i >= 0; i-- {
		c := num[i]
		if c == ' ' {
			continue
		}
		if c < '0' || c > '9' {
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
		digits++
	}
	return digits > 1 && sum%10 == 0
}

func isbn(s string) (string, bool) {
	s = strings.ReplaceAll(s, "-", "")
	switch len(s) {
	case 10:
		sum := 0
		for i := 0; i < 10; i++ {
			v := int(s[i] - '0')
			if i == 9 && (s[i] == 'X' || s[i] == 'x') {
				v = 10
			} else if s[i] < '0' || s[i] > '9' {
				return "ISBN-10", false
			}
			sum += v * (10 - i)
		}
		return "ISBN-10", sum%11 == 0
	case 13:
		sum := 0
		for i := 0; i < 13; i++ {
			if s[i] < '0' || s[i] > '9' {
				return "ISBN-13", false
			}
			w := 1
			if i%2 == 1 {
				w = 3
			}
			sum += int(s[i]-'0') * w
		}
		return "ISBN-13", sum%10 == 0
	}
	return "?", false
}

func main() {
	inputs := []string{"", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", strings.Repeat("\x00", 32), "Wikipedia"}
	fmt.Printf("%-14s %-8s %-6s %-8s %-8s %-8s %-16s %-8s\n", "input", "crc32", "crc16", "adler32", "fnv1-32", "fnv1a-32", "fnv1a-64", "djb2")
	for _, in := range inputs {
		b := []byte(in)
		label := in
		if len(label) > 12 {
			label = label[:9] + "..."
		}
		fmt.Printf("%-14q %08x %04x   %08x %08x %08x %016x %08x\n", label, crc32(b), crc16(b), adler32(b), fnv32(b, false), fnv32(b, true), fnv64a(b), djb2(in))
	}
	msg := []byte("checksum me")
	orig := crc32(msg)
	flips := 0
	for i := range msg {
		for bit := uint(0); bit < 8; bit++ {
			msg[i] ^= 1 << bit
			if crc32(msg) != orig {
				flips++
			}
			msg[i] ^= 1 << bit
		}
	}
	fmt.Printf("single-bit flips detected: %d/%d\n", flips, len(msg)*8)
	for _, c := range []string{"4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0", "1234-5678", "059"} {
		fmt.Printf("luhn %-22q %t\n", c, luhnValid(c))
	}
	for _, s := range []string{"0-306-40615-2", "0-306-40615-3", "978-0-306-40615-7", "978-0-306-40615-6", "0-8044-2957-X", "12345"} {
		kind, ok := isbn(s)
		fmt.Printf("%-20s %-7s valid=%t\n", s, kind, ok)
	}
	var x uint8 = 250
	var y uint16 = 65530
	x += 10
	y += 10
	big := uint32(1 << 31)
	fmt.Println(x, y, big*2, big*2-1, ^uint64(0)/3)
}
