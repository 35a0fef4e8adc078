// A JSON-like pretty printer over a tree of interface{} values: type switches, sorted map
// keys, string escaping, recursion with indentation, and a compact encoder.
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

func quote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&sb, `\u%04x`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func number(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return "null"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func sortedKeys(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func pretty(sb *strings.Builder, v interface{}, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(number(x))
	case string:
		sb.WriteString(quote(x))
	case []interface{}:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			pretty(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]interface{}:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		sb.WriteString("{\n")
		for i, k := range sortedKeys(x) {
			fmt.Fprintf(sb, "%s  %s: ", indent, quote(k))
			pretty(sb, x[k], indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	case fmt.Stringer:
		sb.WriteString(quote(x.String()))
	default:
		fmt.Fprintf(sb, "\"<unsupported %T>\"", x)
	}
}

func compact(v interface{}) string {
	switch x := v.(type) {
	case []interface{}:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = compact(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]interface{}:
		var parts []string
		for _, k := range sortedKeys(x) {
			parts = append(parts, quote(k)+":"+compact(x[k]))
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	var sb strings.Builder
	pretty(&sb, v, "")
	return sb.String()
}

func depth(v interface{}) int {
	best := 0
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			if d := depth(e); d > best {
				best = d
			}
		}
		return best + 1
	case map[string]interface{}:
		for _, e := range x {
			if d := depth(e); d > best {
				best = d
			}
		}
		return best + 1
	}
	return 0
}

type Color int

func (c Color) String() string { return fmt.Sprintf("#%06x", int(c)) }

func main() {
	doc := map[string]interface{}{
		"name":    "csp",
		"version": 1.5,
		"stable":  false,
		"count":   42,
		"ratio":   1.0 / 3,
		"big":     1e21,
		"tags":    []interface{}{"go", "c++", "compiler"},
		"empty":   []interface{}{},
		"nothing": nil,
		"theme":   Color(0x1e90ff),
		"weird":   "tab\there \"quoted\" back\\slash\nnewline \x01 ünïcödé",
		"authors": []interface{}{
			map[string]interface{}{"name": "Ada", "age": 36, "langs": []interface{}{"analytical engine"}},
			map[string]interface{}{"name": "Grace", "age": 85, "langs": []interface{}{"COBOL", "FLOW-MATIC"}},
		},
		"matrix": []interface{}{[]interface{}{1, 2}, []interface{}{3, []interface{}{4, 5}}},
		"meta":   map[string]interface{}{},
		"nan":    math.NaN(),
		"chan":   struct{ X int }{7},
	}
	var sb strings.Builder
	pretty(&sb, doc, "")
	fmt.Println(sb.String())
	fmt.Println(compact(doc["authors"]))
	fmt.Println(compact(doc["matrix"]))
	fmt.Println("depth:", depth(doc), depth(doc["matrix"]), depth(42))
	for _, f := range []float64{0, -0.5, 100, 123456789, 1e15, 2.5e-8, math.Inf(-1)} {
		fmt.Printf("%-12v -> %s\n", f, number(f))
	}
}
