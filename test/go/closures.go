// Closures: counters and generators with private state, closures capturing variables by
// reference (and per-iteration copies made explicitly), recursive closures, memoisation,
// function composition, middleware chains and an event bus of callbacks.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func compose(fs ...func(float64) float64) func(float64) float64 {
	return func(x float64) float64 {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

type Handler func(req string) string
type Middleware func(Handler) Handler

func logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(req string) string {
			*log = append(*log, "start "+req)
			resp := next(req)
			*log = append(*log, "end "+req+" -> "+resp)
			return resp
		}
	}
}

func upper(next Handler) Handler {
	return func(req string) string { return strings.ToUpper(next(req)) }
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Bus struct{ subs map[string][]func(string) }

func (b *Bus) On(topic string, f func(string)) { b.subs[topic] = append(b.subs[topic], f) }
func (b *Bus) Emit(topic, msg string) int {
	for _, f := range b.subs[topic] {
		f(msg)
	}
	return len(b.subs[topic])
}

func main() {
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next(), next())
	other, _ := counter(0, -1)
	fmt.Println(other(), other(), next())

	f := fibGen()
	var fibs []int
	for i := 0; i < 15; i++ {
		fibs = append(fibs, f())
	}
	fmt.Println(fibs)

	x := 1
	inc := func() { x++ }
	get := func() int { return x }
	inc()
	inc()
	x *= 10
	fmt.Println("shared x:", get(), x)

	var funcs []func() int
	for i := 0; i < 4; i++ {
		v := i * i // a fresh variable per iteration
		funcs = append(funcs, func() int { return v })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	acc := 0
	adders := make([]func(int), 3)
	for i := range adders {
		k := i + 1
		adders[i] = func(n int) { acc += n * k }
	}
	for _, a := range adders {
		a(10)
	}
	fmt.Println("acc:", acc)

	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("10! =", fact(10))

	var slowFib func(int) int
	fastFib, misses := memo(func(n int) int {
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	slowFib = fastFib
	fmt.Println("fib(80) =", fastFib(80), "misses:", *misses)
	fmt.Println("fib(40) =", fastFib(40), "misses:", *misses)

	double := func(x float64) float64 { return x * 2 }
	addOne := func(x float64) float64 { return x + 1 }
	square := func(x float64) float64 { return x * x }
	fmt.Println(compose(double, addOne)(5), compose(addOne, double)(5), compose(square, addOne, double)(3), compose()(7))

	var log []string
	h := chain(func(req string) string { return "hello " + req }, logging(&log), upper)
	fmt.Println(h("world"), h("gopher"))
	fmt.Println(strings.Join(log, "; "))

	bus := &Bus{subs: map[string][]func(string){}}
	received := map[string][]string{}
	for _, name := range []string{"alice", "bob"} {
		who := name
		bus.On("news", func(m string) { received[who] = append(received[who], m) })
	}
	bus.On("alerts", func(m string) { received["ops"] = append(received["ops"], strings.ToUpper(m)) })
	fmt.Println(bus.Emit("news", "go 1.19 released"), bus.Emit("alerts", "disk full"), bus.Emit("none", "x"))
	bus.Emit("news", "gophers everywhere")
	keys := make([]string, 0, len(received))
	for k := range received {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-5s %q\n", k, received[k])
	}
	fmt.Println(func(a, b int) int { return a*b + 1 }(6, 7))
}
