// structs-methods: struct literals (keyed, positional, nested, pointer), zero values, anonymous structs
package main

import "fmt"

type Point struct{ X, Y int }

type Circle struct {
	Center Point
	Radius float64
	Label  string
	Tags   []string
}

func main() {
	var zero Circle
	fmt.Printf("zero: %+v nil tags: %v\n", zero, zero.Tags == nil)
	c1 := Circle{Point{1, 2}, 3.5, "c1", nil}
	fmt.Printf("positional: %+v\n", c1)
	c2 := Circle{Radius: 1, Label: "c2"}
	fmt.Printf("keyed partial: %+v\n", c2)
	c3 := &Circle{Center: Point{Y: 9}, Tags: []string{"a"}}
	fmt.Printf("pointer literal: %+v\n", *c3)
	c3.Center.X = 4
	fmt.Println("modify through pointer:", c3.Center)
	pts := []Point{{1, 1}, {X: 2}, {}}
	fmt.Println("elided types in slice:", pts)
	ptrs := []*Point{{3, 3}}
	fmt.Println("elided pointer types:", *ptrs[0])
	anon := struct {
		Name string
		N    int
	}{"anon", 1}
	fmt.Printf("anonymous: %+v\n", anon)
	cfg := struct{ Debug, Verbose bool }{Verbose: true}
	fmt.Println("anonymous bools:", cfg.Debug, cfg.Verbose)
	p := new(Point)
	p.X = 5
	fmt.Println("new(Point):", *p)
}
