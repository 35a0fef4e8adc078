// Deterministic pseudo-randomness with math/rand: rand.New(rand.NewSource(seed)) for dice
// histograms, card shuffling, Monte Carlo pi and a random walk, Perm, Int63/Uint32/
// Float64/NormFloat64, and the global source after rand.Seed.
package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(42))
	var first []int
	for i := 0; i < 10; i++ {
		first = append(first, r.Intn(100))
	}
	fmt.Println("Intn(100):", first)
	fmt.Println("Int63:", r.Int63(), "Int31:", r.Int31(), "Uint32:", r.Uint32(), "Int63n:", r.Int63n(1e12), "Int31n:", r.Int31n(1000))
	fmt.Printf("Float64: %.6f %.6f Float32: %.4f\n", r.Float64(), r.Float64(), r.Float32())
	fmt.Printf("Norm: %.5f %.5f Exp: %.5f\n", r.NormFloat64(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println("Perm(10):", r.Perm(10))

	dice := rand.New(rand.NewSource(2023))
	var hist [13]int
	const rolls = 36000
	for i := 0; i < rolls; i++ {
		hist[dice.Intn(6)+1+dice.Intn(6)+1]++
	}
	for s := 2; s <= 12; s++ {
		expected := float64(6-abs(s-7)) / 36 * rolls
		fmt.Printf("%2d %5d %6.1f%% %s\n", s, hist[s], 100*float64(hist[s])/rolls, strings.Repeat("*", int(float64(hist[s])/expected*20+0.5)))
	}

	suits := []string{"♠", "♥", "♦", "♣"}
	ranks := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
	var deck []string
	for _, s := range suits {
		for _, rk := range ranks {
			deck = append(deck, rk+s)
		}
	}
	shuf := rand.New(rand.NewSource(7))
	shuf.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	for p := 0; p < 4; p++ {
		fmt.Printf("player %d: %s\n", p+1, strings.Join(deck[p*5:p*5+5], " "))
	}

	mc := rand.New(rand.NewSource(1))
	inside := 0
	const darts = 200000
	for i := 0; i < darts; i++ {
		x, y := mc.Float64(), mc.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.5f (%d/%d)\n", 4*float64(inside)/darts, inside, darts)

	walk := rand.New(rand.NewSource(99))
	x, y, maxDist := 0, 0, 0
	for step := 0; step < 1000; step++ {
		switch walk.Intn(4) {
		case 0:
			x++
		case 1:
			x--
		case 2:
			y++
		default:
			y--
		}
		if d := abs(x) + abs(y); d > maxDist {
			maxDist = d
		}
	}
	fmt.Printf("walk ends at (%d,%d), max manhattan distance %d\n", x, y, maxDist)

	a, b := rand.New(rand.NewSource(5)), rand.New(rand.NewSource(5))
	same := true
	for i := 0; i < 100; i++ {
		if a.Int() != b.Int() {
			same = false
		}
	}
	fmt.Println("same seed, same sequence:", same)
	src := rand.NewSource(123)
	fmt.Println("source Int63:", src.Int63(), src.Int63())
	src.Seed(123)
	fmt.Println("reseeded:    ", src.Int63())

	rand.Seed(31337)
	var g []int
	for i := 0; i < 8; i++ {
		g = append(g, rand.Intn(1000))
	}
	fmt.Println("global after Seed(31337):", g, rand.Float64() < 1)
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
