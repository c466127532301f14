package quiz

import (
	"math/rand/v2"
	"slices"
)

// Pass and retry rules.
//
// A full attempt asks every question; it passes when the right answers
// reach the pass mark (PassPercent of all questions, 80% by default). Only a
// full attempt counts toward the score kept in progress, the attempt count
// and passing the quiz step.
//
// A retry asks only the questions missed last time. It is practice: the
// feedback has just shown the right answers, so getting them right on a
// retry shows the learner has read them, not that they knew them. A retry
// never passes the quiz by itself and does not change the best score; it
// does update which questions are still missed, so the next retry (or the
// next session) offers only those. To pass, take the whole quiz again.

// NewRand returns the random source for a seed, so that a run with --seed N
// (or a test) shuffles the options the same way every time.
func NewRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// Item is one question as an attempt shows it: its options in the shuffled
// order of this attempt.
type Item struct {
	Q     *Question
	order []int // shown position -> index in Q.Options
}

// Choices are the options in the order shown. A truefalse question shows
// True then False (never shuffled), both with the question's explanation;
// a numeric question has none.
func (it Item) Choices() []Option {
	switch it.Q.Kind {
	case TrueFalse:
		return []Option{
			{Text: "True", Correct: it.Q.Truth, Explanation: it.Q.Explanation},
			{Text: "False", Correct: !it.Q.Truth, Explanation: it.Q.Explanation},
		}
	case Single, Multi:
		out := make([]Option, len(it.order))
		for i, j := range it.order {
			out[i] = it.Q.Options[j]
		}
		return out
	}
	return nil
}

// CorrectShown are the shown positions of the right choices.
func (it Item) CorrectShown() []int {
	var out []int
	for i, o := range it.Choices() {
		if o.Correct {
			out = append(out, i)
		}
	}
	return out
}

// Choose turns shown positions (0 is the first option on screen) into an
// Answer. For truefalse, position 0 is True and 1 is False.
func (it Item) Choose(shown ...int) Answer {
	if it.Q.Kind == TrueFalse {
		return Answer{Truth: len(shown) > 0 && shown[0] == 0}
	}
	var a Answer
	for _, s := range shown {
		if s >= 0 && s < len(it.order) {
			a.Chosen = append(a.Chosen, it.order[s])
		} else {
			a.Chosen = append(a.Chosen, -1) // graded as a wrong choice
		}
	}
	return a
}

// ShownChosen is the inverse of Choose: the shown positions of what a
// result chose (for truefalse, 0 for True and 1 for False).
func (it Item) ShownChosen(r Result) []int {
	if it.Q.Kind == TrueFalse {
		if r.Given.Truth {
			return []int{0}
		}
		return []int{1}
	}
	var out []int
	for _, c := range r.Given.Chosen {
		if i := slices.Index(it.order, c); i >= 0 {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// Attempt walks a quiz once: either every question (a full attempt) or only
// the ones missed last time (a retry). It records each result.
type Attempt struct {
	Quiz    *Quiz
	Full    bool
	items   []Item
	results []Result
}

// NewAttempt starts a full attempt. rng shuffles the options of each
// single and multi question; nil means a random seed. Questions keep the
// quiz's order, which follows the lesson.
func NewAttempt(qz *Quiz, rng *rand.Rand) *Attempt {
	a := &Attempt{Quiz: qz, Full: true}
	for i := range qz.Questions {
		a.items = append(a.items, newItem(&qz.Questions[i], &rng))
	}
	return a
}

// NewRetry starts a retry of the questions with these ids, in quiz order.
// Unknown ids are ignored (the quiz may have changed since they were
// missed); when none is left the attempt has no questions (Len is 0).
func NewRetry(qz *Quiz, ids []string, rng *rand.Rand) *Attempt {
	a := &Attempt{Quiz: qz}
	for i := range qz.Questions {
		if slices.Contains(ids, qz.Questions[i].ID) {
			a.items = append(a.items, newItem(&qz.Questions[i], &rng))
		}
	}
	return a
}

func newItem(q *Question, rng **rand.Rand) Item {
	it := Item{Q: q}
	if q.Kind != Single && q.Kind != Multi {
		return it
	}
	it.order = make([]int, len(q.Options))
	for i := range it.order {
		it.order[i] = i
	}
	if *rng == nil {
		*rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	(*rng).Shuffle(len(it.order), func(i, j int) { it.order[i], it.order[j] = it.order[j], it.order[i] })
	return it
}

// IDs are the ids of the attempt's questions, in the order asked.
func (a *Attempt) IDs() []string {
	out := make([]string, len(a.items))
	for i, it := range a.items {
		out[i] = it.Q.ID
	}
	return out
}

// Len is the number of questions in this attempt.
func (a *Attempt) Len() int { return len(a.items) }

// Answered is how many questions have been answered.
func (a *Attempt) Answered() int { return len(a.results) }

// Done reports whether every question has been answered.
func (a *Attempt) Done() bool { return len(a.results) >= len(a.items) }

// Item returns the i-th question of the attempt (0-based).
func (a *Attempt) Item(i int) Item { return a.items[i] }

// Current is the next question to answer; ok is false when Done.
func (a *Attempt) Current() (it Item, ok bool) {
	if a.Done() {
		return Item{}, false
	}
	return a.items[len(a.results)], true
}

// Submit grades an answer to the current question (Answer indexes are
// Question.Options indexes: build them with Item.Choose) and moves on.
// After the last question it does nothing and returns a zero Result.
func (a *Attempt) Submit(ans Answer) Result {
	it, ok := a.Current()
	if !ok {
		return Result{}
	}
	r := Grade(it.Q, ans)
	a.results = append(a.results, r)
	return r
}

// Results are the results so far, in the order asked.
func (a *Attempt) Results() []Result { return a.results }

// Right is the number of right answers so far.
func (a *Attempt) Right() int {
	n := 0
	for _, r := range a.results {
		if r.Correct {
			n++
		}
	}
	return n
}

// Missed are the ids of the questions answered wrongly so far, in the order
// asked. Questions not reached are not missed.
func (a *Attempt) Missed() []string {
	var out []string
	for _, r := range a.results {
		if !r.Correct {
			out = append(out, r.ID)
		}
	}
	return out
}

// Passed reports whether this is a finished full attempt at or above the
// pass mark. A retry never passes (see the rules above).
func (a *Attempt) Passed() bool {
	return a.Full && a.Done() && a.Quiz.Passes(a.Right(), len(a.items))
}

// Outcome summarises a finished (or stopped) attempt for progress.
type Outcome struct {
	Score    int      // right answers
	Total    int      // questions in the attempt
	Answered int      // questions answered (less than Total when stopped early)
	Passed   bool     // a complete full attempt at or above the pass mark
	Full     bool     // a full attempt, not a retry
	Missed   []string // ids answered wrongly
}

// Complete reports whether every question was answered.
func (o Outcome) Complete() bool { return o.Answered >= o.Total }

// Outcome summarises the attempt so far.
func (a *Attempt) Outcome() Outcome {
	return Outcome{
		Score: a.Right(), Total: len(a.items), Answered: len(a.results),
		Passed: a.Passed(), Full: a.Full, Missed: a.Missed(),
	}
}
