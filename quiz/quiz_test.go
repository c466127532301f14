package quiz

import (
	"errors"
	"strings"
	"testing"

	"github.com/lectern-dev/lectern/internal/yamlx"
)

var steps = []string{"why", "visual", "challenge"}

const good = `pass_percent: 75
questions:
  - id: no-servers
    kind: single
    step: why
    prompt: What does "serverless" mean?
    options:
      - text: No servers at all.
        explanation: There are servers.
      - text: Someone else runs them.
        correct: true
        explanation: Right.
  - id: pick
    kind: multi
    step: visual
    prompt: Which apply?
    options:
      - text: One
        correct: true
        explanation: e1
      - text: Two
        explanation: e2
      - text: Three
        correct: true
        explanation: e3
  - id: warm
    kind: truefalse
    step: visual
    prompt: A warm instance skips init.
    answer: true
    explanation: It was already initialised.
  - id: cost
    kind: numeric
    step: challenge
    prompt: Cost per month?
    answer: 12.5
    tolerance: 0.01
    unit: dollars
    explanation: Requests plus compute.
`

func TestParseGood(t *testing.T) {
	qz, err := Parse("quiz.yaml", []byte(good), steps)
	if err != nil {
		t.Fatal(err)
	}
	if qz.PassPercent != 75 || len(qz.Questions) != 4 {
		t.Fatalf("got pass %d, %d questions", qz.PassPercent, len(qz.Questions))
	}
	q := qz.Questions[3]
	if q.Kind != Numeric || q.Number != 12.5 || q.Tolerance != 0.01 || q.Unit != "dollars" || q.Line != 32 {
		t.Errorf("numeric question = %+v", q)
	}
	if !qz.Questions[2].Truth || qz.Questions[2].Explanation == "" {
		t.Errorf("truefalse question = %+v", qz.Questions[2])
	}
	if qz.Question("pick") != &qz.Questions[1] || qz.Question("nope") != nil {
		t.Error("Question(id) lookup is wrong")
	}
	if got := qz.Questions[3].AnswerText(); got != "12.5 dollars (12.49 to 12.51 counts)" {
		t.Errorf("AnswerText = %q", got)
	}
	if got := qz.Questions[1].AnswerText(); got != "One; Three" {
		t.Errorf("AnswerText = %q", got)
	}
}

func TestParseDefaultPassPercent(t *testing.T) {
	src := strings.Replace(good, "pass_percent: 75\n", "", 1)
	qz, err := Parse("quiz.yaml", []byte(src), steps)
	if err != nil {
		t.Fatal(err)
	}
	if qz.PassPercent != 80 {
		t.Errorf("PassPercent = %d, want 80", qz.PassPercent)
	}
}

