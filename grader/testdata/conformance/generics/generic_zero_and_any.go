// generics: zero values of type parameters, *new(T), any(x) conversions and type switches inside generic code
package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Level int

func (l Level) String() string { return fmt.Sprint("L", int(l)) }

func PtrTo[T any](v T) *T { return &v }

func main() {
	fmt.Printf("zero int %v, string %q, slice nil %v, ptr nil %v\n",
		Zero[int](), Zero[string](), Zero[[]int]() == nil, Zero[*Level]() == nil)
	fmt.Println("IsZero:", IsZero(0), IsZero("x"), IsZero(Level(0)), IsZero(struct{ a int }{}))
	fmt.Println(Describe(5))
	fmt.Println(Describe("s"))
	fmt.Println(Describe(Level(2)))
	fmt.Println(Describe(2.5))
	p := PtrTo(Level(9))
	*p++
	fmt.Println("PtrTo:", *p)
	fmt.Println("new(T):", *new(int), *PtrTo(*new(string)) == "")
}
