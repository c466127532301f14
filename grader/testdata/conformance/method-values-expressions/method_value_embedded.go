// method-values-expressions: method values and expressions of promoted methods from embedded structs
package main

import "fmt"

type Engine struct{ hp int }

func (e Engine) Power() int  { return e.hp }
func (e *Engine) Tune(d int) { e.hp += d }

type Car struct {
	Engine
	model string
}

type Fleet struct {
	*Car
	size int
}

func main() {
	c := Car{Engine{100}, "roadster"}
	power := c.Power
	tune := c.Tune
	tune(20)
	fmt.Println("bound power copy:", power(), "now:", c.Power())

	pe := Car.Power
	fmt.Println("Car.Power expr:", pe(c))
	te := (*Car).Tune
	te(&c, 5)
	fmt.Println("(*Car).Tune expr:", c.hp)

	f := Fleet{&c, 3}
	ft := f.Tune
	ft(-25)
	fmt.Println("through embedded pointer:", c.hp, f.Power())
	fp := Fleet.Power
	fmt.Println("Fleet.Power expr:", fp(f))
}
