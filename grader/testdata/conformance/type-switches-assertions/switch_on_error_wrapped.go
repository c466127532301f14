// type-switches-assertions: type switch sees only the outer error; errors.As looks through wrapping
package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
}

func (p *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", p.Line) }

func check(err error) {
	switch e := err.(type) {
	case *ParseError:
		fmt.Println("  switch: direct ParseError line", e.Line)
	default:
		fmt.Printf("  switch: other %T\n", e)
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("  errors.As: line", pe.Line)
	} else {
		fmt.Println("  errors.As: no")
	}
}

func main() {
	base := &ParseError{12}
	fmt.Println("direct:")
	check(base)
	fmt.Println("wrapped once:")
	check(fmt.Errorf("loading: %w", base))
	fmt.Println("wrapped twice:")
	check(fmt.Errorf("config: %w", fmt.Errorf("loading: %w", base)))
	fmt.Println("unrelated:")
	check(errors.New("other"))
}
