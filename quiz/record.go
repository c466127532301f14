package quiz

import (
	"fmt"
	"slices"
	"time"

	"github.com/lectern-dev/lectern/progress"
)

// Step names the quiz step an attempt was taken on.
type Step struct {
	ID, Title string
	// Primary is set for the lesson's first quiz step (see
	// progress.Lesson.QuizOf).
	Primary bool
}

// Record applies an outcome to a lesson's progress record for the quiz
// step taken. It is the one place the pass and retry rules
// (see attempt.go) meet progress, for the plain command and the TUI alike.
// Call it inside progress.Store.Update. It returns a short note for the
// learner saying what was kept.
//
//   - An unfinished attempt (stopped early) changes nothing.
//   - A finished full attempt counts: Attempts+1, the best score if this one
//     is better (compared as a fraction, in case the quiz changed length),
//     LastMissed, and — when it passed — Passed and the quiz step done.
//   - A finished retry only replaces LastMissed with what is still missed,
//     so the next retry asks only those.
func Record(pl *progress.Lesson, step Step, o Outcome, now time.Time) string {
	if !o.Complete() || o.Total == 0 {
		if o.Answered > 0 {
			return "Not saved: only a finished attempt counts."
		}
		return ""
	}
	q := pl.QuizRecord(step.ID, step.Primary)
	q.LastMissed = slices.Clone(o.Missed)
	q.LastAt = now
	if !o.Full {
		if len(o.Missed) == 0 {
			return "Saved: no questions left to retry."
		}
		return fmt.Sprintf("Saved: %d %s still to get right.", len(o.Missed), Plural(len(o.Missed), "question", "questions"))
	}
	q.Attempts++
	if q.BestTotal == 0 || o.Score*q.BestTotal > q.BestScore*o.Total {
		q.BestScore, q.BestTotal = o.Score, o.Total
	}
	note := fmt.Sprintf("Saved: attempt %d, best score %d/%d.", q.Attempts, q.BestScore, q.BestTotal)
	if o.Passed {
		q.Passed = true
		if step.ID != "" {
			pl.MarkDone(step.ID, now)
		}
		note += " The " + step.Title + " step is done."
	}
	return note
}
