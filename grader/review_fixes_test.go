package grader

import (
	"context"
	"strings"
	"testing"
)

// Escaping a message can triple its length; the cap applies to what is
// shown, and never leaves half an escape at the cut.
func TestMessageCapHoldsAfterEscaping(t *testing.T) {
	src := "package costcalculator\n\nimport \"strings\"\n\nfunc init() { panic(strings.Repeat(\"\\x1b\", 6000)) }\n\n" +
		"func CalculateCost(invocations int, avgDurationMs float64, memorySizeMB int) float64 { return 0 }\n"
	v := grade(t, src)
	if v.Status == Pass {
		t.Fatal("a panicking init passed")
	}
	if len(v.Message) > maxMessageBytes {
		t.Fatalf("message is %d bytes after escaping, want at most %d", len(v.Message), maxMessageBytes)
	}
	if strings.ContainsRune(v.Message, 0x1b) {
		t.Fatal("message holds a raw escape character")
	}
	body := strings.TrimSuffix(v.Message, "…")
	if i := strings.LastIndexByte(body, '\\'); i >= 0 && len(body)-i < len(`\x1b`) {
		t.Fatalf("message ends in half an escape: %q", body[max(0, len(body)-8):])
	}
}

// A verdict that mixes the code's own failures with tests the interpreter
// could not grade counts each kind apart, and marks ungraded tests "?".
func TestTextCountsFailedAndNotGradedApart(t *testing.T) {
	v := &Verdict{Status: Fail, Tests: []TestResult{
		{Name: "TestA/ok", Status: Pass},
		{Name: "TestA/wrong", Status: Fail, Message: "got 1, want 2"},
		{Name: "TestA/odd", Status: Error, Ungraded: NotGraded, Message: notGradedPrefix + "Lectern's interpreter mishandled something"},
	}}
	var b strings.Builder
	if err := WriteText(&b, v); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"✗ TestA/wrong", "? TestA/odd", "1 passed, 1 failed, 1 not graded"} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
}

// A reference that could not be graded is not remembered: the next grade
// tries again (and a reloaded challenge with the same id has its own entry).
func TestFailedReferenceIsRetried(t *testing.T) {
	ch := *costCalculator(t)
	ch.Reference = []byte("package costcalculator\n\nfunc CalculateCost( {\n")
	e := expectedFor(&ch)
	if names := e.names(context.Background()); names != nil {
		t.Fatalf("a broken reference gave names %v", names)
	}
	if again := expectedFor(&ch); again == e {
		t.Fatal("the failed reference run was cached")
	}
	other := *costCalculator(t)
	if expectedFor(&other) == expectedFor(&ch) {
		t.Fatal("two challenge values share one cache entry")
	}
}

func TestOversizeVerdictEscapesTheFileName(t *testing.T) {
	v := OversizeVerdict(costCalculator(t), "sol\x1b[2J.go", 5<<20)
	if strings.ContainsRune(v.Message, 0x1b) {
		t.Fatalf("raw escape in %q", v.Message)
	}
	if !strings.Contains(v.Message, `\x1b`) {
		t.Fatalf("escaped name missing from %q", v.Message)
	}
}
