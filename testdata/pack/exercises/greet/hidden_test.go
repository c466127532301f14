package greet_test

import (
	"testing"

	"example.com/pack/greet"
)

func TestGreetEmpty(t *testing.T) {
	if got := greet.Greet(""); got != "Hello, !" {
		t.Errorf("Greet(%q) = %q, want %q", "", got, "Hello, !")
	}
}
