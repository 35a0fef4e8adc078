# lit_tests.py: the lit tests gen_lit_tests.py writes: name (package/file), doc (the file's
# first comment: the one behaviour it checks), body (main's statements), optional decls
# (top-level declarations), panic (the expected panic message: exit status 2), and, for
# functions Go 1.19 lacks, want (the expected output, by hand) and since (the Go version).


def T(name, doc, body, **kw):
    d = {"name": name, "doc": doc, "body": body}
    d.update(kw)
    return d


STRINGS = [
    # ---- searching
    T("strings/index", "Index finds the first instance of a substring; -1 if absent, 0 for the empty one.", r'''
s := "chicken kitchen"
fmt.Println(strings.Index(s, "ken"), strings.Index(s, "chen"), strings.Index(s, "dmr"), strings.Index(s, ""), strings.Index("", ""), strings.Index("", "a"))
fmt.Println(strings.Index("abc", "abc"), strings.Index("ab", "abc"), strings.Index("aaab", "aab"), strings.Index("日本語", "語"))
'''),
    T("strings/index_long_text", "Index over a long text with many partial matches.", r'''
s := strings.Repeat("ab", 1000) + "abc" + strings.Repeat("ab", 10)
fmt.Println(strings.Index(s, "abc"), strings.Index(s, "abcab"), strings.Index(s, "bb"), strings.Index(s, strings.Repeat("ab", 40)+"c"))
'''),
    T("strings/index_byte", "IndexByte and LastIndexByte find a byte, also a non-ASCII byte of an encoding.", r'''
fmt.Println(strings.IndexByte("golang", 'g'), strings.IndexByte("golang", 'x'), strings.IndexByte("", 'a'), strings.IndexByte("é", 0xA9))
fmt.Println(strings.LastIndexByte("golang", 'g'), strings.LastIndexByte("a/b/c", '/'), strings.LastIndexByte("abc", 'z'), strings.LastIndexByte("", 'a'))
'''),
    T("strings/index_rune", "IndexRune: RuneError matches invalid UTF-8 as well as U+FFFD; invalid runes never match.", r'''
fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("chicken", 'd'), strings.IndexRune("日本語", '語'))
fmt.Println(strings.IndexRune("a\xffb", 0xFFFD), strings.IndexRune("a\uFFFDb", 0xFFFD), strings.IndexRune("abc", 0xFFFD))
fmt.Println(strings.IndexRune("abc", -1), strings.IndexRune("\xed\xa0\x80", 0xD800), strings.IndexRune("x", 0x110000))
'''),
    T("strings/index_any", "IndexAny is the first rune of s in chars (bytes of invalid UTF-8 count as U+FFFD).", r'''
fmt.Println(strings.IndexAny("golang", "y"), strings.IndexAny("golang", "nl"), strings.IndexAny("golang", ""), strings.IndexAny("", "a"))
fmt.Println(strings.IndexAny("long enough ascii text", "xt"), strings.IndexAny("日本語", "語本"), strings.IndexAny("a\xffb", "\uFFFD"), strings.IndexAny("abc", "\xff"))
'''),
    T("strings/last_index", "LastIndex finds the last instance; len(s) for the empty substring.", r'''
fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go gopher", "rodent"), strings.LastIndex("go gopher", ""), strings.LastIndex("", ""))
fmt.Println(strings.LastIndex("aaaa", "aa"), strings.LastIndex("abc", "abc"), strings.LastIndex("ab", "abc"), strings.LastIndex("x日本語日本", "日本"))
'''),
    T("strings/last_index_any", "LastIndexAny is the last rune of s in chars.", r'''
fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.LastIndexAny("go gopher", "rodent"), strings.LastIndexAny("go gopher", ""), strings.LastIndexAny("", "x"))
fmt.Println(strings.LastIndexAny("日本語", "日"), strings.LastIndexAny("a\xff", "\uFFFD"), strings.LastIndexAny("\xff", "\uFFFD"), strings.LastIndexAny("long ascii text here", "ae"))
'''),
    T("strings/index_func", "IndexFunc and LastIndexFunc find the first and last rune satisfying f.", r'''
f := func(r rune) bool { return r >= 0x80 }
fmt.Println(strings.IndexFunc("Hello, 世界", f), strings.IndexFunc("Hello, world", f), strings.IndexFunc("", f))
fmt.Println(strings.LastIndexFunc("go 世界 123", f), strings.LastIndexFunc("abc", f), strings.LastIndexFunc("a\xff", f))
'''),
    T("strings/contains", "Contains, ContainsAny and ContainsRune.", r'''
fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("seafood", ""), strings.Contains("", ""))
fmt.Println(strings.ContainsAny("team", "i"), strings.ContainsAny("failure", "u & i"), strings.ContainsAny("foo", ""), strings.ContainsAny("", ""))
fmt.Println(strings.ContainsRune("aardvark", 97), strings.ContainsRune("timeout", 97), strings.ContainsRune("日本", '本'))
'''),
    T("strings/contains_func", "ContainsFunc (Go 1.21) reports whether any rune satisfies f.", r'''
f := func(r rune) bool { return r == 'a' || r == 'e' }
fmt.Println(strings.ContainsFunc("hello", f), strings.ContainsFunc("world", f), strings.ContainsFunc("", f))
''', want="true false false\n", since="strings.ContainsFunc (Go 1.21)"),
    T("strings/count", "Count counts non-overlapping instances; the empty substring counts runes plus one.", r'''
fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("日本語", ""), strings.Count("aaaa", "aa"), strings.Count("", "a"), strings.Count("", ""))
fmt.Println(strings.Count("a\xffb", ""), strings.Count("abcabcab", "abc"), strings.Count("x", "xx"))
'''),
    T("strings/has_prefix_suffix", "HasPrefix and HasSuffix; the empty string is a prefix and suffix of everything.", r'''
fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", "C"), strings.HasPrefix("Gopher", ""), strings.HasPrefix("", "a"))
fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", ""), strings.HasSuffix("go", "Amigo"))
'''),
    T("strings/compare", "Compare is bytewise: -1, 0, +1.", r'''
fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"), strings.Compare("", "a"), strings.Compare("ab", "a"), strings.Compare("é", "z"))
'''),
    T("strings/equal_fold", "EqualFold compares under simple Unicode case folding.", r'''
fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("Go", "Goo"), strings.EqualFold("", ""))
fmt.Println(strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("k", "\u212a"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("ǅ", "ǆ"))
fmt.Println(strings.EqualFold("a\xff", "A\xff"), strings.EqualFold("\xff", "\uFFFD"), strings.EqualFold("1", "!"))
'''),
    T("strings/cut", "Cut slices around the first separator.", r'''
show := func(s, sep string) {
	before, after, found := strings.Cut(s, sep)
	fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
}
show("Gopher", "Go")
show("Gopher", "ph")
show("Gopher", "er")
show("Gopher", "Badger")
show("a=b=c", "=")
show("", "")
show("abc", "")
'''),
    T("strings/cut_prefix", "CutPrefix (Go 1.20) removes a prefix and reports whether it was there.", r'''
fmt.Println(strings.CutPrefix("Gopher", "Go"))
fmt.Println(strings.CutPrefix("Gopher", "ph"))
fmt.Println(strings.CutPrefix("Gopher", ""))
''', want="pher true\nGopher false\nGopher true\n", since="strings.CutPrefix (Go 1.20)"),
    T("strings/cut_suffix", "CutSuffix (Go 1.20) removes a suffix and reports whether it was there.", r'''
fmt.Println(strings.CutSuffix("Gopher", "er"))
fmt.Println(strings.CutSuffix("Gopher", "Go"))
before, found := strings.CutSuffix("", "")
fmt.Printf("%q %v\n", before, found)
''', want="Goph true\nGopher false\n\"\" true\n", since="strings.CutSuffix (Go 1.20)"),
    # ---- splitting and joining
    T("strings/split", "Split around every separator, keeping empty pieces.", r'''
fmt.Printf("%q\n", strings.Split("a,b,c", ","))
fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
fmt.Printf("%q\n", strings.Split(" xyz ", ""))
fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
fmt.Printf("%q %q\n", strings.Split("", ""), strings.Split("x", "x"))
'''),
    T("strings/split_empty_sep_utf8", "Split with an empty separator splits after each UTF-8 sequence; invalid bytes become U+FFFD.", r'''
fmt.Printf("%q\n", strings.Split("日本語", ""))
fmt.Printf("%q\n", strings.Split("a\xffb\xe2\x82", ""))
fmt.Printf("%q\n", strings.SplitN("a\xffbc", "", 3))
'''),
    T("strings/split_n", "SplitN: n > 0 at most n pieces, n == 0 nil, n < 0 all.", r'''
fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
z := strings.SplitN("a,b,c", ",", 0)
fmt.Printf("%q (nil = %v)\n", z, z == nil)
fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 10))
fmt.Printf("%q\n", strings.SplitN("abc", "", 2))
'''),
    T("strings/split_after", "SplitAfter and SplitAfterN keep the separator at the end of each piece.", r'''
fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
fmt.Printf("%q\n", strings.SplitAfter("a,b,c,", ","))
fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 2))
fmt.Printf("%q\n", strings.SplitAfter("abc", ""))
fmt.Printf("%q\n", strings.SplitAfterN("a,b", ",", 0))
'''),
    T("strings/split_capacity", "The slices Split and Fields return have Go's capacities.", r'''
a := strings.Split("a,b,c", ",")
b := strings.SplitN("a,b,c,d,e", ",", 3)
c := strings.SplitN("a,b", ",", 5)
d := strings.Fields(" a b  c ")
e := strings.Fields("é b")
fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c), len(d), cap(d), len(e), cap(e))
'''),
    T("strings/fields", "Fields splits around runs of ASCII white space.", r'''
fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
fmt.Printf("%q\n", strings.Fields(" \t\n\v\f\r "))
fmt.Printf("%q\n", strings.Fields(""))
fmt.Printf("%q\n", strings.Fields("one"))
fmt.Printf("%q\n", strings.Fields("a\tb\nc\rd\ve\ff"))
'''),
    T("strings/fields_unicode_space", "Fields splits around Unicode white space (U+0085, U+00A0, U+2000, U+3000...) too.", r'''
fmt.Printf("%q\n", strings.Fields("a\u00a0b\u0085c\u2000d\u3000e\u200bf"))
fmt.Printf("%q\n", strings.Fields(" héllo  wörld \u2029"))
fmt.Printf("%q\n", strings.Fields("a\xffb \xff"))
'''),
    T("strings/fields_func", "FieldsFunc splits around runs of runes satisfying f.", r'''
f := func(c rune) bool { return c != '.' && (c < '0' || c > '9') && (c < 'a' || c > 'z') }
fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
fmt.Printf("%q\n", strings.FieldsFunc("", f))
fmt.Printf("%q\n", strings.FieldsFunc(";;;", f))
fmt.Printf("%q\n", strings.FieldsFunc("日本,語", func(r rune) bool { return r == ',' }))
'''),
    T("strings/join", "Join concatenates with a separator.", r'''
fmt.Printf("%q\n", strings.Join([]string{"foo", "bar", "baz"}, ", "))
fmt.Printf("%q\n", strings.Join(nil, ","))
fmt.Printf("%q\n", strings.Join([]string{"x"}, ","))
fmt.Printf("%q\n", strings.Join([]string{"", ""}, ""))
fmt.Printf("%q\n", strings.Join([]string{"", "", ""}, "-"))
fmt.Printf("%q\n", strings.Join([]string{"a", "b"}, ""))
'''),
    # ---- building new strings
    T("strings/repeat", "Repeat concatenates count copies.", r'''
fmt.Printf("%q %q %q %q\n", strings.Repeat("na", 4), strings.Repeat("x", 0), strings.Repeat("", 10), strings.Repeat("é", 3))
fmt.Println(len(strings.Repeat("abc", 10000)), strings.Count(strings.Repeat("abc", 10000), "ca"))
'''),
    T("strings/repeat_negative_count", "Repeat panics on a negative count.", r'''
fmt.Println("before")
n := -1
fmt.Println(strings.Repeat("x", n))
''', panic="strings: negative Repeat count"),
    T("strings/repeat_overflow", "Repeat panics when len(s)*count overflows.", r'''
n := 1 << 62
fmt.Println(strings.Repeat("ab", n))
''', panic="strings: Repeat count causes overflow"),
    T("strings/replace", "Replace the first n non-overlapping instances (all if n < 0).", r'''
fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
fmt.Println(strings.Replace("aaaa", "aa", "b", -1), strings.Replace("aaaa", "a", "b", 0), strings.Replace("abc", "x", "y", -1))
fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"), strings.ReplaceAll("abc", "b", ""))
'''),
    T("strings/replace_empty_old", "Replacing the empty string inserts at the start and after each UTF-8 sequence.", r'''
fmt.Printf("%q\n", strings.Replace("abc", "", "-", -1))
fmt.Printf("%q\n", strings.Replace("abc", "", "-", 2))
fmt.Printf("%q\n", strings.Replace("日本", "", "|", -1))
fmt.Printf("%q\n", strings.Replace("", "", "x", -1))
fmt.Printf("%q\n", strings.Replace("a\xff", "", ".", -1))
'''),
    T("strings/to_upper_lower", "ToUpper and ToLower map every rune with Unicode case mapping.", r'''
fmt.Println(strings.ToUpper("Gopher"), strings.ToLower("Gopher"), strings.ToUpper(""), strings.ToUpper("123"))
fmt.Println(strings.ToUpper("àéîõü ß"), strings.ToLower("ÀÉÎÕÜ ẞ"), strings.ToUpper("straße"), strings.ToLower("ΣΊΣΥΦΟΣ"))
fmt.Println(strings.ToUpper("ǆ ı i"), strings.ToLower("ǅ İ"), strings.ToUpper("ﬃ"))
'''),
    T("strings/to_upper_invalid_utf8", "Case mapping writes invalid UTF-8 bytes out as U+FFFD (unless all of s is ASCII).", r'''
fmt.Printf("%q %q %q\n", strings.ToUpper("a\xffb"), strings.ToLower("A\xffB"), strings.ToUpper("é\xe2\x82"))
fmt.Printf("%q\n", strings.ToTitle("\xff"))
'''),
    T("strings/to_title", "ToTitle maps every rune to title case.", r'''
fmt.Println(strings.ToTitle("loud noises"), strings.ToTitle("хлеб"), strings.ToTitle("ǆungla"), strings.ToTitle("straße"))
'''),
    T("strings/title", "Title maps the first letter of each word (after a separator) to title case.", r'''
fmt.Println(strings.Title("her royal highness"), strings.Title("hello wonderful world of go-lang"))
fmt.Println(strings.Title("ǆungla o'neil x_y 1abc"), strings.Title("àb,éc"), strings.Title(""))
'''),
    T("strings/map", "Map replaces each rune; a negative result drops it.", r'''
rot13 := func(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	}
	return r
}
fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
fmt.Printf("%q\n", strings.Map(func(r rune) rune {
	if r == 'a' {
		return -1
	}
	return r
}, "banana"))
fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
fmt.Printf("%q\n", strings.Map(func(r rune) rune { return '世' }, "ab"))
'''),
    T("strings/map_invalid_utf8", "Map sees invalid bytes as U+FFFD and writes U+FFFD for them.", r'''
id := func(r rune) rune { return r }
fmt.Printf("%q %q %q\n", strings.Map(id, "a\xffb"), strings.Map(id, "ok\uFFFD"), strings.Map(func(r rune) rune {
	if r == 0xFFFD {
		return '?'
	}
	return r
}, "x\xe2\x82y"))
'''),
    T("strings/to_valid_utf8", "ToValidUTF8 replaces each run of invalid bytes with the replacement.", r'''
fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
fmt.Printf("%q\n", strings.ToValidUTF8("abc", "?"))
fmt.Printf("%q\n", strings.ToValidUTF8("\xed\xa0\x80x", "<bad>"))
fmt.Printf("%q\n", strings.ToValidUTF8("\xffé\xff", ""))
'''),
    T("strings/clone", "Clone copies a string.", r'''
s := strings.Clone("gopher")
fmt.Println(s, len(strings.Clone("")), strings.Clone("日本") == "日本")
'''),
    # ---- trimming
    T("strings/trim", "Trim removes leading and trailing runes of the cutset.", r'''
fmt.Printf("%q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.Trim("  x  ", " "), strings.Trim("abc", ""))
fmt.Printf("%q %q %q\n", strings.Trim("", "a"), strings.Trim("aaa", "a"), strings.Trim("abcba", "ab"))
'''),
    T("strings/trim_left_right", "TrimLeft and TrimRight remove runes of the cutset from one end.", r'''
fmt.Printf("%q %q\n", strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"))
fmt.Printf("%q %q\n", strings.TrimLeft("aabcaa", "a"), strings.TrimRight("aabcaa", "a"))
fmt.Printf("%q %q\n", strings.TrimLeft("123abc", "0123456789"), strings.TrimRight("abc123", "0123456789"))
fmt.Printf("%q %q\n", strings.TrimLeft("\xff\xffa", "\uFFFD"), strings.TrimRight("a\xff", "\uFFFD"))
'''),
    T("strings/trim_space", "TrimSpace removes leading and trailing Unicode white space.", r'''
fmt.Printf("%q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"))
fmt.Printf("%q %q %q\n", strings.TrimSpace(""), strings.TrimSpace("   "), strings.TrimSpace("x"))
fmt.Printf("%q\n", strings.TrimSpace("\u00a0\u2000 héllo \u3000\u0085"))
fmt.Printf("%q\n", strings.TrimSpace(" \xff "))
'''),
    T("strings/trim_prefix_suffix", "TrimPrefix and TrimSuffix remove one instance if present.", r'''
fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "prefix-"), strings.TrimPrefix("aaa", "a"))
fmt.Println(strings.TrimSuffix("file.tar.gz", ".gz"), strings.TrimSuffix("file", ".gz"), strings.TrimSuffix("aaa", "a"))
'''),
    T("strings/trim_func", "TrimFunc, TrimLeftFunc and TrimRightFunc remove runes satisfying f.", r'''
digit := func(r rune) bool { return r >= '0' && r <= '9' }
fmt.Printf("%q %q %q\n", strings.TrimFunc("123abc456", digit), strings.TrimLeftFunc("123abc456", digit), strings.TrimRightFunc("123abc456", digit))
fmt.Printf("%q %q %q\n", strings.TrimFunc("123", digit), strings.TrimLeftFunc("", digit), strings.TrimRightFunc("日本1", digit))
nonASCII := func(r rune) bool { return r >= 0x80 }
fmt.Printf("%q %q\n", strings.TrimFunc("é\xffxé", nonASCII), strings.TrimRightFunc("x\xe2\x82", nonASCII))
'''),
    # ---- Builder
    T("strings/builder_basic", "A Builder collects writes of strings, bytes and runes.", r'''
var b strings.Builder
for i := 3; i > 0; i-- {
	fmt.Fprintf(&b, "%d...", i)
}
b.WriteString("ignition")
b.WriteByte('!')
b.WriteRune('🚀')
fmt.Println(b.String(), b.Len())
'''),
    T("strings/builder_write_results", "Builder's Write methods return the bytes written and a nil error.", r'''
var b strings.Builder
n1, e1 := b.Write([]byte("abc"))
n2, e2 := b.WriteString("日本")
n3, e3 := b.WriteRune('é')
n4, e4 := b.WriteRune(0x10FFFF)
e5 := b.WriteByte('z')
fmt.Println(n1, e1, n2, e2, n3, e3, n4, e4, e5, b.Len())
'''),
    T("strings/builder_write_rune_invalid", "WriteRune writes U+FFFD for invalid runes.", r'''
var b strings.Builder
n1, _ := b.WriteRune(-1)
n2, _ := b.WriteRune(0xD800)
n3, _ := b.WriteRune(0x110000)
fmt.Printf("%q %d %d %d\n", b.String(), n1, n2, n3)
'''),
    T("strings/builder_grow_cap", "Grow, Len and Cap follow Go's growth.", r'''
var b strings.Builder
fmt.Println(b.Len(), b.Cap(), b.String() == "")
b.Grow(10)
fmt.Println(b.Len(), b.Cap())
b.WriteString("0123456789")
fmt.Println(b.Len(), b.Cap())
b.WriteByte('x')
fmt.Println(b.Len(), b.Cap())
b.Grow(100)
fmt.Println(b.Len(), b.Cap())
b.Grow(1)
fmt.Println(b.Len(), b.Cap())
'''),
    T("strings/builder_reset", "Reset empties a Builder, which can then be reused (even after being copied).", r'''
var b strings.Builder
b.WriteString("abc")
s := b.String()
b.Reset()
fmt.Println(b.Len(), b.Cap(), s)
b.WriteString("def")
fmt.Println(b.String(), s)
c := b
c.Reset()
c.WriteString("copy")
fmt.Println(c.String(), b.String())
'''),
    T("strings/builder_string_is_stable", "A string taken from a Builder does not change as the Builder grows.", r'''
var b strings.Builder
b.Grow(64)
b.WriteString("one")
s1 := b.String()
b.WriteString(" two")
s2 := b.String()
for i := 0; i < 100; i++ {
	b.WriteByte('.')
}
fmt.Println(s1, s2, b.Len())
'''),
    T("strings/builder_io_writer", "*Builder is an io.Writer and an io.StringWriter.", r'''
var b strings.Builder
var w io.Writer = &b
io.WriteString(w, "via WriteString ")
w.Write([]byte("via Write"))
_, ok := w.(io.StringWriter)
_, ok2 := w.(io.ByteWriter)
fmt.Println(b.String(), ok, ok2)
'''),
    T("strings/builder_copy_panics", "Writing to a copy of a non-zero Builder panics.", r'''
var a strings.Builder
a.WriteString("x")
b := a
fmt.Println("copied")
b.WriteString("y")
''', panic="strings: illegal use of non-zero Builder copied by value"),
    T("strings/builder_grow_negative", "Grow panics on a negative count.", r'''
var b strings.Builder
n := -1
b.Grow(n)
''', panic="strings.Builder.Grow: negative count"),
    # ---- Reader
    T("strings/reader_read", "Reader.Read reads up to len(p) bytes, then io.EOF.", r'''
r := strings.NewReader("héllo, 世界")
fmt.Println(r.Len(), r.Size())
buf := make([]byte, 4)
for {
	n, err := r.Read(buf)
	fmt.Println(n, err, buf[:n], r.Len())
	if err != nil {
		break
	}
}
fmt.Println(r.Read(nil))
'''),
    T("strings/reader_read_empty", "Reading an empty buffer at the start returns 0, nil; at the end io.EOF.", r'''
r := strings.NewReader("ab")
fmt.Println(r.Read([]byte{}))
r.Read(make([]byte, 2))
fmt.Println(r.Read([]byte{}))
'''),
    T("strings/reader_read_byte", "ReadByte and UnreadByte.", r'''
r := strings.NewReader("ab")
fmt.Println(r.UnreadByte())
for i := 0; i < 3; i++ {
	b, err := r.ReadByte()
	fmt.Println(b, err)
}
fmt.Println(r.UnreadByte(), r.Len())
b, err := r.ReadByte()
fmt.Println(b, err)
'''),
    T("strings/reader_read_rune", "ReadRune decodes UTF-8 (invalid bytes as U+FFFD, width 1); UnreadRune only after ReadRune.", r'''
r := strings.NewReader("aé\xff語")
fmt.Println(r.UnreadRune())
for {
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	if err != nil {
		break
	}
}
fmt.Println(r.UnreadRune())
r.Reset("xy")
r.ReadRune()
fmt.Println(r.UnreadRune(), r.UnreadRune())
r.ReadByte()
fmt.Println(r.UnreadRune())
'''),
    T("strings/reader_seek", "Seek relative to the start, the current position and the end.", r'''
r := strings.NewReader("0123456789")
fmt.Println(r.Seek(3, 0))
fmt.Println(r.Seek(2, 1))
b, _ := r.ReadByte()
fmt.Println(string(b))
fmt.Println(r.Seek(-1, 2))
fmt.Println(r.Seek(-20, 2))
fmt.Println(r.Seek(0, 3))
fmt.Println(r.Seek(100, 0))
fmt.Println(r.Len())
fmt.Println(r.Read(make([]byte, 1)))
'''),
    T("strings/reader_read_at", "ReadAt reads at an offset without moving the reader.", r'''
r := strings.NewReader("0123456789")
buf := make([]byte, 4)
n, err := r.ReadAt(buf, 2)
fmt.Println(n, err, string(buf[:n]))
n, err = r.ReadAt(buf, 8)
fmt.Println(n, err, string(buf[:n]))
fmt.Println(r.ReadAt(buf, 10))
fmt.Println(r.ReadAt(buf, -1))
fmt.Println(r.Len())
'''),
    T("strings/reader_write_to", "WriteTo writes the unread rest.", r'''
r := strings.NewReader("skip: the rest\n")
r.Read(make([]byte, 6))
n, err := r.WriteTo(os.Stdout)
fmt.Println(n, err, r.Len())
fmt.Println(r.WriteTo(os.Stdout))
'''),
    T("strings/reader_reset", "Reset makes a Reader read from a new string.", r'''
r := strings.NewReader("first")
r.ReadByte()
r.Reset("second")
data, err := io.ReadAll(r)
fmt.Println(string(data), err, r.Size())
'''),
    T("strings/reader_interfaces", "*Reader implements io.Reader, io.ByteReader and io.RuneReader.", r'''
var r io.Reader = strings.NewReader("x")
_, br := r.(io.ByteReader)
_, rr := r.(io.RuneReader)
_, wt := r.(interface{ WriteTo(io.Writer) (int64, error) })
fmt.Println(br, rr, wt)
'''),
    # ---- Replacer
    T("strings/replacer_html", "A Replacer with several old strings (HTML escaping).", r'''
r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;", `"`, "&quot;")
fmt.Println(r.Replace(`This is <b>HTML</b> & "quotes"!`))
fmt.Println(r.Replace("nothing to do"))
'''),
    T("strings/replacer_no_rescan", "Replacements are not rescanned: swapping a and b works.", r'''
fmt.Println(strings.NewReplacer("a", "b", "b", "a").Replace("abba baba"))
fmt.Println(strings.NewReplacer("a", "bb", "b", "a").Replace("abba"))
'''),
    T("strings/replacer_argument_order", "At one position the first matching old string in argument order wins.", r'''
fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("aa"))
fmt.Println(strings.NewReplacer("hell", "HECK", "hello", "HELLO").Replace("hello hell"))
fmt.Println(strings.NewReplacer("cat", "dog", "ca", "CA", "c", "C").Replace("catcacc"))
'''),
    T("strings/replacer_empty_old", "An empty old string matches at every position, once.", r'''
fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace("abc"))
fmt.Printf("%q\n", strings.NewReplacer("", "X").Replace(""))
fmt.Printf("%q\n", strings.NewReplacer("a", "A", "", "X").Replace("abc"))
fmt.Printf("%q\n", strings.NewReplacer("", "X", "a", "A").Replace("abc"))
fmt.Printf("%q\n", strings.NewReplacer("", "-", "", "+").Replace("ab"))
'''),
    T("strings/replacer_single_string", "A Replacer with one old string of several bytes.", r'''
r := strings.NewReplacer("ana", "[ana]")
fmt.Println(r.Replace("bananas and ananas"), r.Replace("none"), r.Replace(""))
fmt.Println(strings.NewReplacer("ab", "").Replace("aabbab"))
'''),
    T("strings/replacer_bytes", "Replacers of single bytes, by single bytes or by strings.", r'''
fmt.Println(strings.NewReplacer("a", "1", "b", "2", "a", "3").Replace("banana"))
fmt.Println(strings.NewReplacer("a", "<a>", "n", "").Replace("banana"))
fmt.Printf("%q\n", strings.NewReplacer("\xff", "?").Replace("a\xffb"))
fmt.Println(strings.NewReplacer().Replace("unchanged"))
'''),
    T("strings/replacer_write_string", "Replacer.WriteString writes the result to an io.Writer and counts its bytes.", r'''
for _, r := range []*strings.Replacer{
	strings.NewReplacer("a", "1"),
	strings.NewReplacer("a", "AA"),
	strings.NewReplacer("na", "NA"),
	strings.NewReplacer("a", "AA", "nan", "N"),
} {
	n, err := r.WriteString(os.Stdout, "banana")
	fmt.Println("", n, err)
}
'''),
    T("strings/replacer_odd_arguments", "NewReplacer panics on an odd number of arguments.", r'''
fmt.Println(strings.NewReplacer("a", "b").Replace("a"))
strings.NewReplacer("a", "b", "c")
''', panic="strings.NewReplacer: odd argument count"),
]

