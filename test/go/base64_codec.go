// Hand-written encoders: standard and URL-safe base64 with and without padding, hex
// encode/decode, decoding with error positions for corrupt input, and round trips over
// a range of byte lengths (no encoding/* packages).
package main

import (
	"errors"
	"fmt"
	"strings"
)

const stdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const urlAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

type Encoding struct {
	alphabet string
	pad      bool
	decode   [256]int
}

func NewEncoding(alpha string, pad bool) *Encoding {
	e := &Encoding{alphabet: alpha, pad: pad}
	for i := range e.decode {
		e.decode[i] = -1
	}
	for i := 0; i < len(alpha); i++ {
		e.decode[alpha[i]] = i
	}
	return e
}

func (e *Encoding) Encode(src []byte) string {
	var sb strings.Builder
	for i := 0; i < len(src); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], src[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for k := 0; k < 4; k++ {
			if k <= n {
				sb.WriteByte(e.alphabet[v>>(18-6*uint(k))&0x3f])
			} else if e.pad {
				sb.WriteByte('=')
			}
		}
	}
	return sb.String()
}

type CorruptInputError int

func (c CorruptInputError) Error() string {
	return fmt.Sprintf("illegal base64 data at input byte %d", int(c))
}

func (e *Encoding) Decode(s string) ([]byte, error) {
	var out []byte
	var acc uint
	bits := 0
	end := len(s)
	if e.pad {
		if len(s)%4 != 0 {
			return nil, CorruptInputError(len(s) - len(s)%4)
		}
		end = len(strings.TrimRight(s, "="))
		if len(s)-end > 2 {
			return nil, CorruptInputError(end)
		}
	}
	for i := 0; i < end; i++ {
		d := e.decode[s[i]]
		if d < 0 {
			return out, CorruptInputError(i)
		}
		acc = acc<<6 | uint(d)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>uint(bits)))
		}
	}
	if bits >= 6 {
		return out, CorruptInputError(end - 1)
	}
	return out, nil
}

func hexEncode(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

func hexDecode(s string) ([]byte, error) {
	if len(s)%2 == 1 {
		return nil, errors.New("odd length hex string")
	}
	val := func(c byte) (byte, bool) {
		switch {
		case '0' <= c && c <= '9':
			return c - '0', true
		case 'a' <= c && c <= 'f':
			return c - 'a' + 10, true
		case 'A' <= c && c <= 'F':
			return c - 'A' + 10, true
		}
		return 0, false
	}
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, ok1 := val(s[2*i])
		lo, ok2 := val(s[2*i+1])
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("invalid hex byte %q at %d", s[2*i:2*i+2], 2*i)
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

func main() {
	std := NewEncoding(stdAlphabet, true)
	raw := NewEncoding(stdAlphabet, false)
	url := NewEncoding(urlAlphabet, true)
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Man is distinguished", "\xff\xfe\xfd", "日本"} {
		e := std.Encode([]byte(s))
		d, err := std.Decode(e)
		fmt.Printf("%-24q std=%-30s raw=%-28s url=%-10s ok=%t %v\n", s, e, raw.Encode([]byte(s)), url.Encode([]byte(s)), string(d) == s, err)
	}
	for _, bad := range []string{"Zm9v!", "Zm9", "Zg===", "Z===", "Zm9vYmFy", "YQ==YQ=="} {
		d, err := std.Decode(bad)
		var ce CorruptInputError
		fmt.Printf("decode %-10q -> %q err=%v corrupt=%t\n", bad, d, err, errors.As(err, &ce))
	}
	d, err := raw.Decode("Zm9vYg")
	fmt.Printf("raw decode: %q %v\n", d, err)
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	ok := true
	for n := 0; n <= len(all); n += 17 {
		for _, enc := range []*Encoding{std, raw, url} {
			back, err := enc.Decode(enc.Encode(all[:n]))
			if err != nil || string(back) != string(all[:n]) {
				ok = false
			}
		}
	}
	fmt.Println("round trips ok:", ok, "len(encode 256 bytes) =", len(std.Encode(all)), len(raw.Encode(all)))
	fmt.Println(url.Encode([]byte{0xfb, 0xff, 0xbf}), std.Encode([]byte{0xfb, 0xff, 0xbf}))
	h := hexEncode([]byte("Hello, 世界"))
	fmt.Println(h)
	b, err := hexDecode(h)
	fmt.Println(string(b), err)
	for _, bad := range []string{"abc", "zz00", "00GG", "DEADbeef"} {
		b, err := hexDecode(bad)
		fmt.Printf("hexDecode(%q) = %v, %v\n", bad, b, err)
	}
	fmt.Printf("%x | %X | % x\n", "Hello", []byte("Hi"), []byte{1, 171, 255})
}
