// Type switches and assertions in a value formatter: cases for many basic and composite
// types, multiple types per case, nil case, named types vs underlying types, interfaces
// as cases, ordering of cases, and comma-ok assertions between interfaces.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Names []string
type Op func(int) int

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (s Square) String() string { return fmt.Sprintf("□%g", s.S) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case bool:
		if x {
			return "bool:yes"
		}
		return "bool:no"
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed(%T)=%v", x, x)
	case uint, uint8, uint16, uint32, uint64, uintptr:
		return fmt.Sprintf("unsigned(%T)=%v", x, x)
	case float32:
		return fmt.Sprintf("float32=%g", x)
	case float64:
		return fmt.Sprintf("float64=%g", x)
	case Celsius:
		return fmt.Sprintf("temperature %.1f", float64(x))
	case string:
		return fmt.Sprintf("string(len %d)=%q", len(x), x)
	case error:
		return "error: " + x.Error()
	case Shape:
		return fmt.Sprintf("shape area %.2f (%v)", x.Area(), x)
	case fmt.Stringer:
		return "stringer: " + x.String()
	case []int:
		sum := 0
		for _, n := range x {
			sum += n
		}
		return fmt.Sprintf("[]int sum=%d", sum)
	case Names:
		return "names: " + strings.Join(x, "+")
	case []string:
		return "strings: " + strings.Join(x, ",")
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(x))
	case func(int) int:
		return fmt.Sprintf("func applied to 3 = %d", x(3))
	case Op:
		return fmt.Sprintf("Op applied to 3 = %d", x(3))
	case *int:
		if x == nil {
			return "nil *int"
		}
		return fmt.Sprintf("*int -> %d", *x)
	case struct{ A, B int }:
		return fmt.Sprintf("anon struct %d/%d", x.A, x.B)
	case [2]int:
		return fmt.Sprintf("array %v", x)
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

type stringerOnly struct{}

func (stringerOnly) String() string { return "just a stringer" }

func main() {
	n := 7
	var nilInt *int
	values := []interface{}{
		nil, true, false, 42, int8(-8), int64(1 << 40), uint8(255), uintptr(10), float32(1.5), 2.75,
		Celsius(36.6), "héllo", errors.New("boom"), Square{3}, stringerOnly{}, []int{1, 2, 3},
		Names{"ann", "bob"}, []string{"x", "y"}, map[string]int{"a": 1}, func(i int) int { return i * i },
		Op(func(i int) int { return -i }), &n, nilInt, struct{ A, B int }{1, 2}, [2]int{5, 6},
		[3]int{}, complexFree(), 'r', byte('b'),
	}
	for i, v := range values {
		fmt.Printf("%2d %s\n", i, classify(v))
	}

	var s interface{} = Square{2}
	if sh, ok := s.(Shape); ok {
		fmt.Println("Square is a Shape with area", sh.Area())
	}
	if _, ok := s.(error); !ok {
		fmt.Println("Square is not an error")
	}
	str, ok := s.(fmt.Stringer)
	fmt.Println(ok, str)
	var sh Shape = Square{1}
	_, isStringer := sh.(fmt.Stringer)
	back := sh.(Square)
	fmt.Println(isStringer, back.S)
	var c interface{} = Celsius(10)
	_, isFloat := c.(float64)
	fmt.Println("Celsius is float64?", isFloat)
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		_ = c.(float64)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var e interface{}
		_ = e.(string)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		_ = sh.(fmt.Stringer).String()
		_ = interface{}(stringerOnly{}).(Shape)
	}()
	switch v := interface{}(3.0).(type) {
	case int:
		fmt.Println("int", v)
	default:
		fmt.Printf("default %T %v\n", v, v)
	}
	switch interface{}("x").(type) {
	case int, string:
		fmt.Println("int or string")
	}
}

type point struct{ x, y int }

func complexFree() interface{} { return point{1, 2} }
