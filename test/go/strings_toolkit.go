// A tour of package strings as a text-munging toolkit: Builder, Fields/FieldsFunc, Split
// variants, Replacer, Title, Map, EqualFold, Cut, Index*, Trim*, Repeat, Count, Compare.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func slug(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r == ' ' || r == '-' || r == '_':
			return '-'
		}
		return -1
	}, s)
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	return strings.Trim(s, "-")
}

func parseKV(line string) (map[string]string, []string) {
	out := map[string]string{}
	var bad []string
	for _, part := range strings.Split(line, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			bad = append(bad, part)
			continue
		}
		out[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return out, bad
}

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d:", i)
		sb.WriteString(strings.Repeat("*", i))
		sb.WriteByte(' ')
		sb.WriteRune('→')
	}
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.String() == "")

	text := "  The quick  brown\tfox\njumps over   the lazy dog  "
	fmt.Printf("%q\n", strings.Fields(text))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333d,e", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q %q %q\n", strings.Split("", ","), strings.Split("abc", ""), strings.Split("x", "x"))
	fmt.Println(strings.Join([]string{"usr", "local", "bin"}, "/"), strings.Join(nil, "-") == "")

	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba baba"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1))
	fmt.Println(strings.Title("hello wonderful world of go-lang"), strings.ToTitle("straße"), strings.ToUpper("straße"))

	for _, p := range [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"Σίσυφος", "ΣΊΣΥΦΟΣ"}, {"k", "\u212a"}} {
		fmt.Printf("EqualFold(%q,%q)=%t  ", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}
	fmt.Println()
	for _, s := range []string{"host=db.local; port=5432; user = \"admin\" ;broken; ssl=on", "", "a=1=2"} {
		kv, bad := parseKV(s)
		fmt.Println(kv, bad, len(kv))
	}
	before, after, found := strings.Cut("no-separator", ":")
	fmt.Printf("%q %q %t\n", before, after, found)

	s := "chicken kitchen chick"
	fmt.Println(strings.Index(s, "chick"), strings.LastIndex(s, "chick"), strings.Index(s, "duck"),
		strings.IndexByte(s, 'k'), strings.IndexRune("日本語", '語'), strings.IndexAny(s, "xyzn"),
		strings.LastIndexAny(s, "ck"), strings.IndexFunc(s, unicode.IsSpace), strings.Count(s, "ch"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(s, "chi"), strings.HasSuffix(s, "ick"), strings.Contains(s, "tch"),
		strings.ContainsAny(s, "qz"), strings.ContainsRune(s, 'k'))
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace("\t x y \n"), strings.Trim("xxhixx", "x"),
		strings.TrimLeft("aabcaa", "a"), strings.TrimRight("aabcaa", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.tar.gz", ".gz"),
		strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), "apple" < "apricot")
	fmt.Println(strings.ToLower("ÀÉÎÕÜ"), strings.ToUpper("àéîõü ß"), strings.Repeat("ab", 3), strings.Repeat("", 5) == "")
	for _, t := range []string{"Hello, World!", "  Multiple   Spaces  ", "Ünïcödé Çafé", "under_score & co."} {
		fmt.Printf("slug(%q) = %q\n", t, slug(t))
	}
	lines := strings.Split("beta\nalpha\n\ngamma\n", "\n")
	fmt.Println(len(lines), strings.Join(lines, "|"))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.Title("ǆungla"))
}
