// type-switches-assertions: mixing comma-ok assertions and switches inside loops, values reused across iterations
package main

import (
	"fmt"
	"strconv"
)

type Token interface{ Text() string }

type Num struct{ V int }
type Op struct{ Sym byte }

func (n Num) Text() string { return strconv.Itoa(n.V) }
func (o Op) Text() string  { return string(o.Sym) }

func eval(tokens []Token) int {
	stack := []int{}
	for _, t := range tokens {
		if n, ok := t.(Num); ok {
			stack = append(stack, n.V)
			continue
		}
		op := t.(Op)
		b, a := stack[len(stack)-1], stack[len(stack)-2]
		stack = stack[:len(stack)-2]
		switch op.Sym {
		case '+':
			stack = append(stack, a+b)
		case '-':
			stack = append(stack, a-b)
		case '*':
			stack = append(stack, a*b)
		}
	}
	return stack[0]
}

func main() {
	expr := []Token{Num{3}, Num{4}, Op{'+'}, Num{5}, Op{'*'}, Num{6}, Op{'-'}}
	text := ""
	for _, t := range expr {
		text += t.Text() + " "
	}
	fmt.Println("rpn:", text)
	fmt.Println("value:", eval(expr))

	var n Num
	var ok bool
	nums := 0
	for _, t := range expr {
		if n, ok = t.(Num); ok {
			nums += n.V
		}
	}
	fmt.Println("sum of numbers:", nums, "last n:", n.V, "last ok:", ok)
}
