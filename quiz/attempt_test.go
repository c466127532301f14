package quiz

import (
	"slices"
	"testing"
)

func texts(opts []Option) []string {
	var out []string
	for _, o := range opts {
		out = append(out, o.Text)
	}
	return out
}

func TestShuffleIsSeededAndPerAttempt(t *testing.T) {
	qz := mustParse(t, good)
	order := func(seed uint64) [][]string {
		a := NewAttempt(qz, NewRand(seed))
		var out [][]string
		for i := range a.Len() {
			out = append(out, texts(a.Item(i).Choices()))
		}
		return out
	}
	if !slices.EqualFunc(order(7), order(7), slices.Equal) {
		t.Error("the same seed gave different option orders")
	}
	differs := false
	for seed := uint64(1); seed < 20 && !differs; seed++ {
		differs = !slices.EqualFunc(order(7), order(seed), slices.Equal)
	}
	if !differs {
		t.Error("no seed changed the option order")
	}
	// Shuffling keeps every option once, and true/false stays True, False.
	for seed := range uint64(20) {
		o := order(seed)
		for i, q := range qz.Questions[:2] {
			got := slices.Clone(o[i])
			slices.Sort(got)
			want := texts(q.Options)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("seed %d: question %d options %v, want a permutation of %v", seed, i, o[i], want)
			}
		}
		if !slices.Equal(o[2], []string{"True", "False"}) || o[3] != nil {
			t.Fatalf("seed %d: truefalse/numeric choices = %v / %v", seed, o[2], o[3])
		}
	}
	// nil rng must not panic.
	_ = NewAttempt(qz, nil).Item(0).Choices()
}

// answerAll answers each question of a right or wrong, by what is shown.
func answerAll(a *Attempt, right map[string]bool) {
	for {
		it, ok := a.Current()
		if !ok {
			return
		}
		var ans Answer
		r := right[it.Q.ID]
		switch it.Q.Kind {
		case Single, Multi:
			c := it.CorrectShown()
			if !r {
				c = c[:0:0]
				for i, o := range it.Choices() {
					if !o.Correct {
						c = append(c, i)
					}
				}
			}
			ans = it.Choose(c...)
		case TrueFalse:
			ans = Answer{Truth: it.Q.Truth == r}
		case Numeric:
			ans = Answer{Number: it.Q.Number}
			if !r {
				ans.Number += it.Q.Tolerance + 1
			}
		}
		a.Submit(ans)
	}
}

func TestAttemptScoreAndRetry(t *testing.T) {
	qz := mustParse(t, good) // pass_percent 75: 3 of 4 passes
	a := NewAttempt(qz, NewRand(1))
	if a.Len() != 4 || a.Done() || !a.Full {
		t.Fatalf("new attempt: len %d done %v full %v", a.Len(), a.Done(), a.Full)
	}
	answerAll(a, map[string]bool{"no-servers": true, "pick": false, "warm": true, "cost": false})
	if !a.Done() || a.Right() != 2 || a.Passed() {
		t.Fatalf("after 2 of 4: done %v right %d passed %v", a.Done(), a.Right(), a.Passed())
	}
	if got := a.Missed(); !slices.Equal(got, []string{"pick", "cost"}) {
		t.Fatalf("Missed = %v", got)
	}
	if r := a.Submit(Answer{}); r.ID != "" || a.Answered() != 4 {
		t.Fatal("Submit after the end recorded something")
	}
	o := a.Outcome()
	if o.Score != 2 || o.Total != 4 || o.Answered != 4 || !o.Full || o.Passed || !slices.Equal(o.Missed, []string{"pick", "cost"}) || !o.Complete() {
		t.Errorf("Outcome = %+v", o)
	}

	// A retry asks only the missed questions, in quiz order, and never passes.
	re := NewRetry(qz, []string{"cost", "pick", "gone"}, NewRand(2))
	if re.Full || re.Len() != 2 || re.Item(0).Q.ID != "pick" || re.Item(1).Q.ID != "cost" {
		t.Fatalf("retry: full %v len %d", re.Full, re.Len())
	}
	answerAll(re, map[string]bool{"pick": true, "cost": true})
	if re.Right() != 2 || re.Passed() || len(re.Missed()) != 0 || re.Outcome().Passed {
		t.Errorf("retry all right: right %d passed %v missed %v", re.Right(), re.Passed(), re.Missed())
	}
	if NewRetry(qz, nil, nil).Len() != 0 {
		t.Error("a retry of nothing has questions")
	}

	// A full attempt at the pass mark passes.
	b := NewAttempt(qz, NewRand(3))
	answerAll(b, map[string]bool{"no-servers": true, "pick": true, "warm": false, "cost": true})
	if !b.Passed() || !b.Outcome().Passed {
		t.Errorf("3 of 4 at 75%% did not pass")
	}
}

func TestStoppedEarly(t *testing.T) {
	qz := mustParse(t, good)
	a := NewAttempt(qz, NewRand(1))
	it, _ := a.Current()
	a.Submit(it.Choose(it.CorrectShown()...))
	o := a.Outcome()
	if o.Complete() || o.Answered != 1 || o.Score != 1 || o.Passed || len(o.Missed) != 0 {
		t.Errorf("Outcome after 1 of 4 = %+v", o)
	}
}

func TestChooseAndShownChosenRoundTrip(t *testing.T) {
	qz := mustParse(t, good)
	a := NewAttempt(qz, NewRand(5))
	for i := range a.Len() {
		it := a.Item(i)
		if it.Q.Kind == Numeric {
			continue
		}
		for pos := range it.Choices() {
			r := Grade(it.Q, it.Choose(pos))
			if got := it.ShownChosen(r); !slices.Equal(got, []int{pos}) {
				t.Errorf("%s: ShownChosen(Choose(%d)) = %v", it.Q.ID, pos, got)
			}
			if want := it.Choices()[pos].Correct && len(it.CorrectShown()) == 1; r.Correct != want {
				t.Errorf("%s: choosing shown %d graded %v, want %v", it.Q.ID, pos, r.Correct, want)
			}
		}
	}
}
