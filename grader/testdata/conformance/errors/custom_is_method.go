// errors: custom Is(target error) bool methods let errors.Is match by kind rather than identity
package main

import (
	"errors"
	"fmt"
)

type Kind int

const (
	KindNotFound Kind = iota + 1
	KindConflict
)

type AppError struct {
	Kind Kind
	Msg  string
}

func (a *AppError) Error() string { return a.Msg }

func (a *AppError) Is(target error) bool {
	t, ok := target.(*AppError)
	if !ok {
		return false
	}
	return t.Kind == a.Kind && (t.Msg == "" || t.Msg == a.Msg)
}

var ErrNotFound = &AppError{Kind: KindNotFound}
var ErrConflict = &AppError{Kind: KindConflict}

func main() {
	e := fmt.Errorf("get user: %w", &AppError{KindNotFound, "user 7 missing"})
	fmt.Println("is NotFound:", errors.Is(e, ErrNotFound))
	fmt.Println("is Conflict:", errors.Is(e, ErrConflict))
	fmt.Println("is exact msg:", errors.Is(e, &AppError{KindNotFound, "user 7 missing"}))
	fmt.Println("is other msg:", errors.Is(e, &AppError{KindNotFound, "user 8 missing"}))
	fmt.Println("is plain error:", errors.Is(e, errors.New("user 7 missing")))
	j := errors.Join(errors.New("x"), &AppError{KindConflict, "dup"})
	fmt.Println("join is Conflict:", errors.Is(j, ErrConflict))
}
