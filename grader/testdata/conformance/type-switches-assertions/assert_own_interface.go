// type-switches-assertions: assertions from any to an interface declared in the program (x.(Pricer), case Pricer:)
package main

import "fmt"

type Pricer interface{ Price() float64 }

type Discounter interface {
	Pricer
	Discount() float64
}

type apple struct{ kg float64 }

func (a apple) Price() float64 { return a.kg * 2.5 }

type coupon struct{ base, off float64 }

func (c *coupon) Price() float64    { return c.base }
func (c *coupon) Discount() float64 { return c.off }

func final(x any) string {
	switch v := x.(type) {
	case Discounter:
		return fmt.Sprintf("discounter %.2f", v.Price()-v.Discount())
	case Pricer:
		return fmt.Sprintf("pricer %.2f", v.Price())
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("not priced %v", v)
	}
}

func main() {
	items := []any{apple{2}, &coupon{10, 3}, coupon{1, 1}, "str", nil, 3}
	for i, it := range items {
		fmt.Println("switch", i, final(it))
	}
	var x any = apple{4}
	p, ok := x.(Pricer)
	fmt.Println("assert Pricer:", ok, p.Price())
	_, ok = x.(Discounter)
	fmt.Println("assert Discounter:", ok)

	x = &coupon{8, 2}
	d := x.(Discounter)
	fmt.Println("must Discounter:", d.Price(), d.Discount())
	var pr Pricer = d
	back, ok := pr.(Discounter)
	fmt.Println("Pricer back to Discounter:", ok, back.Discount())

	func() {
		defer func() { fmt.Println("failed single-value assertion panics:", recover() != nil) }()
		var y any = "no"
		_ = y.(Pricer)
	}()
}
