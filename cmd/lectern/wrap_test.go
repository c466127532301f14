package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapTextKeepsNumbersAndIndents(t *testing.T) {
	hint := "Hint 2 of 3: Convert the ints to float64 before dividing (integer division would round 128/1024 down to 0). Subtract the 400,000 free GB-seconds but never go below zero, multiply what is left by 0.0000166667, and round to cents with math.Round(x*100) / 100, typically 100–1000 ms."
	for _, w := range []int{30, 40, 60, 80} {
		out := wrapText(hint, w, "  ")
		for i, l := range strings.Split(out, "\n") {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d, line %d is %d wide: %q", w, i+1, ansi.StringWidth(l), l)
			}
			if i > 0 && !strings.HasPrefix(l, "  ") {
				t.Errorf("width %d, line %d is not indented: %q", w, i+1, l)
			}
		}
		flat := strings.Join(strings.Fields(out), " ")
		for _, whole := range []string{"0.0000166667", "400,000 free", "100–1000 ms", "128/1024"} {
			if !strings.Contains(flat, whole) {
				t.Errorf("width %d splits %q:\n%s", w, whole, out)
			}
		}
	}
}

func TestWrapWriterWrapsEachLine(t *testing.T) {
	var b bytes.Buffer
	ww := newWrapWriter(&b, 30)
	ww.Write([]byte("✗ TestCalculateCost/paid_usage\n    CalculateCost(4000000, 200, 1024) = 0, want 6.67\nno newline at the end of this last line here"))
	ww.Close()
	for _, l := range strings.Split(b.String(), "\n") {
		if ansi.StringWidth(l) > 30 {
			t.Errorf("line wider than 30: %q", l)
		}
	}
	if !strings.Contains(b.String(), "\n      ") || !strings.HasSuffix(b.String(), "here") {
		t.Fatalf("wrapped:\n%s", b.String())
	}
}
