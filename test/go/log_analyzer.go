// A web access log analyzer reading stdin: parsing lines with strings functions,
// collecting malformed-line errors, status classes, top paths and clients, bytes
// served, latency percentiles, and per-minute request counts.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Request struct {
	Client  string
	Minute  string
	Method  string
	Path    string
	Status  int
	Bytes   int
	Latency float64
}

func parse(line string) (Request, error) {
	var r Request
	sp := strings.IndexByte(line, ' ')
	lb, rb := strings.IndexByte(line, '['), strings.IndexByte(line, ']')
	q1 := strings.IndexByte(line, '"')
	q2 := strings.LastIndexByte(line, '"')
	if sp < 0 || lb < 0 || rb < lb || q1 < 0 || q2 <= q1 {
		return r, fmt.Errorf("unrecognised format")
	}
	r.Client = line[:sp]
	ts := line[lb+1 : rb]
	if i := strings.LastIndexByte(ts, ':'); i > 0 {
		r.Minute = ts[strings.IndexByte(ts, ':')+1 : i]
	}
	req := strings.Fields(line[q1+1 : q2])
	if len(req) != 3 {
		return r, fmt.Errorf("bad request %q", line[q1+1:q2])
	}
	r.Method, r.Path = req[0], req[1]
	if i := strings.IndexByte(r.Path, '?'); i >= 0 {
		r.Path = r.Path[:i]
	}
	rest := strings.Fields(line[q2+1:])
	if len(rest) != 3 {
		return r, fmt.Errorf("expected 3 trailing fields, got %d", len(rest))
	}
	var err error
	if r.Status, err = strconv.Atoi(rest[0]); err != nil {
		return r, fmt.Errorf("status: %w", err)
	}
	if r.Bytes, err = strconv.Atoi(rest[1]); err != nil {
		return r, fmt.Errorf("bytes: %w", err)
	}
	if r.Latency, err = strconv.ParseFloat(rest[2], 64); err != nil {
		return r, fmt.Errorf("latency: %w", err)
	}
	return r, nil
}

type kv struct {
	k string
	v int
}

func top(m map[string]int, n int) []kv {
	var out []kv
	for k, v := range m {
		out = append(out, kv{k, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].v != out[j].v {
			return out[i].v > out[j].v
		}
		return out[i].k < out[j].k
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	idx := int(p/100*float64(len(sorted)-1) + 0.5)
	return sorted[idx]
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var reqs []Request
	lineNo, blank := 0, 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			blank++
			continue
		}
		r, err := parse(line)
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		reqs = append(reqs, r)
	}
	fmt.Printf("%d lines, %d requests, %d blank\n", lineNo, len(reqs), blank)
	classes := map[string]int{}
	paths, clients, methods, minutes := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	totalBytes := 0
	var lat []float64
	var slow []string
	for _, r := range reqs {
		classes[fmt.Sprintf("%dxx", r.Status/100)]++
		paths[r.Path]++
		clients[r.Client]++
		methods[r.Method]++
		minutes[r.Minute]++
		totalBytes += r.Bytes
		lat = append(lat, r.Latency)
		if r.Latency > 1 {
			slow = append(slow, fmt.Sprintf("%s %s (%.1fs, %d)", r.Method, r.Path, r.Latency, r.Status))
		}
	}
	fmt.Println("status classes:", classes)
	fmt.Println("methods:", methods)
	fmt.Println("top paths:")
	for _, e := range top(paths, 4) {
		fmt.Printf("  %-20s %d\n", e.k, e.v)
	}
	fmt.Println("top clients:")
	for _, e := range top(clients, 3) {
		fmt.Printf("  %-15s %d (%.1f%%)\n", e.k, e.v, 100*float64(e.v)/float64(len(reqs)))
	}
	fmt.Printf("bytes served: %d (%.2f KiB), avg %.1f per request\n", totalBytes, float64(totalBytes)/1024, float64(totalBytes)/float64(len(reqs)))
	sort.Float64s(lat)
	fmt.Printf("latency p50=%.3f p90=%.3f p99=%.3f max=%.3f\n", percentile(lat, 50), percentile(lat, 90), percentile(lat, 99), lat[len(lat)-1])
	fmt.Println("slow requests:", slow)
	mins := make([]string, 0, len(minutes))
	for m := range minutes {
		mins = append(mins, m)
	}
	sort.Strings(mins)
	for _, m := range mins {
		fmt.Printf("%s %s\n", m, strings.Repeat("▇", minutes[m]))
	}
	errorRate := float64(classes["4xx"]+classes["5xx"]) / float64(len(reqs))
	fmt.Printf("error rate: %.2f%%\n", errorRate*100)
}
