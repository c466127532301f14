// generics: a generic linked list with a generic node type, iteration by callback and All() range-over-func iterator
package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.val)
		i++
	}
}

func (l *List[T]) All() func(yield func(T) bool) {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func Reverse[T any](l *List[T]) *List[T] {
	out := &List[T]{}
	l.Each(func(_ int, v T) { out.PushFront(v) })
	return out
}

func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.PushFront(s)
	}
	l.Each(func(i int, s string) { fmt.Println("each", i, s) })
	r := Reverse(&l)
	var got []string
	for v := range r.All() {
		got = append(got, v)
	}
	fmt.Println("reversed:", got, r.size)

	var li List[int]
	for i := range 5 {
		li.PushFront(i * i)
	}
	for v := range li.All() {
		if v < 4 {
			break
		}
		fmt.Println("range with break:", v)
	}
}
