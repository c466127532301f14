// type-switches-assertions: type switch on an error holding the program's own pointer and value error types
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct{ Secs int }

func (e *Timeout) Error() string { return fmt.Sprintf("timeout after %ds", e.Secs) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case NotFound:
		return "value NotFound key=" + e.Key
	case *NotFound:
		return "pointer NotFound key=" + e.Key
	case *Timeout:
		return fmt.Sprint("pointer Timeout secs=", e.Secs)
	case Code:
		return fmt.Sprint("Code ", int(e))
	default:
		return "other: " + e.Error()
	}
}

func main() {
	errs := []error{
		nil,
		NotFound{"a"},
		&NotFound{"b"},
		&Timeout{30},
		Code(500),
		errors.New("plain"),
		fmt.Errorf("wrapped: %w", NotFound{"c"}),
	}
	for i, err := range errs {
		fmt.Println("case", i, "->", classify(err))
	}
}
