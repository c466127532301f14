// generics: constraints that require methods, and constraints combining a method with a type set
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Shower interface {
	Show() string
}

type Celsius float64
type Tag string

func (c Celsius) Show() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }
func (t Tag) Show() string     { return "#" + string(t) }

type NumShower interface {
	~float64 | ~int
	Show() string
}

type Count int

func (c Count) Show() string { return strconv.Itoa(int(c)) + "x" }

func ShowAll[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, ", ")
}

func Double[T NumShower](x T) string {
	return (x * 2).Show()
}

func main() {
	fmt.Println("temps:", ShowAll([]Celsius{20, -3.5}))
	fmt.Println("tags:", ShowAll([]Tag{"go", "generics"}))
	fmt.Println("interface elems:", ShowAll([]Shower{Tag("a"), Celsius(1), Count(3)}))
	fmt.Println("double celsius:", Double(Celsius(10.25)))
	fmt.Println("double count:", Double(Count(21)))
}
