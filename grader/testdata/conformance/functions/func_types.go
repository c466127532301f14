// functions: named func types with methods, funcs as parameters and results, nil func checks
package main

import (
	"fmt"
	"strings"
)

type Predicate func(string) bool

func (p Predicate) Not() Predicate { return func(s string) bool { return !p(s) } }

func (p Predicate) And(q Predicate) Predicate { return func(s string) bool { return p(s) && q(s) } }

type Middleware func(Handler) Handler
type Handler func(string) string

func logging(tag string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return tag + "(" + next(s) + ")" }
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func filter(xs []string, p Predicate) []string {
	var out []string
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	long := Predicate(func(s string) bool { return len(s) > 3 })
	hasA := Predicate(func(s string) bool { return strings.Contains(s, "a") })
	words := []string{"go", "java", "rust", "kotlin", "c", "scala"}
	fmt.Println("long:", filter(words, long))
	fmt.Println("short:", filter(words, long.Not()))
	fmt.Println("long and has a:", filter(words, long.And(hasA)))
	h := chain(strings.ToUpper, logging("A"), logging("B"))
	fmt.Println("middleware:", h("x"))
	var nilH Handler
	fmt.Println("nil handler:", nilH == nil)
	fmt.Printf("types: %T %T\n", long, h)
}
