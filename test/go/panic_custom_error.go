// Panicking with a custom error value that nobody recovers: a recover in a nested call
// re-panics the same value, deferred functions print on the way out. Exit status 2.
package main

import (
	"errors"
	"fmt"
)

type ConfigError struct {
	Key    string
	Reason string
}

func (e *ConfigError) Error() string { return "config " + e.Key + ": " + e.Reason }

var ErrMissing = errors.New("missing")

func mustGet(cfg map[string]string, key string) string {
	v, ok := cfg[key]
	if !ok {
		panic(&ConfigError{key, fmt.Errorf("%w key", ErrMissing).Error()})
	}
	return v
}

func load(cfg map[string]string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("load: recovered %T, re-panicking\n", r)
			panic(r)
		}
	}()
	for _, k := range []string{"host", "port", "user", "password"} {
		fmt.Printf("%s = %q\n", k, mustGet(cfg, k))
	}
}

func main() {
	defer fmt.Println("main: deferred print")
	cfg := map[string]string{"host": "localhost", "port": "5432", "user": "admin"}
	load(cfg)
	fmt.Println("not reached")
}
