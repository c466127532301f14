package quiz

import (
	"math"
	"slices"
)

// Answer is what the learner gave for one question. Which field counts
// depends on the question's kind.
type Answer struct {
	Chosen []int   // single and multi: indexes into Question.Options
	Truth  bool    // truefalse
	Number float64 // numeric
}

// Result is one graded answer.
type Result struct {
	ID      string // the question's id
	Correct bool
	Given   Answer // Chosen sorted, without duplicates, in Question.Options order
	// For single and multi: the options the learner should have chosen
	// but did not, and those chosen that are wrong (Question.Options
	// indexes). Both are empty when Correct.
	Missed, Wrong []int
}

// Grade grades an answer. A single question is right when exactly its
// correct option is chosen; a multi question only when exactly the set of
// correct options is chosen (one missing or one extra is wrong); truefalse
// when Truth matches; numeric when the number is within the tolerance,
// inclusive. Out-of-range option indexes count as wrong choices.
func Grade(q *Question, a Answer) Result {
	r := Result{ID: q.ID}
	switch q.Kind {
	case Single, Multi:
		chosen := slices.Clone(a.Chosen)
		slices.Sort(chosen)
		chosen = slices.Compact(chosen)
		r.Given.Chosen = chosen
		for i, o := range q.Options {
			if o.Correct && !slices.Contains(chosen, i) {
				r.Missed = append(r.Missed, i)
			}
		}
		for _, c := range chosen {
			if c < 0 || c >= len(q.Options) || !q.Options[c].Correct {
				r.Wrong = append(r.Wrong, c)
			}
		}
		r.Correct = len(chosen) > 0 && len(r.Missed) == 0 && len(r.Wrong) == 0
	case TrueFalse:
		r.Given.Truth = a.Truth
		r.Correct = a.Truth == q.Truth
	case Numeric:
		r.Given.Number = a.Number
		r.Correct = withinTolerance(a.Number, q.Number, q.Tolerance)
	}
	return r
}

// withinTolerance is |got-want| <= tol, allowing for binary rounding so
// that 1.1 against 1.0 ± 0.1 counts.
func withinTolerance(got, want, tol float64) bool {
	if math.IsNaN(got) || math.IsInf(got, 0) {
		return false
	}
	slack := 1e-9 * math.Max(1, math.Max(math.Abs(want), math.Abs(tol)))
	return math.Abs(got-want) <= tol+slack
}
