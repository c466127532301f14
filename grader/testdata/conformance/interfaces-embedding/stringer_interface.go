// interfaces-embedding: the program's own types satisfy fmt.Stringer; interface holding value vs pointer
package main

import (
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"red", "green", "blue"}[c]
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

func show(s fmt.Stringer) string { return "<" + s.String() + ">" }

func main() {
	fmt.Println("color:", show(Green))
	fmt.Println("path:", show(Path{"usr", "local"}))
	fmt.Println("temp pointer:", show(&Temp{21.5}))

	var list []fmt.Stringer
	list = append(list, Blue, Path{"a"}, &Temp{-3})
	for _, s := range list {
		fmt.Println("list item:", s)
	}

	var x any = Red
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("any is stringer:", s.String())
	}
	x = Temp{10}
	_, ok := x.(fmt.Stringer)
	fmt.Println("Temp value is stringer:", ok)
	x = &Temp{10}
	_, ok = x.(fmt.Stringer)
	fmt.Println("*Temp is stringer:", ok)
}
