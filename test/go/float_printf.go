// Printf float verbs: %v %g %e %E %f %F %G with widths, precisions and flags.
package main

import "fmt"

func main() {
	show(0)
	show(1)
	show(-1)
	show(3.14159265358979)
	show(1e6)
	show(1e21)
	show(123456.789)
	show(0.000123456)
	show(1e-10)
	show(2.5)
	show(-0.5)
	show(1.0 / 3)
	show(99.995)
	show(1e100)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.3g %.3g %.3g %.10g\n", 1234.5678, 0.00012345, 1e10, 1.0/3)
	fmt.Printf("%g %g %g\n", 100000.0, 1000000.0, 1e-5)
	fmt.Printf("%6.2f|%-10.3e|%+.1e|% .2f|%+g\n", 3.14159, 31415.9, 0.000271, 2.0, 5.0)
	fmt.Printf("%010.4f|%-010.2f|%+010.2f\n", -3.14159, 2.5, 2.5)
	fmt.Printf("%#g %#.3g %#e\n", 1.0, 2.0, 3.0)
	fmt.Printf("%x %X %.3x\n", 1.0, 255.5, 3.14)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%*f|%-*.*f|\n", 10, 1.5, 8, 2, 2.25)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %f %.10f %e\n", f32, f32, f32, f32, f32)
	fmt.Printf("%v %v\n", float32(1.0)/3, float64(float32(0.1)))
	fmt.Printf("%8.3f|%-8.3f|%8.3e|\n", 123.4567, 123.4567, 123.4567)
	fmt.Printf("%5.0f|%5.f|%.f\n", 12.5, 13.5, 7.7)
	fmt.Printf("%d\n", 1.5)
	fmt.Printf("%s\n", 2.5)
}

func show(x float64) {
	fmt.Printf("%v|%g|%e|%E|%f|%F|%G|%.3f|%8.2f|%.2e|%12.4g|\n", x, x, x, x, x, x, x, x, x, x, x)
}
