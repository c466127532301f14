// maps: reading missing keys yields zero values of many element types; nil map reads are fine, writes panic
package main

import "fmt"

type rec struct {
	name string
	tags []string
}

func main() {
	ints := map[string]int{}
	strs := map[int]string{}
	recs := map[string]rec{}
	slices := map[string][]int{}
	funcs := map[string]func() int{}
	ifaces := map[string]any{}
	bools := map[rune]bool{}

	fmt.Println("int zero:", ints["x"])
	fmt.Printf("string zero: %q\n", strs[5])
	r := recs["none"]
	fmt.Println("struct zero:", r.name == "", r.tags == nil)
	fmt.Println("slice zero:", slices["none"] == nil, len(slices["none"]))
	fmt.Println("func zero:", funcs["none"] == nil)
	fmt.Println("interface zero:", ifaces["none"] == nil)
	fmt.Println("bool zero:", bools['q'])

	slices["a"] = append(slices["a"], 1, 2)
	fmt.Println("append to missing key:", slices["a"])

	var nm map[string]int
	fmt.Println("nil map read:", nm["k"], len(nm))
	for range nm {
		fmt.Println("never")
	}
	func() {
		defer func() { fmt.Println("nil map write panics:", recover() != nil) }()
		nm["k"] = 1
	}()
	fmt.Println("lengths:", len(ints), len(slices))
}
