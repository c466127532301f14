// closures: closures stored in struct fields and called through them, capturing the struct pointer
package main

import (
	"fmt"
	"strings"
)

type button struct {
	label   string
	clicks  int
	onClick func()
}

type pipeline struct {
	steps []func(string) string
}

func (p *pipeline) add(f func(string) string) *pipeline {
	p.steps = append(p.steps, f)
	return p
}

func (p *pipeline) run(s string) string {
	for _, f := range p.steps {
		s = f(s)
	}
	return s
}

func main() {
	b := &button{label: "ok"}
	b.onClick = func() {
		b.clicks++
		b.label = fmt.Sprintf("ok(%d)", b.clicks)
	}
	b.onClick()
	b.onClick()
	fmt.Println("button:", b.label, b.clicks)

	var p pipeline
	suffix := "!"
	p.add(strings.TrimSpace).add(strings.ToUpper).add(func(s string) string { return s + suffix })
	fmt.Println("pipeline:", p.run("  hello  "))
	suffix = "?"
	fmt.Println("pipeline after capture change:", p.run(" go "))

	handlers := map[string]func(int) int{
		"neg":  func(x int) int { return -x },
		"half": func(x int) int { return x / 2 },
	}
	fmt.Println("map handlers:", handlers["neg"](8), handlers["half"](9))
	if h, ok := handlers["missing"]; !ok {
		fmt.Println("missing handler nil:", h == nil)
	}
}
