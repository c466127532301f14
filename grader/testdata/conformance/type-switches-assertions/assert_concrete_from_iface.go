// type-switches-assertions: asserting concrete types out of program interfaces, value vs pointer mismatch
package main

import "fmt"

type Node interface{ Kind() string }

type Leaf struct{ V int }
type Branch struct{ L, R Node }

func (Leaf) Kind() string    { return "leaf" }
func (*Branch) Kind() string { return "branch" }

func sum(n Node) int {
	if l, ok := n.(Leaf); ok {
		return l.V
	}
	if b, ok := n.(*Branch); ok {
		return sum(b.L) + sum(b.R)
	}
	return 0
}

func main() {
	tree := &Branch{Leaf{1}, &Branch{Leaf{2}, Leaf{3}}}
	fmt.Println("sum:", sum(tree))

	var n Node = Leaf{5}
	_, okPtr := n.(*Leaf)
	fmt.Println("Leaf value as *Leaf:", okPtr)
	l := n.(Leaf)
	l.V = 50
	fmt.Println("copy modified, interface keeps:", n.(Leaf).V, l.V)

	n = tree
	b := n.(*Branch)
	b.L = Leaf{100}
	fmt.Println("pointer shared:", sum(tree))

	var x any = n
	if nn, ok := x.(Node); ok {
		fmt.Println("any to Node:", nn.Kind())
	}
	if _, ok := x.(Leaf); !ok {
		fmt.Println("any is not Leaf")
	}
}