// q wraps one question's YAML (indented as a list item) in a quiz.
func q(body string) string { return "questions:\n" + body }

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // each must appear, in order, as a whole problem line prefix+text
	}{
		{"single with two correct", q(`  - id: a
    kind: single
    step: why
    prompt: P
    options:
      - text: x
        correct: true
        explanation: e
      - text: y
        correct: true
        explanation: e
`), []string{`quiz.yaml:6: question "a" is single choice and needs exactly one option with "correct: true", found 2`}},
		{"single with none correct", q(`  - id: a
    kind: single
    step: why
    prompt: P
    options:
      - {text: x, explanation: e}
      - {text: y, explanation: e}
`), []string{`quiz.yaml:6: question "a" is single choice and needs exactly one option with "correct: true", found 0`}},
		{"multi with none correct", q(`  - id: a
    kind: multi
    step: why
    prompt: P
    options:
      - {text: x, explanation: e}
      - {text: y, explanation: e}
`), []string{`quiz.yaml:6: question "a" is multi (select all that apply) and needs at least one option`}},
		{"one option", q(`  - id: a
    kind: single
    step: why
    prompt: P
    options:
      - {text: x, explanation: e, correct: true}
`), []string{`quiz.yaml:6: question "a" needs at least 2 options, found 1`}},
		{"no options", q(`  - id: a
    kind: multi
    step: why
    prompt: P
`), []string{`quiz.yaml:2: question "a" needs at least 2 options, found 0`}},
		{"option without explanation", q(`  - id: a
    kind: single
    step: why
    prompt: P
    options:
      - {text: x, explanation: e, correct: true}
      - text: y
`), []string{`quiz.yaml:8: question "a": option 2 has no explanation`}},
		{"option without text", q(`  - id: a
    kind: multi
    step: why
    prompt: P
    options:
      - {text: x, explanation: e, correct: true}
      - {explanation: e}
`), []string{`quiz.yaml:8: question "a": option 2 has no text`}},
		{"duplicate option text", q(`  - id: a
    kind: multi
    step: why
    prompt: P
    options:
      - {text: x, explanation: e, correct: true}
      - {text: X, explanation: e}
`), []string{`quiz.yaml:8: question "a": option 2 has the same text as option 1`}},
		{"truefalse without explanation", q(`  - id: a
    kind: truefalse
    step: why
    prompt: P
    answer: false
`), []string{`quiz.yaml:2: question "a" has no explanation`}},
		{"numeric without explanation", q(`  - id: a
    kind: numeric
    step: why
    prompt: P
    answer: 3
    tolerance: 0
`), []string{`quiz.yaml:2: question "a" has no explanation`}},
		{"numeric without tolerance", q(`  - id: a
    kind: numeric
    step: why
    prompt: P
    answer: 3
    explanation: e
`), []string{`quiz.yaml:2: question "a" is numeric but has no tolerance`}},
		{"numeric with negative tolerance", q(`  - id: a
    kind: numeric
    step: why
    prompt: P
    answer: 3
    tolerance: -0.5
    explanation: e
`), []string{`quiz.yaml:7: question "a": tolerance must not be negative, found -0.5`}},
		{"numeric with text tolerance", q(`  - id: a
    kind: numeric
    step: why
    prompt: P
    answer: 3
    tolerance: a bit
    explanation: e
`), []string{`quiz.yaml:7: question "a": tolerance must be a number, found "a bit"`}},
		{"numeric with text answer", q(`  - id: a
    kind: numeric
    step: why
    prompt: P
    answer: $12.50
    tolerance: 0
    explanation: e
`), []string{`quiz.yaml:6: question "a": answer must be a number`}},
		{"numeric without answer", q(`  - id: a
    kind: numeric
    step: why
    prompt: P
    tolerance: 1
    explanation: e
`), []string{`quiz.yaml:2: question "a" has no answer: add "answer:" with a number`}},
		{"truefalse without answer", q(`  - id: a
    kind: truefalse
    step: why
    prompt: P
    explanation: e
`), []string{`quiz.yaml:2: question "a" has no answer: add "answer:" with true or false`}},
		{"truefalse with empty answer", q(`  - id: a
    kind: truefalse
    step: why
    prompt: P
    answer:
    explanation: e
`), []string{`quiz.yaml:2: question "a" has no answer`}},
		{"truefalse with yes", q(`  - id: a
    kind: truefalse
    step: why
    prompt: P
    answer: yes
    explanation: e
`), []string{`quiz.yaml:6: question "a": answer must be true or false, found "yes"`}},
		{"truefalse with options", q(`  - id: a
    kind: truefalse
    step: why
    prompt: P
    answer: true
    explanation: e
    options:
      - {text: x, explanation: e}
`), []string{`quiz.yaml:9: question "a" is truefalse: it has no options`}},
		{"single with answer", q(`  - id: a
    kind: single
    step: why
    prompt: P
    answer: 2
    options:
      - {text: x, explanation: e, correct: true}
      - {text: y, explanation: e}
`), []string{`quiz.yaml:6: question "a" is single: mark the right option`}},
		{"tolerance on a choice question", q(`  - id: a
    kind: single
    step: why
    prompt: P
    tolerance: 1
    options:
      - {text: x, explanation: e, correct: true}
      - {text: y, explanation: e}
`), []string{`quiz.yaml:6: question "a" is single: "tolerance" and "unit" belong to numeric questions`}},
		{"question explanation on a choice question", q(`  - id: a
    kind: multi
    step: why
    prompt: P
    explanation: e
    options:
      - {text: x, explanation: e, correct: true}
      - {text: y, explanation: e}
`), []string{`quiz.yaml:6: question "a" is multi: each option has its own explanation`}},
		{"unknown step", q(`  - id: a
    kind: truefalse
    step: wyh
    prompt: P
    answer: true
    explanation: e
`), []string{`quiz.yaml:4: question "a" reviews unknown step "wyh"; the lesson's steps are: why, visual, challenge`}},
		{"missing step", q(`  - id: a
    kind: truefalse
    prompt: P
    answer: true
    explanation: e
`), []string{`quiz.yaml:2: question "a" has no step: name the step it reviews (one of: why, visual, challenge)`}},
		{"duplicate ids", q(`  - id: a
    kind: truefalse
    step: why
    prompt: P
    answer: true
    explanation: e
  - id: a
    kind: truefalse
    step: why
    prompt: Q
    answer: false
    explanation: e
`), []string{`quiz.yaml:8: duplicate question id "a" (first used on line 2)`}},
		{"missing id", q(`  - kind: truefalse
    step: why
    prompt: P
    answer: true
    explanation: e
`), []string{`quiz.yaml:2: question 1 has no id`}},
		{"empty prompt", q(`  - id: a
    kind: truefalse
    step: why
    prompt: "  "
    answer: true
    explanation: e
`), []string{`quiz.yaml:5: question "a" has no prompt`}},
		{"missing prompt", q(`  - id: a
    kind: truefalse
    step: why
    answer: true
    explanation: e
`), []string{`quiz.yaml:2: question "a" has no prompt`}},
		{"unknown kind", q(`  - id: a
    kind: essay
    step: why
    prompt: P
`), []string{`quiz.yaml:3: question "a" has unknown kind "essay": use single, multi, truefalse or numeric`}},
		{"missing kind", q(`  - id: a
    step: why
    prompt: P
`), []string{`quiz.yaml:2: question "a" has no kind`}},
		{"pass_percent zero", "pass_percent: 0\n" + q(`  - {id: a, kind: truefalse, step: why, prompt: P, answer: true, explanation: e}
`), []string{`quiz.yaml:1: pass_percent must be from 1 to 100, found 0`}},
		{"pass_percent over 100", "pass_percent: 120\n" + q(`  - {id: a, kind: truefalse, step: why, prompt: P, answer: true, explanation: e}
`), []string{`quiz.yaml:1: pass_percent must be from 1 to 100, found 120`}},
		{"pass_percent text", "pass_percent: most\n" + q(`  - {id: a, kind: truefalse, step: why, prompt: P, answer: true, explanation: e}
`), []string{`quiz.yaml:1: expected a whole number, found text "most"`}},
		{"no questions", "pass_percent: 80\n", []string{`quiz.yaml:1: the quiz has no questions`}},
		{"empty questions", "questions: []\n", []string{`quiz.yaml:1: the quiz has no questions`}},
		{"unknown key", q(`  - id: a
    kind: truefalse
    step: why
    prompt: P
    answer: true
    explanation: e
    hint: h
`), []string{`quiz.yaml:8: unknown key "hint"`}},
		{"empty file", "", []string{`quiz.yaml: the file is empty`}},
		{"not a mapping", "- a\n", []string{`quiz.yaml:1: expected a mapping`}},
		{"syntax error", "questions:\n  - id: [\n", []string{`quiz.yaml:`}},
		{"questions not a list", "questions: many\n", []string{`quiz.yaml:1: expected a list, found text "many"`}},
		{"options not a list", q(`  - id: a
    kind: single
    step: why
    prompt: P
    options: x
`), []string{`quiz.yaml:6: expected a list`}},
		{"too many options", q(`  - id: a
    kind: multi
    step: why
    prompt: P
    options: [{text: "1", explanation: e, correct: true}, {text: "2", explanation: e}, {text: "3", explanation: e}, {text: "4", explanation: e}, {text: "5", explanation: e}, {text: "6", explanation: e}, {text: "7", explanation: e}, {text: "8", explanation: e}, {text: "9", explanation: e}, {text: "10", explanation: e}]
`), []string{`quiz.yaml:6: question "a" has 10 options; at most 9`}},
		{"several problems reported together", q(`  - id: a
    kind: single
    step: nowhere
    prompt: P
    options:
      - {text: x}
      - {text: y}
`), []string{
			`quiz.yaml:4: question "a" reviews unknown step "nowhere"`,
			`quiz.yaml:7: question "a": option 1 has no explanation`,
			`quiz.yaml:8: question "a": option 2 has no explanation`,
			`quiz.yaml:6: question "a" is single choice and needs exactly one option`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qz, err := Parse("quiz.yaml", []byte(tt.src), steps)
			if err == nil {
				t.Fatalf("Parse succeeded, want problems %q", tt.want)
			}
			if qz != nil {
				t.Error("Parse returned a quiz along with an error")
			}
			var ps yamlx.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %T is not yamlx.Problems: %v", err, err)
			}
			lines := strings.Split(err.Error(), "\n")
			i := 0
			for _, w := range tt.want {
				for i < len(lines) && !strings.HasPrefix(lines[i], w) {
					i++
				}
				if i == len(lines) {
					t.Fatalf("problems:\n%s\nwant (in order) a line starting %q", err, w)
				}
			}
		})
	}
}

// TestParseNeverPanics feeds truncations and mutations of a good file.
func TestParseNeverPanics(t *testing.T) {
	srcs := []string{"questions:\n  - null\n", "questions:\n  - []\n", "questions:\n  - id: a\n    options: [null, 3]\n",
		"questions:\n  - id: a\n    kind: numeric\n    answer: [1]\n    tolerance: {a: 1}\n", "\x00\xff", "pass_percent: 1e99\n"}
	for i := range len(good) {
		srcs = append(srcs, good[:i])
	}
	for _, s := range srcs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Parse(%q) panicked: %v", s, r)
				}
			}()
			Parse("quiz.yaml", []byte(s), steps)
		}()
	}
}
