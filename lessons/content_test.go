package lessons

import (
	"strings"
	"testing"
)

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
			// The seed's nine, in its order; an author may add steps
			// between them.
			next := 0
			for _, s := range l.Steps {
				if next < len(want) && s.Title == want[next] {
					next++
				}
			}
			if next < len(want) {
				t.Errorf("the seed's steps are not all there in order: %q is missing after %q (steps: %v)", want[next], want[max(next-1, 0)], l.StepIDs())
			}
			if l.Steps[0].Title != want[0] {
				t.Errorf("the lesson starts with %q, want %q", l.Steps[0].Title, want[0])
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

// The serverless lesson's time-bound figures, as of 2026, each where the
// learner meets it before the quiz (a figure that moves to another step
// must move here too). The figures that have held since the seed are
// pinned as well, so that an edit does not lose them.
func TestServerlessFactsAsOf2026(t *testing.T) {
	ls, err := LoadAll(Builtin, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var l *Lesson
	for _, x := range ls {
		if x.ID == "serverless" {
			l = x
		}
	}
	if l == nil {
		t.Fatal("no serverless lesson")
	}
	page := func(id string) string { return l.Steps[l.StepIndex(id)].Markdown }
	for _, f := range []struct{ step, fact string }{
		{"why", "$20–100/month"},
		{"why", "$0.20 per million"},
		{"why", "$0.0000166667 per GB-second"},
		{"why", "$0.0000133334 per GB-second"},
		{"why", "6 billion GB-seconds a month"},
		{"why", "($0.000015, then"},
		{"why", "about 20 %"},
		{"why", "400,000 GB-seconds"},
		{"why", "belongs to the **account**"},
		{"why", "from 128 MB to 10,240 MB"},
		{"why", "1,769 MB"},
		{"why", "since 1 August 2025"},
		{"why", "AWS Compute Blog, April 2025"},
		{"why", "$50 a month"},
		{"why", "139 million"},
		{"why", "**15 minutes**"},
		{"visual", "100–1000 ms"},
		{"visual", "lambda-perf"},
		{"visual", "22 August 2026"},
		{"visual", "Rust | ≈ 16 ms"},
		{"visual", "Go | ≈ 49 ms"},
		{"visual", "Python 3.13 | ≈ 91 ms"},
		{"visual", "Node.js 22 | ≈ 137 ms"},
		{"visual", "Java 21 | ≈ 242 ms"},
		{"visual", ".NET 8 | ≈ 248 ms"},
		{"visual", "ahead of time | ≈ 89 ms"},
		{"visual", "304–354 ms"},
		{"visual", "under 5 ms"},
		{"visual", "**SnapStart**"},
		{"visual", "new accounts start with a lower one"},
		{"visual", "one request at a"},
		{"code", "`Handler`"},
		{"code", "under `api/`"},
		{"experiment", "Fluid compute"},
		{"experiment", "may or may not be slow again"},
		{"usage", "as few functions as it can"},
		{"usage", "**Fluid compute**"},
	} {
		if !strings.Contains(page(f.step), f.fact) {
			t.Errorf("step %q does not say %q", f.step, f.fact)
		}
	}
	// Real-World Usage is no longer where the lesson's substance is.
	if n, most := strings.Count(page("usage"), "\n"), strings.Count(page("why"), "\n"); n >= most {
		t.Errorf("Real-World Usage has %d lines, Why This Matters %d: the core belongs before the quiz", n, most)
	}
}
