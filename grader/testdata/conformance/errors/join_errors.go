// errors: errors.Join collects several errors; Is/As search every branch; nils are dropped
package main

import (
	"errors"
	"fmt"
)

var (
	ErrA = errors.New("a failed")
	ErrB = errors.New("b failed")
)

type FieldErr struct{ Field string }

func (f FieldErr) Error() string { return "invalid " + f.Field }

func validate(name, email string) error {
	var errs []error
	if name == "" {
		errs = append(errs, FieldErr{"name"})
	}
	if email == "" {
		errs = append(errs, FieldErr{"email"})
	}
	return errors.Join(errs...)
}

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Println("joined:")
	fmt.Println(j)
	fmt.Println("is A, is B:", errors.Is(j, ErrA), errors.Is(j, ErrB))
	fmt.Println("join of nils is nil:", errors.Join(nil, nil) == nil)
	fmt.Println("join of nothing is nil:", errors.Join() == nil)

	err := validate("", "")
	fmt.Printf("validate both: %q\n", err.Error())
	var fe FieldErr
	fmt.Println("as first field:", errors.As(err, &fe), fe.Field)
	fmt.Println("validate ok:", validate("n", "e"))

	wrapped := fmt.Errorf("request: %w", j)
	fmt.Println("wrapped join is B:", errors.Is(wrapped, ErrB))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println("unwrap []error len:", len(u.Unwrap()))
	}
	fmt.Println("errors.Unwrap on join:", errors.Unwrap(j))
}
