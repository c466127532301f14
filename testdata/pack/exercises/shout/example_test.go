package shout_test

import (
	"testing"

	"example.com/pack/shout"
)

func TestShout(t *testing.T) {
	if got := shout.Shout("hi  there"); got != "HI THERE!" {
		t.Errorf("Shout(%q) = %q, want %q", "hi  there", got, "HI THERE!")
	}
}
