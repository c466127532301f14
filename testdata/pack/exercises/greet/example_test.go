package greet_test

import (
	"testing"

	"example.com/pack/greet"
)

func TestGreet(t *testing.T) {
	if got := greet.Greet("Ada"); got != "Hello, Ada!" {
		t.Errorf("Greet(%q) = %q, want %q", "Ada", got, "Hello, Ada!")
	}
}
