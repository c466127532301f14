package quiz

import (
	"slices"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/progress"
)

var quick = Step{ID: "quiz", Title: "Quick Quiz", Primary: true}

func TestRecord(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	pl := &progress.Lesson{}

	if note := Record(pl, quick, Outcome{Score: 1, Total: 12, Answered: 2, Full: true}, now); pl.Quiz != nil || note == "" {
		t.Fatalf("an unfinished attempt was recorded: %+v", pl.Quiz)
	}
	Record(pl, quick, Outcome{Score: 8, Total: 12, Answered: 12, Full: true, Missed: []string{"a", "b", "c", "d"}}, now)
	q := pl.Quiz
	if q.Attempts != 1 || q.BestScore != 8 || q.BestTotal != 12 || q.Passed || pl.Done("quiz") || len(q.LastMissed) != 4 {
		t.Fatalf("after a failed full attempt: %+v", q)
	}
	// A retry that gets everything right does not pass or count as an attempt.
	note := Record(pl, quick, Outcome{Score: 4, Total: 4, Answered: 4, Missed: nil}, now)
	if q.Attempts != 1 || q.BestScore != 8 || q.Passed || pl.Done("quiz") || len(q.LastMissed) != 0 || note != "Saved: no questions left to retry." {
		t.Fatalf("after a retry: %+v %q", q, note)
	}
	if note := Record(pl, quick, Outcome{Score: 11, Total: 12, Answered: 12, Full: true, Passed: true, Missed: []string{"x"}}, now); note != "Saved: attempt 2, best score 11/12. The Quick Quiz step is done." {
		t.Errorf("note on a pass: %q", note)
	}
	if q.Attempts != 2 || q.BestScore != 11 || !q.Passed || !pl.Done("quiz") || !slices.Equal(q.LastMissed, []string{"x"}) {
		t.Fatalf("after a passing attempt: %+v", q)
	}
	// A worse attempt keeps the best score and the pass.
	Record(pl, quick, Outcome{Score: 3, Total: 12, Answered: 12, Full: true}, now)
	if q.Attempts != 3 || q.BestScore != 11 || !q.Passed {
		t.Fatalf("after a worse attempt: %+v", q)
	}
}

// A lesson's second quiz step keeps its own record: passing it neither
// passes the first nor takes its best score.
func TestRecordSecondQuizStep(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	pl := &progress.Lesson{}
	Record(pl, quick, Outcome{Score: 1, Total: 2, Answered: 2, Full: true, Missed: []string{"a"}}, now)
	Record(pl, Step{ID: "second", Title: "Second"}, Outcome{Score: 3, Total: 3, Answered: 3, Full: true, Passed: true}, now)
	first, second := pl.QuizOf("quiz", true), pl.QuizOf("second", false)
	if first.Passed || first.BestScore != 1 || pl.Done("quiz") || !second.Passed || second.BestScore != 3 || !pl.Done("second") {
		t.Fatalf("first %+v second %+v done %v", first, second, pl.StepsDone)
	}
}
