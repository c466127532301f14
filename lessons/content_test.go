package lessons

import "testing"

// Content tests: these check the built-in course itself, so a change to it
// may need a change here. Every other test runs on fixtures.

func TestBuiltinLessonsLoad(t *testing.T) {
	ls, err := LoadAll(Builtin, Options{})
	if err != nil {
		t.Fatalf("the built-in lessons have problems:\n%v", err)
	}
	var found bool
	for _, l := range ls {
		if l.ID == "serverless" {
			found = true
			want := []string{"Why This Matters", "Define Terms", "Visual Model", "Code Example", "Interactive Experiment",
				"Quick Quiz", "Coding Challenge", "Real-World Usage", "Connections"}
			if len(l.Steps) != len(want) {
				t.Fatalf("serverless has %d steps, want %d", len(l.Steps), len(want))
			}
			for i, s := range l.Steps {
				if s.Title != want[i] {
					t.Errorf("step %d is %q, want %q", i+1, s.Title, want[i])
				}
			}
			if l.Minutes != 90 || l.Track != "Production Engineering" {
				t.Errorf("minutes %d track %q", l.Minutes, l.Track)
			}
		}
	}
	if !found {
		t.Fatal("no serverless lesson built in")
	}
}
