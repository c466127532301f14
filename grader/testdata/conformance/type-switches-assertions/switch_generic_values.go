// type-switches-assertions: type switch over values produced by generic code and named basic types
package main

import "fmt"

type Celsius float64
type Count int
type Names []string

func wrap[T any](v T) any { return v }

func what(x any) string {
	switch v := x.(type) {
	case Celsius:
		return fmt.Sprintf("Celsius %.1f", float64(v))
	case float64:
		return fmt.Sprintf("float64 %g", v)
	case Count:
		return fmt.Sprintf("Count %d", int(v))
	case int:
		return fmt.Sprintf("int %d", v)
	case Names:
		return fmt.Sprintf("Names %d", len(v))
	case []string:
		return fmt.Sprintf("[]string %d", len(v))
	}
	return "?"
}

func main() {
	fmt.Println(what(wrap(Celsius(21.5))))
	fmt.Println(what(wrap(21.5)))
	fmt.Println(what(wrap(Count(3))))
	fmt.Println(what(wrap(3)))
	fmt.Println(what(wrap(Names{"a", "b"})))
	fmt.Println(what(wrap([]string{"a"})))
	var c Count = 9
	fmt.Println(what(c), what(int(c)))
	fmt.Println(what(float64(Celsius(1))))
}
