// Substring search algorithms compared: naive scanning, Knuth-Morris-Pratt with its
// failure table, Boyer-Moore-Horspool with a bad-character table, and Rabin-Karp with a
// rolling hash; all occurrences, comparison counts, and agreement with strings.Index.
package main

import (
	"fmt"
	"strings"
)

type result struct {
	hits  []int
	comps int
}

func naive(text, pat string) (r result) {
	for i := 0; i+len(pat) <= len(text); i++ {
		j := 0
		for j < len(pat) {
			r.comps++
			if text[i+j] != pat[j] {
				break
			}
			j++
		}
		if j == len(pat) {
			r.hits = append(r.hits, i)
		}
	}
	return
}

func failure(pat string) []int {
	f := make([]int, len(pat))
	for i, k := 1, 0; i < len(pat); i++ {
		for k > 0 && pat[i] != pat[k] {
			k = f[k-1]
		}
		if pat[i] == pat[k] {
			k++
		}
		f[i] = k
	}
	return f
}

func kmp(text, pat string) (r result) {
	f := failure(pat)
	for i, k := 0, 0; i < len(text); i++ {
		for {
			r.comps++
			if text[i] == pat[k] {
				break
			}
			if k == 0 {
				k = -1
				break
			}
			k = f[k-1]
		}
		k++
		if k == len(pat) {
			r.hits = append(r.hits, i-len(pat)+1)
			k = f[k-1]
		}
	}
	return
}

func horspool(text, pat string) (r result) {
	var shift [256]int
	for i := range shift {
		shift[i] = len(pat)
	}
	for i := 0; i < len(pat)-1; i++ {
		shift[pat[i]] = len(pat) - 1 - i
	}
	for i := 0; i+len(pat) <= len(text); i += shift[text[i+len(pat)-1]] {
		j := len(pat) - 1
		for j >= 0 {
			r.comps++
			if text[i+j] != pat[j] {
				break
			}
			j--
		}
		if j < 0 {
			r.hits = append(r.hits, i)
		}
	}
	return
}

func rabinKarp(text, pat string) (r result) {
	const base, mod = 256, 1000000007
	n, m := len(text), len(pat)
	if m > n {
		return
	}
	var hp, ht, pow uint64 = 0, 0, 1
	for i := 0; i < m; i++ {
		hp = (hp*base + uint64(pat[i])) % mod
		ht = (ht*base + uint64(text[i])) % mod
		if i > 0 {
			pow = pow * base % mod
		}
	}
	for i := 0; ; i++ {
		if hp == ht {
			r.comps += m
			if text[i:i+m] == pat {
				r.hits = append(r.hits, i)
			}
		}
		if i+m == n {
			return
		}
		ht = ((ht+mod-uint64(text[i])*pow%mod)*base + uint64(text[i+m])) % mod
	}
}

func main() {
	text := strings.Repeat("abracadabra ", 5) + "the quick brown fox jumps over the lazy dog " + strings.Repeat("aaab", 8)
	fmt.Println("text length:", len(text))
	fmt.Println("failure(abracadabra):", failure("abracadabra"), "failure(aaab):", failure("aaab"))
	for _, pat := range []string{"abra", "cadabra a", "the", "aaab", "aab", "zzz", "dog aaab", "a"} {
		n, k, h, rk := naive(text, pat), kmp(text, pat), horspool(text, pat), rabinKarp(text, pat)
		same := fmt.Sprint(n.hits) == fmt.Sprint(k.hits) && fmt.Sprint(k.hits) == fmt.Sprint(h.hits) && fmt.Sprint(h.hits) == fmt.Sprint(rk.hits)
		first := -1
		if len(n.hits) > 0 {
			first = n.hits[0]
		}
		fmt.Printf("%-10q hits=%-2d agree=%t index=%t comps naive=%4d kmp=%4d horspool=%4d rk=%4d\n",
			pat, len(n.hits), same, first == strings.Index(text, pat), n.comps, k.comps, h.comps, rk.comps)
		if len(n.hits) <= 6 {
			fmt.Println("           at", n.hits)
		}
	}
	fmt.Println(strings.Count(text, "abra"), strings.LastIndex(text, "abra"), strings.Index(text, ""), naive("short", "longer pattern").hits == nil)
}
