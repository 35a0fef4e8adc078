// Temperature conversion tables with named float types and conversion methods: Celsius,
// Fahrenheit and Kelvin, fmt widths and precisions, math.Round/Floor/Ceil/Trunc behaviour
// on negative and half values, and a comfort classification with switch ranges.
package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Fahrenheit float64
type Kelvin float64

const AbsoluteZero Celsius = -273.15

func (c Celsius) F() Fahrenheit     { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) K() Kelvin         { return Kelvin(c - AbsoluteZero) }
func (f Fahrenheit) C() Celsius     { return Celsius((f - 32) * 5 / 9) }
func (k Kelvin) C() Celsius         { return Celsius(k) + AbsoluteZero }
func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func comfort(c Celsius) string {
	switch {
	case c < -20:
		return "arctic"
	case c < 0:
		return "freezing"
	case c < 10:
		return "cold"
	case c < 18:
		return "cool"
	case c < 25:
		return "pleasant"
	case c < 32:
		return "warm"
	default:
		return "hot"
	}
}

func main() {
	fmt.Printf("%8s %8s %8s  %s\n", "°C", "°F", "K", "feels")
	for c := Celsius(-40); c <= 45; c += 7.5 {
		fmt.Printf("%8.2f %8.2f %8.2f  %s\n", float64(c), float64(c.F()), float64(c.K()), comfort(c))
	}
	for _, f := range []Fahrenheit{-459.67, 0, 32, 98.6, 212, 451} {
		c := f.C()
		fmt.Printf("%v = %v = %.2fK (back: %v)\n", f, c, float64(c.K()), c.F())
	}
	fmt.Println(Kelvin(0).C(), Kelvin(373.15).C(), AbsoluteZero.F(), Celsius(100).K())
	fmt.Println("round  floor  ceil  trunc  for halves and negatives:")
	for _, x := range []float64{2.5, 3.5, -2.5, -0.5, 0.49999999999999994, 1.005 * 1000, -7.8, 1e16 + 1} {
		fmt.Printf("%-22v %6v %6v %6v %6v %v\n", x, math.Round(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.RoundToEven(x))
	}
	var sum Celsius
	readings := []Celsius{21.4, 22.1, 19.8, 23.6, 24.9, 18.2, 20.0}
	lo, hi := readings[0], readings[0]
	for _, r := range readings {
		sum += r
		lo = Celsius(math.Min(float64(lo), float64(r)))
		hi = Celsius(math.Max(float64(hi), float64(r)))
	}
	mean := sum / Celsius(len(readings))
	fmt.Printf("week: mean %v (%v) min %v max %v spread %.2f\n", mean, mean.F(), lo, hi, float64(hi-lo))
	fmt.Printf("%T %T %v %v\n", mean, mean.F(), Celsius(36.6) == Fahrenheit(97.88).C(), math.Abs(float64(Celsius(36.6)-Fahrenheit(97.88).C())) < 1e-9)
	fmt.Printf("|%6.1f|%-8.3f|%+.0f|%08.2f|%e|%G|\n", 36.65, -4.0, 0.5, -3.14159, 1234.5678, 1e-7)
}
