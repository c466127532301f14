// fmt-verbs: a String() method on a pointer receiver is used only when printing a pointer
package main

import "fmt"

type Node struct {
	Name string
	Kids int
}

func (n *Node) String() string { return fmt.Sprintf("Node(%s/%d)", n.Name, n.Kids) }

type Holder struct {
	P *Node
	V Node
}

func main() {
	n := Node{"root", 2}
	fmt.Println("value:", n)
	fmt.Println("pointer:", &n)
	fmt.Printf("%%v value: %v, %%v pointer: %v\n", n, &n)
	fmt.Printf("%%+v value: %+v\n", n)
	fmt.Printf("%%s pointer: %s\n", &n)
	fmt.Println("slice of values:", []Node{{"a", 0}})
	fmt.Println("slice of pointers:", []*Node{{"b", 1}, {"c", 3}})
	h := Holder{&Node{"p", 1}, Node{"v", 2}}
	fmt.Printf("holder %%v: %v\n", h)
	fmt.Printf("holder %%+v: %+v\n", h)
	var x any = &n
	fmt.Println("any pointer:", x)
	x = n
	fmt.Println("any value:", x)
	var np *Node
	fmt.Println("nil pointer field holder:", Holder{np, Node{}}.V)
}
