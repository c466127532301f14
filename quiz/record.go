package quiz

import (
	"fmt"
	"slices"
	"time"

	"github.com/lectern-dev/lectern/progress"
)

// Record applies an outcome to a lesson's progress record; quizStep is the
// id of the quiz step taken, primary says it is the lesson's first quiz step
// (see progress.Lesson.QuizOf). It is the one place the pass and retry rules
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
func Record(pl *progress.Lesson, quizStep string, primary bool, o Outcome, now time.Time) string {
	if !o.Complete() || o.Total == 0 {
		if o.Answered > 0 {
			return "Not saved: only a finished attempt counts."
		}
		return ""
	}
	q := pl.QuizRecord(quizStep, primary)
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
		if quizStep != "" {
			pl.MarkDone(quizStep, now)
		}
		note += " The quiz step is done."
	}
	return note
}
