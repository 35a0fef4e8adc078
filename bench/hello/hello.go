// bench/hello: whole-process cost of printing one line (startup + compile + exit).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
