// stdlib-misc: encoding/json Unmarshal into the program's structs: tags, case-insensitive keys, unknown fields, nested
package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

type Order struct {
	ID      int               `json:"id"`
	Items   []Item            `json:"items"`
	Notes   *string           `json:"notes"`
	Labels  map[string]int    `json:"labels"`
	Shipped bool              `json:"shipped"`
	Extra   map[string]string `json:"-"`
}

func main() {
	in := `{"id": 7, "items": [{"sku":"A1","qty":2,"price":9.5},{"SKU":"B2","QTY":1}],
	        "labels": {"x": 1}, "unknown": [1,2,3], "shipped": true, "notes": null}`
	var o Order
	err := json.Unmarshal([]byte(in), &o)
	fmt.Println("err:", err)
	fmt.Println("id:", o.ID, "shipped:", o.Shipped, "notes nil:", o.Notes == nil)
	for _, it := range o.Items {
		fmt.Printf("item: %s %d %.2f\n", it.SKU, it.Qty, it.Price)
	}
	fmt.Println("labels:", o.Labels)

	o2 := Order{ID: 1, Labels: map[string]int{"keep": 5}}
	_ = json.Unmarshal([]byte(`{"labels":{"new":6}}`), &o2)
	fmt.Println("merge into existing:", o2.ID, o2.Labels)

	var items []Item
	err = json.Unmarshal([]byte(`[{"sku":"x"},{"sku":"y","qty":3}]`), &items)
	fmt.Println("slice:", len(items), items[1].Qty, err)

	note := `{"notes":"fragile"}`
	var o3 Order
	_ = json.Unmarshal([]byte(note), &o3)
	fmt.Println("pointer field:", *o3.Notes)
}