UNICODE = [
    T("unicode/constants", "The package's constants.", r'''
fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
fmt.Printf("%T %T\n", unicode.MaxRune, unicode.UpperCase)
'''),
    T("unicode/is_letter", "IsLetter: Unicode category L.", r'''
for _, r := range []rune{'a', 'Z', 'é', 'ß', 'Σ', '日', 'ǅ', '1', '_', ' ', 0xAA, 0xB5, 0xD7, -1, 0x110000} {
	fmt.Print(unicode.IsLetter(r), " ")
}
fmt.Println()
'''),
    T("unicode/is_digit_number", "IsDigit is category Nd; IsNumber is N (also Nl and No).", r'''
for _, r := range []rune{'0', '9', 'a', '٣', '²', '½', 'Ⅻ', '①', '𝟘', -5} {
	fmt.Print(unicode.IsDigit(r), unicode.IsNumber(r), " ")
}
fmt.Println()
'''),
    T("unicode/is_space", "IsSpace: the White_Space property.", r'''
for _, r := range []rune{' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 'x', 0x1C} {
	fmt.Print(unicode.IsSpace(r), " ")
}
fmt.Println()
'''),
    T("unicode/is_upper_lower_title", "IsUpper, IsLower and IsTitle.", r'''
for _, r := range []rune{'A', 'a', 'É', 'é', 'ǅ', 'ǆ', 'Ǆ', 'ß', 'ẞ', 'Σ', 'ς', 'ᾈ', '1', 'ª'} {
	fmt.Print(unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), " ")
}
fmt.Println()
'''),
    T("unicode/is_punct_symbol", "IsPunct (category P) and IsSymbol (category S).", r'''
for _, r := range []rune{'!', '-', '_', '(', '$', '+', '<', '^', '`', '|', '~', '§', '¶', '«', '©', '°', '€', '→', '。', '😀'} {
	fmt.Print(unicode.IsPunct(r), unicode.IsSymbol(r), " ")
}
fmt.Println()
'''),
    T("unicode/is_control_mark", "IsControl (C0, DEL, C1) and IsMark (category M).", r'''
for _, r := range []rune{0, '\n', 0x1F, ' ', 0x7F, 0x80, 0x9F, 0xA0, 0x200E, 0x0301, 0x0903, 0x20DD, 'e'} {
	fmt.Print(unicode.IsControl(r), unicode.IsMark(r), " ")
}
fmt.Println()
'''),
    T("unicode/is_graphic_print", "IsGraphic includes all Unicode spaces; IsPrint only U+0020.", r'''
for _, r := range []rune{'a', ' ', 0xA0, 0x2000, 0x3000, '\t', 0x7F, 0xAD, 0x0301, '世', 0xFFFD, 0xE000, 0x10FFFF, -1} {
	fmt.Print(unicode.IsGraphic(r), unicode.IsPrint(r), " ")
}
fmt.Println()
'''),
    T("unicode/to_upper_lower_title", "ToUpper, ToLower and ToTitle map single runes.", r'''
for _, r := range []rune{'a', 'A', 'é', 'ß', 'ÿ', 'ǆ', 'ǅ', 'Ǆ', 'ı', 'İ', 'ſ', 'σ', 'ς', 'ꞵ', '1', -1, 0x110000} {
	fmt.Print(string(unicode.ToUpper(r)), string(unicode.ToLower(r)), string(unicode.ToTitle(r)), " ")
}
fmt.Println()
fmt.Println(unicode.ToUpper(-1), unicode.ToLower(0x110000))
'''),
    T("unicode/to", "To maps to a case by its number; an unknown case gives U+FFFD.", r'''
fmt.Println(unicode.To(unicode.UpperCase, 'g'), unicode.To(unicode.LowerCase, 'G'), unicode.To(unicode.TitleCase, 'ǆ'))
fmt.Println(unicode.To(unicode.MaxCase, 'a'), unicode.To(-1, 'a'), unicode.To(unicode.UpperCase, 0x10FFFF))
'''),
    T("unicode/simple_fold", "SimpleFold iterates over a rune's case-folding orbit.", r'''
for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', '1', -2, 'ß', 'ẞ', 'Σ', 'σ', 'ς', 0x10FFFF, 0x110000} {
	fmt.Printf("%#U -> %#U\n", r, unicode.SimpleFold(r))
}
'''),
    T("unicode/is_table", "Is tests membership of a RangeTable such as Han, Latin or Greek.", r'''
for _, r := range []rune{'a', 'é', 'Ω', '日', 'ア', '한', '0'} {
	fmt.Println(string(r), unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r), unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Hangul, r))
}
'''),
    T("unicode/in_is_one_of", "In and IsOneOf test membership of any of several tables.", r'''
fmt.Println(unicode.In('a', unicode.Han, unicode.Latin), unicode.In('a', unicode.Han), unicode.In('a'))
tables := []*unicode.RangeTable{unicode.Cyrillic, unicode.Nd}
fmt.Println(unicode.IsOneOf(tables, 'ж'), unicode.IsOneOf(tables, '7'), unicode.IsOneOf(tables, 'x'), unicode.IsOneOf(nil, 'x'))
'''),
    T("unicode/category_tables", "The category tables (Lu, Ll, Nd, P, Zs...) and their aliases (Upper, Digit...).", r'''
fmt.Println(unicode.Is(unicode.Lu, 'A'), unicode.Is(unicode.Ll, 'A'), unicode.Is(unicode.Nd, '٣'), unicode.Is(unicode.P, '!'), unicode.Is(unicode.Zs, ' '), unicode.Is(unicode.Sc, '€'))
fmt.Println(unicode.Upper == unicode.Lu, unicode.Lower == unicode.Ll, unicode.Digit == unicode.Nd, unicode.Letter == unicode.L, unicode.Punct == unicode.P, unicode.Space == unicode.Z)
'''),
    T("unicode/property_tables", "Property tables: White_Space, Hex_Digit, Dash, Sentence_Terminal...", r'''
fmt.Println(unicode.Is(unicode.White_Space, '\n'), unicode.Is(unicode.Hex_Digit, 'f'), unicode.Is(unicode.Hex_Digit, 'g'), unicode.Is(unicode.ASCII_Hex_Digit, 'Ａ'), unicode.Is(unicode.Hex_Digit, 'Ａ'))
fmt.Println(unicode.Is(unicode.Dash, '-'), unicode.Is(unicode.Sentence_Terminal, '.'), unicode.STerm == unicode.Sentence_Terminal, unicode.Is(unicode.Quotation_Mark, '"'))
'''),
    T("unicode/range_table_fields", "A standard RangeTable's R16, R32 and LatinOffset are Go's.", r'''
fmt.Println(len(unicode.Latin.R16), len(unicode.Latin.R32), unicode.Latin.LatinOffset, unicode.Latin.R16[0], unicode.Latin.R16[1])
fmt.Println(unicode.Han.R32[0], unicode.Zs.R16, len(unicode.Zs.R32), unicode.Zs.LatinOffset)
'''),
    T("unicode/own_range_table", "Is works on a program's own RangeTable, strides included.", r'''
t := &unicode.RangeTable{
	R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}, {Lo: 0x100, Hi: 0x110, Stride: 1}},
	R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}},
}
for _, r := range []rune{'a', 'b', 'y', 'z', 0x105, 0x10004, 0x10005, 0x10010, -1} {
	fmt.Print(unicode.Is(t, r), " ")
}
fmt.Println(unicode.Is(&unicode.RangeTable{}, 'a'))
'''),
    T("unicode/maps_of_tables", "Categories, Scripts and Properties map names to the tables.", r'''
fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), len(unicode.FoldCategory), len(unicode.FoldScript))
fmt.Println(unicode.Categories["Lu"] == unicode.Lu, unicode.Scripts["Latin"] == unicode.Latin, unicode.Properties["White_Space"] == unicode.White_Space)
_, ok := unicode.Scripts["Klingon"]
fmt.Println(ok, unicode.Is(unicode.Scripts["Cyrillic"], 'ж'), unicode.Is(unicode.FoldCategory["Lu"], 'ſ'))
'''),
    T("unicode/graphic_print_ranges", "GraphicRanges and PrintRanges are L, M, N, P, S (and Zs).", r'''
fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[0] == unicode.L, unicode.GraphicRanges[5] == unicode.Zs, unicode.PrintRanges[4] == unicode.S)
fmt.Println(unicode.In(0x3000, unicode.GraphicRanges...), unicode.In(0x3000, unicode.PrintRanges...))
'''),
    T("unicode/case_ranges", "CaseRanges is Go's table of case mappings.", r'''
fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
n := 0
for _, cr := range unicode.CaseRanges {
	if cr.Delta[unicode.UpperCase] == unicode.UpperLower {
		n++
	}
}
fmt.Println(n)
'''),
    T("unicode/turkish_case", "TurkishCase maps dotted and dotless i as Turkish does; other runes as usual.", r'''
for _, r := range []rune{'i', 'I', 'ı', 'İ', 'a', 'é'} {
	fmt.Print(string(unicode.TurkishCase.ToUpper(r)), string(unicode.TurkishCase.ToLower(r)), string(unicode.TurkishCase.ToTitle(r)), " ")
}
fmt.Println(len(unicode.TurkishCase), unicode.TurkishCase[0], unicode.AzeriCase.ToUpper('i') == 'İ')
'''),
    T("unicode/special_case_own", "A program's own SpecialCase is consulted first, then the general mapping.", r'''
sc := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{2, 0, 3}}}
fmt.Println(string(sc.ToUpper('a')), string(sc.ToUpper('d')), string(sc.ToTitle('b')), string(sc.ToLower('A')), string(sc.ToLower('b')))
'''),
    T("unicode/funcs_as_values", "The predicates are ordinary functions: they can be passed as values.", r'''
preds := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsSpace, unicode.IsUpper, unicode.IsPunct}
for _, r := range "a1 B!" {
	for _, p := range preds {
		fmt.Print(p(r), " ")
	}
	fmt.Println()
}
f := unicode.ToUpper
fmt.Println(string(f('q')))
'''),
]

