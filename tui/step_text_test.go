package tui

import "testing"

// A page's first heading that only repeats the step's title goes (its
// underline too); one that says something else stays.
func TestDropRepeatedTitle(t *testing.T) {
	if got := dropRepeatedTitle("\n  Why this matters\n  ================\n\n  text", "Why This Matters"); got != "  text" {
		t.Errorf("the repeated title was kept: %q", got)
	}
	if got := dropRepeatedTitle("  Other title\n  ===========\n\n  text", "Step title"); got != "  Other title\n  ===========\n\n  text" {
		t.Errorf("a different heading was dropped: %q", got)
	}
}
