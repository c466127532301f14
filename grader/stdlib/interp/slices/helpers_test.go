package slices_test

import (
	"fmt"
	"testing"
)

// The tests run each function of ours and the real one on identical
// copies of the same inputs and compare everything observable: the result
// (its elements, length, capacity and nilness), the backing array of the
// input up to its capacity afterwards, and the panic message.

// pt is an element type whose equal elements (same K) can be told apart.
type pt struct {
	K  int
	ID int
}

func cmpPt(a, b pt) int { return a.K - b.K }

// catch runs f and returns what it panicked with, or "" when it did not.
func catch(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("panic: ", r)
		}
	}()
	f()
	return ""
}

// describe renders everything observable of a slice: nilness, length,
// capacity and elements (%#v tells NaN, -0 and +0 apart).
func describe[E any](s []E) string {
	if s == nil {
		return "nil"
	}
	return fmt.Sprintf("len=%d cap=%d %#v", len(s), cap(s), s)
}

// array renders s's backing array up to its capacity.
func array[E any](s []E) string {
	return fmt.Sprintf("%#v", s[:cap(s)])
}

// twin returns two independent copies of s with its length, capacity and
// nilness.
func twin[E any](s []E) ([]E, []E) {
	if s == nil {
		return nil, nil
	}
	a := make([]E, len(s), cap(s))
	b := make([]E, len(s), cap(s))
	copy(a[:cap(s)], s[:cap(s)])
	copy(b[:cap(s)], s[:cap(s)])
	return a, b
}

func check(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\n got  %s\n want %s", what, got, want)
	}
}
