package quiz

import (
	"slices"
	"testing"
)

func mustParse(t *testing.T, src string) *Quiz {
	t.Helper()
	qz, err := Parse("quiz.yaml", []byte(src), steps)
	if err != nil {
		t.Fatal(err)
	}
	return qz
}

func TestGrade(t *testing.T) {
	qz := mustParse(t, good)
	single, multi, tf, num := &qz.Questions[0], &qz.Questions[1], &qz.Questions[2], &qz.Questions[3]
	exact := &Question{ID: "exact", Kind: Numeric, Number: 1.0, Tolerance: 0.1}
	tests := []struct {
		name        string
		q           *Question
		a           Answer
		want        bool
		missed, bad []int
	}{
		{"single right", single, Answer{Chosen: []int{1}}, true, nil, nil},
		{"single wrong", single, Answer{Chosen: []int{0}}, false, []int{1}, []int{0}},
		{"single nothing chosen", single, Answer{}, false, []int{1}, nil},
		{"single both chosen", single, Answer{Chosen: []int{0, 1}}, false, nil, []int{0}},
		{"single out of range", single, Answer{Chosen: []int{7}}, false, []int{1}, []int{7}},
		{"multi exact set", multi, Answer{Chosen: []int{2, 0}}, true, nil, nil},
		{"multi exact set with duplicate", multi, Answer{Chosen: []int{0, 2, 0}}, true, nil, nil},
		{"multi one missing", multi, Answer{Chosen: []int{0}}, false, []int{2}, nil},
		{"multi one extra", multi, Answer{Chosen: []int{0, 1, 2}}, false, nil, []int{1}},
		{"multi all wrong", multi, Answer{Chosen: []int{1}}, false, []int{0, 2}, []int{1}},
		{"multi nothing", multi, Answer{}, false, []int{0, 2}, nil},
		{"truefalse right", tf, Answer{Truth: true}, true, nil, nil},
		{"truefalse wrong", tf, Answer{Truth: false}, false, nil, nil},
		{"numeric exact", num, Answer{Number: 12.5}, true, nil, nil},
		{"numeric at upper edge", num, Answer{Number: 12.51}, true, nil, nil},
		{"numeric at lower edge", num, Answer{Number: 12.49}, true, nil, nil},
		{"numeric just outside", num, Answer{Number: 12.52}, false, nil, nil},
		{"numeric far off", num, Answer{Number: 125}, false, nil, nil},
		{"numeric rounding at edge", exact, Answer{Number: 1.1}, true, nil, nil},
		{"numeric rounding below edge", exact, Answer{Number: 0.9}, true, nil, nil},
		{"numeric beyond edge", exact, Answer{Number: 1.1000001}, false, nil, nil},
		{"numeric zero tolerance", &Question{Kind: Numeric, Number: 3}, Answer{Number: 3}, true, nil, nil},
		{"numeric zero tolerance off", &Question{Kind: Numeric, Number: 3}, Answer{Number: 3.001}, false, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Grade(tt.q, tt.a)
			if r.Correct != tt.want {
				t.Errorf("Correct = %v, want %v", r.Correct, tt.want)
			}
			if !slices.Equal(r.Missed, tt.missed) || !slices.Equal(r.Wrong, tt.bad) {
				t.Errorf("Missed, Wrong = %v, %v; want %v, %v", r.Missed, r.Wrong, tt.missed, tt.bad)
			}
			if r.ID != tt.q.ID {
				t.Errorf("ID = %q", r.ID)
			}
		})
	}
}

func TestPassMark(t *testing.T) {
	qz := &Quiz{PassPercent: 80}
	for _, c := range []struct {
		right, total int
		want         bool
	}{{10, 12, true}, {9, 12, false}, {12, 12, true}, {4, 5, true}, {3, 5, false}, {0, 0, false}, {8, 10, true}, {7, 10, false}} {
		if got := qz.Passes(c.right, c.total); got != c.want {
			t.Errorf("Passes(%d, %d) = %v, want %v", c.right, c.total, got, c.want)
		}
	}
	if got := (&Quiz{PassPercent: 100}).PassMark(12); got != 12 {
		t.Errorf("PassMark at 100%% = %d", got)
	}
	if got := (&Quiz{PassPercent: 1}).PassMark(12); got != 1 {
		t.Errorf("PassMark at 1%% = %d", got)
	}
}

func TestFormatNumber(t *testing.T) {
	for x, want := range map[float64]string{12.5: "12.5", 12.49: "12.49", 3: "3", 0.1 + 0.2: "0.3", -0.0000001: "0", 1234567: "1234567"} {
		if got := FormatNumber(x); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", x, got, want)
		}
	}
}
