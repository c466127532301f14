// method-values-expressions: methods on named slice, map, func and int types used as values
package main

import (
	"fmt"
	"strings"
)

type Words []string

func (w Words) Join(sep string) string { return strings.Join(w, sep) }
func (w *Words) Add(s string)          { *w = append(*w, s) }

type Scores map[string]int

func (s Scores) Best() string {
	best, bv := "", -1
	for k, v := range s {
		if v > bv || (v == bv && k < best) {
			best, bv = k, v
		}
	}
	return best
}

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Level int

func (l Level) Up() Level { return l + 1 }

func main() {
	var w Words
	add := w.Add
	add("a")
	add("b")
	add("c")
	join := w.Join
	fmt.Println("Words via method values:", join("-"))

	sc := Scores{"x": 3, "y": 9, "z": 9}
	best := sc.Best
	sc["w"] = 20
	fmt.Println("map receiver shares map:", best())

	inc := Op(func(x int) int { return x + 3 })
	tw := inc.Twice
	fmt.Println("func type method:", tw(1), Op.Twice(inc, 10))

	l := Level(1)
	up := l.Up
	l = 10
	fmt.Println("int type method value bound copy:", up(), l.Up())
	fmt.Println("chain:", Level(0).Up().Up().Up())
}
