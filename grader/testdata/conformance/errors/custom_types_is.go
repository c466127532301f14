// errors: errors.Is with the program's own error types, value and pointer receivers, comparable values
package main

import (
	"errors"
	"fmt"
)

type StatusErr struct{ Code int }

func (s StatusErr) Error() string { return fmt.Sprintf("status %d", s.Code) }

type PathErr struct{ Path string }

func (p *PathErr) Error() string { return "bad path " + p.Path }

func main() {
	e1 := fmt.Errorf("wrap: %w", StatusErr{404})
	fmt.Println("value type equal:", errors.Is(e1, StatusErr{404}))
	fmt.Println("value type different:", errors.Is(e1, StatusErr{500}))

	pe := &PathErr{"/tmp"}
	e2 := fmt.Errorf("open: %w", pe)
	fmt.Println("same pointer:", errors.Is(e2, pe))
	fmt.Println("different pointer same value:", errors.Is(e2, &PathErr{"/tmp"}))

	var target error = StatusErr{404}
	fmt.Println("target as error interface:", errors.Is(e1, target))
	fmt.Println("direct compare:", error(StatusErr{1}) == error(StatusErr{1}))
}
