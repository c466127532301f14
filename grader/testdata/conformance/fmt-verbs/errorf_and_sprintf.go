// fmt-verbs: Sprintf/Errorf with %w, %v of wrapped errors, argument index [n] notation, %% literal
package main

import (
	"errors"
	"fmt"
)

type Item struct {
	ID   int
	Name string
}

func (i Item) String() string { return fmt.Sprintf("#%d %s", i.ID, i.Name) }

func main() {
	base := errors.New("disk")
	err := fmt.Errorf("save %v: %w", Item{1, "doc"}, base)
	fmt.Println("errorf:", err)
	fmt.Println("is base:", errors.Is(err, base))
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %[2]d", 1, 2))
	fmt.Println(fmt.Sprintf("%[1]s has %[1]q", "x"))
	fmt.Println(fmt.Sprintf("%d%% done", 50))
	fmt.Println(fmt.Sprintf("%s and %v", Item{2, "a"}, &Item{3, "b"}))
	fmt.Println(fmt.Sprintf("%6.2f|%-6.1f|", 3.14159, 2.0))
	fmt.Println(fmt.Sprintf("%v|%d|%s", []Item{{4, "c"}}, []int{1, 2}, []string{"s"}))
	fmt.Println(fmt.Sprintf("%t %v", false, true))
	fmt.Println(fmt.Sprintf("%3c|%-3c|", 'x', 'y'))
	fmt.Println(fmt.Sprintf("%05s|%.1q", "ab", "abc"))
}
