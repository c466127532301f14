// errors: choosing handling by error category with errors.As over several candidate types
package main

import (
	"errors"
	"fmt"
)

type NotFoundErr struct{ ID int }
type AuthErr struct{ User string }
type RateErr struct{ Wait int }

func (e NotFoundErr) Error() string { return fmt.Sprint("no item ", e.ID) }
func (e *AuthErr) Error() string    { return "bad user " + e.User }
func (e RateErr) Error() string     { return fmt.Sprint("retry in ", e.Wait) }

func handle(err error) string {
	var nf NotFoundErr
	var ae *AuthErr
	var re RateErr
	switch {
	case err == nil:
		return "200 ok"
	case errors.As(err, &nf):
		return fmt.Sprint("404 item ", nf.ID)
	case errors.As(err, &ae):
		return "401 " + ae.User
	case errors.As(err, &re):
		return fmt.Sprint("429 wait ", re.Wait)
	}
	return "500 " + err.Error()
}

func main() {
	errs := []error{
		nil,
		NotFoundErr{3},
		fmt.Errorf("svc: %w", &AuthErr{"eve"}),
		fmt.Errorf("a: %w", fmt.Errorf("b: %w", RateErr{30})),
		errors.Join(errors.New("x"), NotFoundErr{9}),
		errors.New("boom"),
	}
	for i, e := range errs {
		fmt.Println(i, handle(e))
	}
}
