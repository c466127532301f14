// errors: a custom error with Unwrap() []error; errors.Is/As search all children, errors.Unwrap returns nil
package main

import (
	"errors"
	"fmt"
	"strings"
)

type MultiError struct {
	errs []error
}

func (m *MultiError) Error() string {
	parts := make([]string, len(m.errs))
	for i, e := range m.errs {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func (m *MultiError) Unwrap() []error { return m.errs }

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }

var ErrFirst = errors.New("first")

func main() {
	m := &MultiError{[]error{ErrFirst, fmt.Errorf("wrapped: %w", CodeErr{42}), errors.New("third")}}
	fmt.Println("message:", m)
	fmt.Println("is first:", errors.Is(m, ErrFirst))
	var ce CodeErr
	fmt.Println("as CodeErr:", errors.As(m, &ce), ce.Code)
	fmt.Println("errors.Unwrap:", errors.Unwrap(m))
	outer := fmt.Errorf("batch: %w", m)
	fmt.Println("through outer:", errors.Is(outer, ErrFirst), errors.As(outer, &ce))
	empty := &MultiError{}
	fmt.Printf("empty: %q %v\n", empty.Error(), errors.Is(empty, ErrFirst))
}
