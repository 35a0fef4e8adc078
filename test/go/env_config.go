// Configuration from the environment: Setenv/Getenv/LookupEnv with defaults,
// typed parsing with error collection, os.Args length (not its contents), and a report
// written to os.Stdout with Fprintf.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Config struct {
	Host    string
	Port    int
	Debug   bool
	Ratio   float64
	Tags    []string
	Workers int
}

type fieldErr struct {
	key string
	err error
}

func getString(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func load(prefix string) (Config, []fieldErr) {
	var errs []fieldErr
	c := Config{Host: getString(prefix+"HOST", "localhost")}
	parseInt := func(key string, def int) int {
		v, ok := os.LookupEnv(prefix + key)
		if !ok || v == "" {
			return def
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, fieldErr{prefix + key, err})
			return def
		}
		return n
	}
	c.Port = parseInt("PORT", 8080)
	c.Workers = parseInt("WORKERS", 4)
	if v := os.Getenv(prefix + "DEBUG"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			errs = append(errs, fieldErr{prefix + "DEBUG", err})
		}
		c.Debug = b
	}
	if v := os.Getenv(prefix + "RATIO"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			errs = append(errs, fieldErr{prefix + "RATIO", err})
		} else if f < 0 || f > 1 {
			errs = append(errs, fieldErr{prefix + "RATIO", errors.New("must be within [0,1]")})
		} else {
			c.Ratio = f
		}
	}
	for _, t := range strings.Split(os.Getenv(prefix+"TAGS"), ",") {
		if t = strings.TrimSpace(t); t != "" {
			c.Tags = append(c.Tags, t)
		}
	}
	sort.Strings(c.Tags)
	return c, errs
}

func main() {
	fmt.Fprintf(os.Stdout, "extra args: %d\n", len(os.Args)-1)
	c, errs := load("CSPTEST_NEVER_SET_")
	const p = "CSPTEST_APP_"
	fmt.Printf("defaults: %+v errors=%d\n", c, len(errs))

	settings := map[string]string{"HOST": "db.internal", "PORT": "5432", "DEBUG": "true", "RATIO": "0.25", "TAGS": " web, api ,,batch ", "WORKERS": ""}
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := os.Setenv(p+k, settings[k]); err != nil {
			fmt.Println("setenv:", err)
		}
	}
	c, errs = load(p)
	fmt.Printf("configured: %+v errors=%d\n", c, len(errs))
	v, ok := os.LookupEnv(p + "WORKERS")
	fmt.Printf("WORKERS set=%t value=%q\n", ok, v)

	os.Setenv(p+"PORT", "http")
	os.Setenv(p+"DEBUG", "sometimes")
	os.Setenv(p+"RATIO", "1.5")
	os.Setenv(p+"WORKERS", "99999999999999999999")
	c, errs = load(p)
	fmt.Printf("broken: %+v\n", c)
	for _, e := range errs {
		fmt.Fprintf(os.Stdout, "  %-20s %v\n", e.key, e.err)
	}
	_, ok = os.LookupEnv(p + "NOPE")
	fmt.Println("NOPE set:", ok, os.Getenv(p+"NOPE") == "")
	os.Setenv(p+"EMPTY", "")
	v, ok = os.LookupEnv(p + "EMPTY")
	fmt.Printf("EMPTY set=%t value=%q\n", ok, v)
	os.Setenv(p+"HOST", "  spaced  ")
	c, _ = load(p)
	fmt.Printf("host=%q tags=%d\n", c.Host, len(c.Tags))
	err := os.Setenv("", "x")
	fmt.Println("setenv empty key error:", err != nil)
}
