package shout

import "testing"

func TestShoutUsesWords(t *testing.T) {
	if got := Shout(" a "); got != "A!" {
		t.Errorf("Shout(%q) = %q, want %q", " a ", got, "A!")
	}
}
