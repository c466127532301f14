// structs-methods: structs satisfying interfaces via value or pointer methods; storing both in one slice
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func main() {
	shapes := []Shape{Rect{3, 4}, &Rect{1, 1}, &Circle{1}}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d: %T area=%.2f perim=%.2f\n", i, s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total: %.3f\n", total)
	c := &Circle{2}
	var s Shape = c
	c.R = 3
	fmt.Printf("interface holds pointer, sees change: %.2f\n", s.Area())
	r := Rect{2, 2}
	s = r
	r.W = 10
	fmt.Printf("interface holds copy: %.2f\n", s.Area())
}
