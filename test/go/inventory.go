// An inventory system: structs with tags, sort.Slice and sort.SliceStable by several keys,
// a sort.Interface type, grouping with maps, restocking rules and a formatted report.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota + 1
	Garden
	Kitchen
	Electronics
)

var catNames = map[Category]string{Tools: "tools", Garden: "garden", Kitchen: "kitchen", Electronics: "electronics"}

func (c Category) String() string {
	if n, ok := catNames[c]; ok {
		return n
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Item struct {
	SKU      string   `json:"sku"`
	Name     string   `json:"name"`
	Cat      Category `json:"category"`
	Qty      int      `json:"qty"`
	Reorder  int      `json:"reorder_at"`
	PriceCts int      `json:"price"`
}

func (it Item) Value() int { return it.Qty * it.PriceCts }

type byValue []Item

func (b byValue) Len() int           { return len(b) }
func (b byValue) Less(i, j int) bool { return b[i].Value() > b[j].Value() }
func (b byValue) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Inventory struct {
	items map[string]*Item
	log   []string
}

func (inv *Inventory) Add(it Item) {
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		inv.log = append(inv.log, fmt.Sprintf("merged %s (+%d)", it.SKU, it.Qty))
		return
	}
	c := it
	inv.items[it.SKU] = &c
	inv.log = append(inv.log, "added "+it.SKU)
}

func (inv *Inventory) Sell(sku string, n int) error {
	it, ok := inv.items[sku]
	switch {
	case !ok:
		return fmt.Errorf("sell %s: unknown SKU", sku)
	case n > it.Qty:
		return fmt.Errorf("sell %d x %s: only %d in stock", n, it.Name, it.Qty)
	}
	it.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("sold %dx%s", n, sku))
	return nil
}

func (inv *Inventory) List() []Item {
	out := make([]Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, *it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].SKU < out[j].SKU })
	return out
}

func price(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	inv := &Inventory{items: map[string]*Item{}}
	for _, it := range []Item{
		{"T-100", "Hammer", Tools, 25, 10, 1299},
		{"T-101", "Screwdriver set", Tools, 8, 10, 2450},
		{"G-200", "Garden hose", Garden, 12, 5, 3199},
		{"K-300", "Chef knife", Kitchen, 4, 5, 8900},
		{"E-400", "USB cable", Electronics, 150, 50, 499},
		{"E-401", "Headphones", Electronics, 9, 10, 5999},
		{"G-201", "Rake", Garden, 0, 3, 1850},
		{"K-301", "Cutting board", Kitchen, 30, 10, 1575},
		{"T-100", "Hammer", Tools, 5, 10, 1299},
		{"X-999", "Mystery box", Category(9), 1, 0, 10000},
	} {
		inv.Add(it)
	}
	for _, s := range []struct {
		sku string
		n   int
	}{{"E-400", 120}, {"K-300", 5}, {"K-300", 4}, {"Z-000", 1}, {"T-101", 3}} {
		if err := inv.Sell(s.sku, s.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	items := inv.List()
	fmt.Printf("%-6s %-16s %-12s %5s %9s %10s\n", "SKU", "NAME", "CATEGORY", "QTY", "PRICE", "VALUE")
	total := 0
	for _, it := range items {
		flag := ""
		if it.Qty <= it.Reorder {
			flag = " *reorder*"
		}
		fmt.Printf("%-6s %-16s %-12v %5d %9s %10s%s\n", it.SKU, it.Name, it.Cat, it.Qty, price(it.PriceCts), price(it.Value()), flag)
		total += it.Value()
	}
	fmt.Printf("%s\n%-52s %10s\n", strings.Repeat("-", 63), "TOTAL", price(total))

	byCat := map[Category][]string{}
	qty := map[Category]int{}
	for _, it := range items {
		byCat[it.Cat] = append(byCat[it.Cat], it.Name)
		qty[it.Cat] += it.Qty
	}
	cats := make([]Category, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return cats[i] < cats[j] })
	for _, c := range cats {
		fmt.Printf("%-12v qty=%-4d %q\n", c, qty[c], byCat[c])
	}

	sorted := append([]Item(nil), items...)
	sort.Sort(byValue(sorted))
	fmt.Print("by value:")
	for _, it := range sorted[:5] {
		fmt.Printf(" %s(%s)", it.SKU, price(it.Value()))
	}
	fmt.Println()
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Cat < sorted[j].Cat })
	fmt.Print("stable by category:")
	for _, it := range sorted {
		fmt.Printf(" %s", it.SKU)
	}
	fmt.Println()
	fmt.Println("sorted by value?", sort.IsSorted(byValue(sorted)))
	fmt.Printf("%+v\n", items[0])
	fmt.Printf("%v\n", *inv.items["G-201"])
	fmt.Println("log:", strings.Join(inv.log, "; "))
}
