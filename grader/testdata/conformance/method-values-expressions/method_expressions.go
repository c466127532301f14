// method-values-expressions: method expressions (*Calc).Cost and Calc.Value take the receiver as first argument
package main

import "fmt"

type Calc struct{ base int }

func (c Calc) Value() int          { return c.base }
func (c Calc) Scaled(k int) int    { return c.base * k }
func (c *Calc) Cost(extra int) int { c.base += extra; return c.base }

func apply(f func(Calc, int) int, cs []Calc, k int) []int {
	var out []int
	for _, c := range cs {
		out = append(out, f(c, k))
	}
	return out
}

func main() {
	v := Calc.Value
	fmt.Println("Calc.Value:", v(Calc{7}))

	s := Calc.Scaled
	fmt.Println("Calc.Scaled:", s(Calc{3}, 4))

	cost := (*Calc).Cost
	c := &Calc{10}
	fmt.Println("(*Calc).Cost:", cost(c, 5), cost(c, 1), c.base)

	pv := (*Calc).Value
	fmt.Println("(*Calc).Value:", pv(c))

	fmt.Println("apply Scaled:", apply(Calc.Scaled, []Calc{{1}, {2}, {3}}, 10))

	fmt.Printf("types: %T | %T | %T\n", v, cost, pv)
}
