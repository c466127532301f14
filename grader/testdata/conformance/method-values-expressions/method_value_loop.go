// method-values-expressions: taking method values inside range loops over values and pointers
package main

import "fmt"

type item struct {
	name string
	n    int
}

func (i item) label() string { return fmt.Sprintf("%s=%d", i.name, i.n) }
func (i *item) bump()        { i.n++ }

func main() {
	items := []item{{"a", 1}, {"b", 2}, {"c", 3}}
	var labels []func() string
	for _, it := range items {
		labels = append(labels, it.label)
	}
	var bumps []func()
	for i := range items {
		bumps = append(bumps, items[i].bump)
	}
	for _, b := range bumps {
		b()
		b()
	}
	for i, l := range labels {
		fmt.Println("bound label", i, l(), "current", items[i].label())
	}
	ptrs := []*item{{"x", 0}, {"y", 10}}
	var pl []func() string
	for _, p := range ptrs {
		pl = append(pl, p.label)
		p.bump()
	}
	for i, l := range pl {
		fmt.Println("label bound through pointer", i, l())
	}
}
