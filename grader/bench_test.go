package grader

import (
	"context"
	"testing"
)

// go test -run '^$' -bench . -benchmem ./grader/

// BenchmarkPrecheck: parse, type-check (fmt/math export data already
// decoded, as after the first check), allow-list, signatures, rewrite.
func BenchmarkPrecheck(b *testing.B) {
	ch := costCalculator(b)
	src, _ := readStyle("min_max_builtins")
	if _, d := Precheck(ch, "solution.go", src); len(d) > 0 {
		b.Fatal(d)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, d := Precheck(ch, "solution.go", src); len(d) > 0 {
			b.Fatal(d)
		}
	}
}

// BenchmarkGradeCold: one whole grade through a freshly started worker
// process (what `lectern check` does, minus its own process start).
func BenchmarkGradeCold(b *testing.B) {
	ch := costCalculator(b)
	for b.Loop() {
		if v := Grade(context.Background(), ch, "solution.go", ch.Reference); v.Status != Pass {
			b.Fatal(v.Status, v.Message)
		}
	}
}

// BenchmarkGradeWarm: the TUI's path, a worker started ahead of time (the
// next one starts after each grade, outside the timed region as far as
// possible: the benchmark waits for it like a learner reading results).
func BenchmarkGradeWarm(b *testing.B) {
	ch := costCalculator(b)
	g := NewWarm()
	defer g.Close()
	for b.Loop() {
		b.StopTimer()
		if err := g.Pool.Warm(); err != nil {
			b.Fatal(err)
		}
		waitWarm(g)
		b.StartTimer()
		if v := g.Grade(context.Background(), ch, "solution.go", ch.Reference); v.Status != Pass {
			b.Fatal(v.Status, v.Message)
		}
	}
}
