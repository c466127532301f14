// maps: order-independent computations over map iteration (sums, min/max, inversion)
package main

import (
	"fmt"
	"sort"
)

func main() {
	prices := map[string]float64{"apple": 1.25, "bread": 3.5, "milk": 0.99, "cheese": 7.0}
	total := 0.0
	cheapest, priciest := "", ""
	for name, p := range prices {
		total += p
		if cheapest == "" || p < prices[cheapest] {
			cheapest = name
		}
		if priciest == "" || p > prices[priciest] {
			priciest = name
		}
	}
	fmt.Printf("total: %.2f\n", total)
	fmt.Println("cheapest:", cheapest, "priciest:", priciest)

	colors := map[string]string{"r": "red", "g": "green", "b": "blue"}
	inverse := make(map[string]string, len(colors))
	for k, v := range colors {
		inverse[v] = k
	}
	fmt.Println("inverse:", inverse)

	var keys []string
	for k := range prices {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	fmt.Println("reverse sorted keys:", keys)

	count := 0
	for range prices {
		count++
	}
	fmt.Println("range count equals len:", count == len(prices))
}
