// An INI configuration parser reading stdin: sections, comments, quoted values, duplicate
// keys (last wins, with warnings), typed getters with defaults and error reporting, and a
// canonical re-serialisation with sorted sections and keys.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Config struct {
	sections map[string]map[string]string
	order    []string
	warnings []string
}

func Parse(sc *bufio.Scanner) *Config {
	c := &Config{sections: map[string]map[string]string{"": {}}}
	cur := ""
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				c.warnings = append(c.warnings, fmt.Sprintf("line %d: unterminated section header %q", lineNo, line))
				continue
			}
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := c.sections[cur]; !ok {
				c.sections[cur] = map[string]string{}
				c.order = append(c.order, cur)
			} else {
				c.warnings = append(c.warnings, fmt.Sprintf("line %d: section [%s] reopened", lineNo, cur))
			}
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		key, val = strings.TrimSpace(key), strings.TrimSpace(val)
		if !ok {
			val = "true" // bare key is a flag
		}
		if key == "" {
			c.warnings = append(c.warnings, fmt.Sprintf("line %d: missing key", lineNo))
			continue
		}
		if uq, err := strconv.Unquote(val); err == nil {
			val = uq
		}
		if old, dup := c.sections[cur][key]; dup {
			c.warnings = append(c.warnings, fmt.Sprintf("line %d: %s.%s redefined (%q -> %q)", lineNo, cur, key, old, val))
		}
		c.sections[cur][key] = val
	}
	return c
}

func (c *Config) String(sec, key, def string) string {
	if v, ok := c.sections[sec][key]; ok {
		return v
	}
	return def
}

func (c *Config) Int(sec, key string, def int) (int, error) {
	v, ok := c.sections[sec][key]
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("%s.%s: %w", sec, key, err)
	}
	return n, nil
}

func (c *Config) Bool(sec, key string, def bool) (bool, error) {
	v, ok := c.sections[sec][key]
	if !ok {
		return def, nil
	}
	switch strings.ToLower(v) {
	case "on", "yes", "true", "1":
		return true, nil
	case "off", "no", "false", "0":
		return false, nil
	}
	return def, fmt.Errorf("%s.%s: %q is not a boolean", sec, key, v)
}

func (c *Config) Dump() string {
	var sb strings.Builder
	names := make([]string, 0, len(c.sections))
	for n := range c.sections {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if n != "" {
			fmt.Fprintf(&sb, "[%s]\n", n)
		}
		keys := make([]string, 0)
		for k := range c.sections[n] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v := c.sections[n][k]
			if strings.ContainsAny(v, " ;#\"") || v == "" {
				v = strconv.Quote(v)
			}
			fmt.Fprintf(&sb, "%s = %s\n", k, v)
		}
	}
	return sb.String()
}

func main() {
	cfg := Parse(bufio.NewScanner(os.Stdin))
	fmt.Println("sections in order:", cfg.order)
	for _, w := range cfg.warnings {
		fmt.Println("warning:", w)
	}
	fmt.Printf("name=%q version=%q missing=%q\n", cfg.String("", "name", "?"), cfg.String("", "version", "?"), cfg.String("server", "missing", "fallback"))
	ints := [][2]string{{"server", "port"}, {"server", "timeout_ms"}, {"database", "pool"}, {"database", "retries"}, {"database", "absent"}}
	for _, k := range ints {
		n, err := cfg.Int(k[0], k[1], -1)
		fmt.Printf("int %-20s = %5d err=%v\n", k[0]+"."+k[1], n, err)
	}
	bools := [][2]string{{"", "debug"}, {"server", "tls"}, {"features", "beta"}, {"features", "search"}, {"features", "export"}, {"server", "host"}}
	for _, k := range bools {
		b, err := cfg.Bool(k[0], k[1], false)
		fmt.Printf("bool %-16s = %-5t err=%v\n", k[0]+"."+k[1], b, err)
	}
	fmt.Printf("db url %q, password %q\n", cfg.String("database", "url", ""), cfg.String("database", "password", ""))
	fmt.Print(cfg.Dump())
	fmt.Println(len(cfg.sections["empty"]), cfg.sections["nosuch"] == nil, cfg.sections["nosuch"]["x"] == "")
}