UTF8 = [
    T("utf8/constants", "RuneError, RuneSelf, MaxRune and UTFMax.", r'''
fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
fmt.Printf("%T %T %q\n", utf8.RuneError, utf8.UTFMax, utf8.RuneError)
'''),
    T("utf8/decode_rune_in_string", "DecodeRuneInString: a rune and its width.", r'''
for _, s := range []string{"a", "é", "世界", "😀!", "\uFFFD"} {
	r, size := utf8.DecodeRuneInString(s)
	fmt.Printf("%q %d %d\n", r, r, size)
}
'''),
    T("utf8/decode_rune_invalid", "Invalid, short, overlong and surrogate sequences decode as (RuneError, 1); empty as (RuneError, 0).", r'''
for _, s := range []string{"", "\x80", "\xff", "\xc3", "\xe2\x82", "\xf0\x9f\x98", "\xc0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80", "\xe2\x28\xa1"} {
	r, size := utf8.DecodeRuneInString(s)
	br, bsize := utf8.DecodeRune([]byte(s))
	fmt.Println(r, size, br, bsize)
}
'''),
    T("utf8/decode_rune", "DecodeRune decodes the first encoding of a byte slice.", r'''
b := []byte("Hello, 世界")
for len(b) > 0 {
	r, size := utf8.DecodeRune(b)
	fmt.Printf("%c %v\n", r, size)
	b = b[size:]
}
fmt.Println(utf8.DecodeRune(nil))
'''),
    T("utf8/decode_last_rune", "DecodeLastRune and DecodeLastRuneInString decode the last encoding.", r'''
for _, s := range []string{"", "a", "Hello, 世界", "😀", "a\xff", "\xe4\xb8", "\x96", "\xf0\x9f\x98\x80\x80"} {
	r, size := utf8.DecodeLastRuneInString(s)
	br, bsize := utf8.DecodeLastRune([]byte(s))
	fmt.Println(r, size, br, bsize)
}
'''),
    T("utf8/encode_rune", "EncodeRune writes the encoding (U+FFFD for an invalid rune) and returns its length.", r'''
for _, r := range []rune{'a', 'é', '€', '😀', 0x7F, 0x80, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, -1, 0xD800, 0xDFFF, 0x110000} {
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, r)
	fmt.Println(r, n, buf[:n])
}
'''),
    T("utf8/encode_rune_short_buffer", "EncodeRune panics with an index error when the buffer is too short.", r'''
buf := make([]byte, 2)
fmt.Println(utf8.EncodeRune(buf, 'é'), buf)
utf8.EncodeRune(buf, '€')
''', panic="runtime error: index out of range [2] with length 2"),
    T("utf8/append_rune", "AppendRune appends the encoding (U+FFFD for an invalid rune).", r'''
buf1 := utf8.AppendRune(nil, 0x10000)
buf2 := utf8.AppendRune([]byte("init"), 0x10000)
fmt.Println(string(buf1), string(buf2))
var p []byte
for _, r := range []rune{'a', 'é', '€', '😀', -1, 0xD800, 0x110000} {
	p = utf8.AppendRune(p, r)
}
fmt.Println(p, len(p))
'''),
    T("utf8/rune_len", "RuneLen is the encoding's length, -1 for an invalid rune.", r'''
for _, r := range []rune{'a', 0x7F, 0x80, 'é', 0x7FF, 0x800, '€', 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1} {
	fmt.Print(utf8.RuneLen(r), " ")
}
fmt.Println()
'''),
    T("utf8/rune_count", "RuneCount and RuneCountInString count runes; each invalid byte counts as one.", r'''
for _, s := range []string{"", "Hello, 世界", "\xff\xfe", "a\xe2\x82", "\xf0\x9f\x98\x80", "\xf0\x9f\x98", "\xed\xa0\x80", "日本語"} {
	fmt.Println(utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
}
'''),
    T("utf8/valid", "Valid and ValidString report whether all of the input is valid UTF-8.", r'''
for _, s := range []string{"", "Hello, 世界", "a\xffb", "\xed\xa0\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xc0\xaf", "abcdefghijklmnop\xe2\x82", "abcdefghijklmnopé", "\xe2\x82\xac"} {
	fmt.Println(utf8.ValidString(s), utf8.Valid([]byte(s)))
}
'''),
    T("utf8/valid_rune", "ValidRune: in range and not a surrogate half.", r'''
for _, r := range []rune{'a', utf8.RuneError, 0xD7FF, 0xD800, 0xDFFF, 0xE000, utf8.MaxRune, utf8.MaxRune + 1, -1} {
	fmt.Print(utf8.ValidRune(r), " ")
}
fmt.Println()
'''),
    T("utf8/full_rune", "FullRune and FullRuneInString: does the input begin with a complete (or invalid) encoding?", r'''
for _, s := range []string{"", "a", "\xc3", "\xc3\xa9", "\xe2\x82", "\xe2\x82\xac", "\xf0\x9f\x98", "\xff", "\xe2\x28", "\xf0\x80"} {
	fmt.Println(utf8.FullRuneInString(s), utf8.FullRune([]byte(s)))
}
'''),
    T("utf8/rune_start", "RuneStart: whether a byte can begin an encoding (it is not a continuation byte).", r'''
s := "aé世"
for i := 0; i < len(s); i++ {
	fmt.Print(utf8.RuneStart(s[i]), " ")
}
fmt.Println(utf8.RuneStart(0xFF), utf8.RuneStart(0xBF))
'''),
]

TESTS = STRINGS + UNICODE + UTF8
