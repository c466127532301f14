// interfaces-embedding: decorator structs that embed an interface and override one method, stacked
package main

import (
	"fmt"
	"strings"
)

type Greeter interface {
	Greet(name string) string
	Lang() string
}

type english struct{}

func (english) Greet(n string) string { return "Hello, " + n }
func (english) Lang() string          { return "en" }

type loud struct{ Greeter }

func (l loud) Greet(n string) string { return strings.ToUpper(l.Greeter.Greet(n)) + "!" }

type polite struct {
	Greeter
	title string
}

func (p polite) Greet(n string) string { return p.Greeter.Greet(p.title + " " + n) }

func main() {
	var g Greeter = english{}
	fmt.Println("base:", g.Greet("ann"), g.Lang())
	g = loud{g}
	fmt.Println("loud:", g.Greet("ann"), g.Lang())
	g = polite{g, "Dr."}
	fmt.Println("polite(loud):", g.Greet("ann"), g.Lang())
	g = loud{polite{english{}, "Ms."}}
	fmt.Println("loud(polite):", g.Greet("bo"), g.Lang())

	layers := []Greeter{english{}, loud{english{}}, polite{loud{english{}}, "Sir"}}
	for i, l := range layers {
		fmt.Println("layer", i, l.Greet("x"))
	}
}
