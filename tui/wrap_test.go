package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapIndentKeepsWrappedLinesUnderTheIndent(t *testing.T) {
	name := "TestCalculateCost/just_under_a_half-cent:_399,999_free_GB-seconds_would_round_up"
	got := wrapIndent(name, 40, "  ", "  ")
	lines := strings.Split(got, "\n")
	if len(lines) < 2 {
		t.Fatalf("a %d-cell name fits in 40 cells? %q", len(name), got)
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, "  ") || ansi.StringWidth(l) > 40 {
			t.Errorf("line %d %q: want two spaces in front and at most 40 cells", i+1, l)
		}
	}
	if strings.ReplaceAll(strings.Join(lines, ""), " ", "") != name {
		t.Errorf("the name is not all there: %q", got)
	}
	msg := wrapIndent("CalculateCost(4002493, 200, 1024) = 0, want 6.67\nsecond line", 30, "    ", "    ")
	for i, l := range strings.Split(msg, "\n") {
		if !strings.HasPrefix(l, "    ") || ansi.StringWidth(l) > 30 {
			t.Errorf("message line %d %q: want four spaces in front and at most 30 cells", i+1, l)
		}
	}
}
