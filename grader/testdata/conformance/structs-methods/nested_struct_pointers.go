// structs-methods: nested structs and pointer chains: linked list, tree insert, methods on nil receivers
package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) String() string {
	var parts []string
	for cur := n; cur != nil; cur = cur.Next {
		parts = append(parts, fmt.Sprint(cur.Val))
	}
	return "[" + strings.Join(parts, "->") + "]"
}

type Tree struct {
	Left, Right *Tree
	Key         string
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) InOrder(visit func(string)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
	t.Right.InOrder(visit)
}

func main() {
	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{i, head}
	}
	fmt.Println("list:", head, "len:", head.Len())
	var empty *Node
	fmt.Println("nil list len:", empty.Len(), empty.String())

	var root *Tree
	for _, k := range []string{"m", "c", "x", "a", "e", "z"} {
		root = root.Insert(k)
	}
	var keys []string
	root.InOrder(func(k string) { keys = append(keys, k) })
	fmt.Println("in order:", keys)
	fmt.Println("root children:", root.Left.Key, root.Right.Key)
}
