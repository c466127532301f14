// type-switches-assertions: cases listing several types keep the interface type; single types bind the concrete type
package main

import "fmt"

type Meters float64
type Label string

func describe(x any) string {
	switch v := x.(type) {
	case int, int64:
		return fmt.Sprintf("integer-ish %v (%T)", v, v)
	case Meters:
		return fmt.Sprintf("meters %.1f doubled %.1f", float64(v), float64(v*2))
	case string, Label:
		return fmt.Sprintf("text %v", v)
	case []int:
		return fmt.Sprintf("int slice len %d", len(v))
	case map[string]int:
		return fmt.Sprintf("map with %d keys", len(v))
	case func() int:
		return fmt.Sprintf("func returning %d", v())
	case bool:
		if v {
			return "true bool"
		}
		return "false bool"
	default:
		return fmt.Sprintf("default %T", v)
	}
}

func main() {
	vals := []any{3, int64(4), Meters(2.5), "s", Label("lbl"), []int{1, 2},
		map[string]int{"a": 1}, func() int { return 9 }, false, 1.5, uint(2), struct{}{}}
	for i, v := range vals {
		fmt.Println(i, describe(v))
	}
}
