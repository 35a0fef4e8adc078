// Anagram grouping: signatures by sorted runes and by letter-count arrays (array map keys),
// deterministic output ordering, and finding anagrams of phrases.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func sortedKey(w string) string {
	rs := []rune(strings.ToLower(w))
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

func countKey(w string) [26]byte {
	var k [26]byte
	for _, r := range strings.ToLower(w) {
		if r >= 'a' && r <= 'z' {
			k[r-'a']++
		}
	}
	return k
}

func main() {
	words := strings.Fields(`listen silent enlist inlets tinsel google banana
		evil vile live veil levi stop pots tops opts post spot
		dusty study night thing act cat tac dog god odg rat tar art
		astronomer moonstarer elbow below state taste inch chin the`)
	groups := map[string][]string{}
	for _, w := range words {
		k := sortedKey(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := groups[keys[i]], groups[keys[j]]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		sorted := append([]string(nil), g...)
		sort.Strings(sorted)
		fmt.Printf("%-12s %d: %s\n", k, len(g), strings.Join(sorted, ", "))
	}
	var singles []string
	for _, k := range keys {
		if len(groups[k]) == 1 {
			singles = append(singles, groups[k][0])
		}
	}
	fmt.Println("no anagram:", singles)

	byCount := map[[26]byte][]string{}
	for _, w := range words {
		byCount[countKey(w)] = append(byCount[countKey(w)], w)
	}
	fmt.Println("groups by sorted key:", len(groups), "by count key:", len(byCount))
	k := countKey("Listen")
	fmt.Println("count key of listen:", k)
	fmt.Println("listen group via array key:", byCount[k])
	fmt.Println("missing group:", byCount[countKey("xyz")] == nil, len(byCount[countKey("xyz")]))

	phrases := [][2]string{
		{"Dormitory", "Dirty room"},
		{"The eyes", "They see"},
		{"Conversation", "Voices rant on"},
		{"Astronomer", "Moon starer!"},
		{"Hello", "World"},
		{"Funeral", "Real fun"},
		{"Schoolmaster", "The classroom"},
		{"aab", "abb"},
	}
	for _, p := range phrases {
		clean := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsLetter(r) {
					return unicode.ToLower(r)
				}
				return -1
			}, s)
		}
		a, b := clean(p[0]), clean(p[1])
		fmt.Printf("%-14q ~ %-17q : %-5t (%s | %s)\n", p[0], p[1], sortedKey(a) == sortedKey(b), sortedKey(a), sortedKey(b))
	}
}
