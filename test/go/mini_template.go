// A mini template engine: {{name}} substitution with dotted paths into nested maps,
// {{name|filter}} pipelines (upper, lower, title, len, trim, default), {{#each list}} and
// {{#if cond}} blocks, escaping, and errors for unknown filters and unclosed tags.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Data map[string]interface{}

var ErrUnclosed = errors.New("unclosed tag")

func lookup(d Data, path string) (interface{}, bool) {
	var cur interface{} = d
	for _, part := range strings.Split(path, ".") {
		m, ok := cur.(Data)
		if !ok {
			return nil, false
		}
		if cur, ok = m[part]; !ok {
			return nil, false
		}
	}
	return cur, true
}

func toString(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', 2, 64)
	case bool:
		return strconv.FormatBool(x)
	case []string:
		return strings.Join(x, ", ")
	}
	return fmt.Sprintf("%v", v)
}

func applyFilter(v interface{}, f string) (interface{}, error) {
	name, arg, _ := strings.Cut(f, ":")
	switch name {
	case "upper":
		return strings.ToUpper(toString(v)), nil
	case "lower":
		return strings.ToLower(toString(v)), nil
	case "title":
		return strings.Title(toString(v)), nil
	case "trim":
		return strings.TrimSpace(toString(v)), nil
	case "len":
		switch x := v.(type) {
		case []string:
			return len(x), nil
		case []Data:
			return len(x), nil
		}
		return len(toString(v)), nil
	case "default":
		if toString(v) == "" {
			return arg, nil
		}
		return v, nil
	case "html":
		return strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace(toString(v)), nil
	}
	return nil, fmt.Errorf("unknown filter %q", name)
}

func truthy(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int:
		return x != 0
	case string:
		return x != ""
	case []Data:
		return len(x) > 0
	case []string:
		return len(x) > 0
	}
	return true
}

func render(tpl string, d Data) (string, error) {
	var sb strings.Builder
	for {
		i := strings.Index(tpl, "{{")
		if i < 0 {
			sb.WriteString(tpl)
			return sb.String(), nil
		}
		sb.WriteString(tpl[:i])
		j := strings.Index(tpl[i:], "}}")
		if j < 0 {
			return sb.String(), fmt.Errorf("at offset %d: %w", i, ErrUnclosed)
		}
		tag := strings.TrimSpace(tpl[i+2 : i+j])
		tpl = tpl[i+j+2:]
		if strings.HasPrefix(tag, "#") {
			kind, arg, _ := strings.Cut(tag[1:], " ")
			end := "{{/" + kind + "}}"
			k := strings.Index(tpl, end)
			if k < 0 {
				return sb.String(), fmt.Errorf("block %s: %w", kind, ErrUnclosed)
			}
			body := tpl[:k]
			tpl = tpl[k+len(end):]
			v, _ := lookup(d, arg)
			switch kind {
			case "if":
				if truthy(v) {
					s, err := render(body, d)
					if err != nil {
						return "", err
					}
					sb.WriteString(s)
				}
			case "each":
				items, _ := v.([]Data)
				for n, it := range items {
					scope := Data{"it": it, "index": n + 1, "root": d}
					s, err := render(body, scope)
					if err != nil {
						return "", err
					}
					sb.WriteString(s)
				}
			default:
				return "", fmt.Errorf("unknown block %q", kind)
			}
			continue
		}
		parts := strings.Split(tag, "|")
		v, ok := lookup(d, strings.TrimSpace(parts[0]))
		if !ok {
			v = nil
		}
		for _, f := range parts[1:] {
			var err error
			if v, err = applyFilter(v, strings.TrimSpace(f)); err != nil {
				return "", fmt.Errorf("tag {{%s}}: %w", tag, err)
			}
		}
		sb.WriteString(toString(v))
	}
}

func main() {
	data := Data{
		"user":  Data{"name": "ada lovelace", "email": "ada@example.com", "admin": true, "nick": ""},
		"items": []Data{{"sku": "A1", "qty": 2, "price": 9.5}, {"sku": "B22", "qty": 1, "price": 120.0}, {"sku": "<c>", "qty": 5, "price": 0.25}},
		"tags":  []string{"vip", "early-adopter"},
		"count": 0,
		"site":  "  Example Shop  ",
	}
	templates := []string{
		"Hello, {{user.name|title}} <{{user.email}}>!",
		"Nick: {{user.nick|default:anonymous}} / {{ missing.path | default:n/a | upper }}",
		"{{#if user.admin}}[admin]{{/if}}{{#if count}}never{{/if}} tags({{tags|len}}): {{tags}}",
		"Site: '{{site|trim|upper}}' ({{site|len}} chars raw)",
		"{{#each items}}{{index}}. {{it.sku|html}} x{{it.qty}} @ {{it.price}}\n{{/each}}total items: {{items|len}}",
		"{{#each items}}{{#if it.qty}}{{it.sku|lower}};{{/if}}{{/each}} for {{#each none}}x{{/each}}nobody",
		"broken {{user.name",
		"{{user.name|shout}}",
		"{{#each items}}no end",
		"{{#loop x}}{{/loop}}",
		"plain text only",
	}
	for i, t := range templates {
		out, err := render(t, data)
		if err != nil {
			fmt.Printf("%2d ERROR %v (unclosed=%t)\n", i, err, errors.Is(err, ErrUnclosed))
			continue
		}
		fmt.Printf("%2d %s\n", i, out)
	}
	keys := make([]string, 0, len(data))
	for k := range data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%T ", k, data[k])
	}
	fmt.Println()
}
