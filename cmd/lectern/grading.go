package main

// Every call lectern's commands make into the grader is in this file; the
// rest of cmd/lectern speaks of a grading and its result.

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/grader/sandbox"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/tui"
)

// maxSourceBytes is the largest file the grader accepts.
const maxSourceBytes = grader.MaxSourceBytes

// runWorker serves as the grader's sandboxed worker when args ask for it
// (the grader re-executes this binary).
func runWorker(args []string) (code int, ok bool) {
	if !sandbox.IsWorker(args) {
		return 0, false
	}
	return grader.WorkerMain(), true
}

// grading is a grader in use. Close it when done.
type grading struct{ g *grader.Grader }

// warmGrading keeps a worker started ahead of each grade (the TUI, watch,
// dev check: several grades, a few milliseconds each).
func warmGrading() *grading {
	go grader.WarmUp(nil) // the pre-check's type information, while the learner reads
	return &grading{g: grader.NewWarm()}
}

// oneShotGrading starts one worker now, so that its start-up overlaps with
// reading the learner's file, and none after it (lectern check).
func oneShotGrading() *grading {
	g := &grader.Grader{Pool: sandbox.NewPool("")}
	g.Pool.NoRefill = true
	_ = g.Pool.Warm() // a worker that cannot start shows as the grade's error
	return &grading{g: g}
}

func (gr *grading) Close() { gr.g.Close() }

// prepareFor decodes, in the background, the type information the
// pre-check of ch will need.
func (gr *grading) prepareFor(ch *exercises.Challenge) { go grader.WarmUp(ch.Task()) }

// grade grades src, shown as name, against the challenge's tests.
func (gr *grading) grade(ctx context.Context, ch *exercises.Challenge, name string, src []byte) *result {
	start := time.Now()
	return &result{v: gr.g.Grade(ctx, ch.Task(), name, src), took: time.Since(start)}
}

// oversize is the verdict on a file too large to read (size -1: unknown).
func oversize(ch *exercises.Challenge, name string, size int64) *result {
	return &result{v: grader.OversizeVerdict(ch.Task(), name, size)}
}

// result is one verdict.
type result struct {
	v    *grader.Verdict
	took time.Duration
}

func (r *result) passed() bool    { return r.v.Status == grader.Pass }
func (r *result) failed() bool    { return r.v.Status == grader.Fail }
func (r *result) cancelled() bool { return r.v.Reason == grader.ReasonCancelled }

// score is "passed/total".
func (r *result) score() string { return fmt.Sprintf("%d/%d", r.v.Passed(), r.v.Total()) }

// String is the status, reason and message, for dev check.
func (r *result) String() string {
	return fmt.Sprintf("%s %s: %s", r.v.Status, r.v.Reason, r.v.Message)
}

func (r *result) writeText(w io.Writer) error { return grader.WriteText(w, r.v) }
func (r *result) writeJSON(w io.Writer) error { return grader.WriteJSON(w, r.v) }

// report is the result as the TUI shows it.
func (r *result) report() tui.GradeReport {
	v := r.v
	rep := tui.GradeReport{Status: string(v.Status), Reason: string(v.Reason), Message: v.Message,
		Unsupported: v.Unsupported, Passed: v.Passed(), Total: v.Total(), Summary: v.Summary().Line, Duration: r.took}
	for _, t := range v.Tests {
		rep.Tests = append(rep.Tests, tui.GradeTest{Name: t.Name, Status: string(t.Status), Message: t.Message, Output: t.Output,
			NotGraded: t.Ungraded == grader.NotGraded})
	}
	for _, d := range v.Diagnostics {
		rep.Diagnostics = append(rep.Diagnostics, tui.GradeDiagnostic{File: d.File, Line: d.Line, Col: d.Col, Message: d.Message})
	}
	return rep
}

// attempt is the result as progress records it.
func (r *result) attempt(at time.Time) progress.Attempt { return r.report().Attempt(at) }
