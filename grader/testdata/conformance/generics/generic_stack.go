// generics: a generic Stack[T] type with pointer-receiver methods, instantiated with several types
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

type point struct{ x, y int }

func main() {
	var si Stack[int]
	for i := 1; i <= 3; i++ {
		si.Push(i * 10)
	}
	v, ok := si.Pop()
	fmt.Println("int pop:", v, ok, "len:", si.Len())
	p, _ := si.Peek()
	fmt.Println("int peek:", p)

	ss := &Stack[string]{}
	ss.Push("a")
	ss.Push("b")
	s1, _ := ss.Pop()
	s2, _ := ss.Pop()
	s3, ok := ss.Pop()
	fmt.Printf("string pops: %q %q %q %v\n", s1, s2, s3, ok)

	var sp Stack[point]
	sp.Push(point{1, 2})
	top, _ := sp.Peek()
	fmt.Println("struct stack:", top, sp.Len())

	var sf Stack[func() string]
	sf.Push(func() string { return "called" })
	f, _ := sf.Pop()
	fmt.Println("func stack:", f())

	fmt.Printf("types: %T %T\n", si, ss)
}
