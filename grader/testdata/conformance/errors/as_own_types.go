// errors: errors.As into the program's own error types (value and pointer targets), through wrapping
package main

import (
	"errors"
	"fmt"
)

type QueryError struct {
	Query string
	Line  int
}

func (q *QueryError) Error() string {
	return fmt.Sprintf("query %q failed at line %d", q.Query, q.Line)
}

type LimitError struct{ Max int }

func (l LimitError) Error() string { return fmt.Sprintf("limit %d exceeded", l.Max) }

type Temporary interface {
	Temporary() bool
}

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("handler: %w", &QueryError{"SELECT 1", 3})
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("as pointer type:", qe.Query, qe.Line)
	}
	var le LimitError
	fmt.Println("as wrong type:", errors.As(err, &le))

	err = fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", LimitError{10}))
	if errors.As(err, &le) {
		fmt.Println("as value type:", le.Max)
	}

	err = fmt.Errorf("dial: %w", netErr{"timeout"})
	var tmp Temporary
	if errors.As(err, &tmp) {
		fmt.Println("as interface:", tmp.Temporary())
	}
	var st fmt.Stringer
	fmt.Println("as fmt.Stringer interface:", errors.As(err, &st))

	qe = nil
	fmt.Println("as on nil error:", errors.As(nil, &qe), qe == nil)
}
