// Package quiz holds a lesson's Quick Quiz: the questions read from
// quiz.yaml (see lessons/FORMAT.md), how an answer is graded, and an Attempt
// that walks the questions with the options shuffled. It does no I/O; the
// plain-text command and the TUI both drive it.
package quiz

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/lectern-dev/lectern/internal/yamlx"
)

// Kind is the kind of a question.
type Kind string

const (
	Single    Kind = "single"    // exactly one correct option
	Multi     Kind = "multi"     // select all that apply: one or more correct options
	TrueFalse Kind = "truefalse" // a statement that is true or false
	Numeric   Kind = "numeric"   // a number, right within a tolerance
)

// Hint is what a question of the kind asks for, as a question's heading
// shows it: "choose one", "select all that apply"…
func (k Kind) Hint() string {
	switch k {
	case Single:
		return "choose one"
	case Multi:
		return "select all that apply"
	case TrueFalse:
		return "true or false"
	case Numeric:
		return "type a number"
	}
	return string(k)
}

// DefaultPassPercent is the pass mark when quiz.yaml does not set one.
const DefaultPassPercent = 80

// MaxOptions is the most options a choice question may have: the TUI picks
// them with the keys 1–9.
const MaxOptions = 9

// Quiz is a parsed quiz.yaml.
type Quiz struct {
	PassPercent int // 1..100; a full attempt passes at or above it
	Questions   []Question
}

// Option is one choice of a single or multi question.
type Option struct {
	Text        string `yaml:"text"`
	Correct     bool   `yaml:"correct"`
	Explanation string `yaml:"explanation"` // shown after answering
}

// Question is one quiz question.
type Question struct {
	ID     string
	Kind   Kind
	Step   string // the id of the lesson step this question reviews
	Prompt string

	Options []Option // single and multi only

	Truth     bool    // truefalse: the right answer
	Number    float64 // numeric: the right answer
	Tolerance float64 // numeric: an answer within ±Tolerance (inclusive) is right
	Unit      string  // numeric: optional, e.g. "dollars"

	Explanation string // truefalse and numeric: shown after answering

	Line int // the line of the question in quiz.yaml
}

// Question returns the question with that id, or nil.
func (q *Quiz) Question(id string) *Question {
	if q == nil {
		return nil
	}
	for i := range q.Questions {
		if q.Questions[i].ID == id {
			return &q.Questions[i]
		}
	}
	return nil
}

// PassMark is the number of right answers out of total that passes.
func (q *Quiz) PassMark(total int) int {
	p := DefaultPassPercent
	if q != nil && q.PassPercent > 0 {
		p = q.PassPercent
	}
	return (total*p + 99) / 100
}

// Passes reports whether right answers out of total reach the pass mark.
func (q *Quiz) Passes(right, total int) bool {
	return total > 0 && right >= q.PassMark(total)
}

// AnswerText is the right answer in words, for feedback: the correct
// options' texts, "True"/"False", or the number with its unit and tolerance.
func (q *Question) AnswerText() string {
	switch q.Kind {
	case TrueFalse:
		if q.Truth {
			return "True"
		}
		return "False"
	case Numeric:
		s := FormatNumber(q.Number)
		if q.Unit != "" {
			s += " " + q.Unit
		}
		if q.Tolerance > 0 {
			s += fmt.Sprintf(" (%s to %s counts)", FormatNumber(q.Number-q.Tolerance), FormatNumber(q.Number+q.Tolerance))
		}
		return s
	}
	var parts []string
	for _, o := range q.Options {
		if o.Correct {
			parts = append(parts, o.Text)
		}
	}
	return strings.Join(parts, "; ")
}

// FormatNumber prints a number the way a person would write it: no
// exponent, no trailing zeros, rounded to 6 decimal places.
func FormatNumber(x float64) string {
	x = math.Round(x*1e6) / 1e6
	if x == 0 {
		x = 0 // no "-0"
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// raw is quiz.yaml as written; Parse checks it and builds a Quiz.
type raw struct {
	PassPercent *int          `yaml:"pass_percent"`
	Questions   []rawQuestion `yaml:"questions"`
}

type rawQuestion struct {
	ID          string    `yaml:"id"`
	Kind        string    `yaml:"kind"`
	Step        string    `yaml:"step"`
	Prompt      string    `yaml:"prompt"`
	Options     []Option  `yaml:"options"`
	Answer      yaml.Node `yaml:"answer"`
	Tolerance   yaml.Node `yaml:"tolerance"`
	Unit        string    `yaml:"unit"`
	Explanation string    `yaml:"explanation"`
}

// Parse reads and checks a quiz.yaml. file is the name used in problems;
// stepIDs are the lesson's step ids, which every question's step must name.
// Every problem found is returned as yamlx.Problems ("file:line: ..."); on
// error the Quiz is nil. Parse never panics on malformed input.
func Parse(file string, data []byte, stepIDs []string) (*Quiz, error) {
	var r raw
	doc, err := yamlx.Decode(file, data, &r)
	if err != nil {
		return nil, err
	}
	var ps yamlx.Problems
	qz := &Quiz{PassPercent: DefaultPassPercent}
	if r.PassPercent != nil {
		if p := *r.PassPercent; p < 1 || p > 100 {
			ps.Add(file, doc.Line("pass_percent"), "pass_percent must be from 1 to 100, found %d", p)
		} else {
			qz.PassPercent = p
		}
	}
	if len(r.Questions) == 0 {
		ps.Add(file, doc.KeyLine("questions"), "the quiz has no questions: add a list under \"questions:\"")
	}
	known := map[string]bool{}
	for _, id := range stepIDs {
		known[id] = true
	}
	seen := map[string]int{} // id -> line of its first use
	for i, rq := range r.Questions {
		line := func(path ...any) int { return doc.Line(append([]any{"questions", i}, path...)...) }
		keyLine := func(key string) int { return doc.KeyLine("questions", i, key) }
		q := Question{
			ID: strings.TrimSpace(rq.ID), Kind: Kind(strings.TrimSpace(rq.Kind)),
			Step: strings.TrimSpace(rq.Step), Prompt: strings.TrimSpace(rq.Prompt),
			Unit: strings.TrimSpace(rq.Unit), Explanation: strings.TrimSpace(rq.Explanation),
			Line: line(),
		}
		name := fmt.Sprintf("question %d", i+1)
		if q.ID == "" {
			ps.Add(file, line(), "%s has no id", name)
		} else {
			name = fmt.Sprintf("question %q", q.ID)
			if first, dup := seen[q.ID]; dup {
				ps.Add(file, line("id"), "duplicate question id %q (first used on line %d)", q.ID, first)
			} else {
				seen[q.ID] = line("id")
			}
		}
		if q.Prompt == "" {
			ps.Add(file, keyLine("prompt"), "%s has no prompt", name)
		}
		switch {
		case q.Step == "":
			ps.Add(file, keyLine("step"), "%s has no step: name the step it reviews (one of: %s)", name, knownList(stepIDs))
		case !known[q.Step]:
			ps.Add(file, line("step"), "%s reviews unknown step %q; the lesson's steps are: %s", name, q.Step, knownList(stepIDs))
		}
		answerSet := present(&rq.Answer)
		tolSet := present(&rq.Tolerance)
		numericOnly := func() {
			key := "unit"
			if tolSet {
				key = "tolerance"
			}
			if tolSet || q.Unit != "" {
				ps.Add(file, keyLine(key), "%s is %s: \"tolerance\" and \"unit\" belong to numeric questions", name, q.Kind)
			}
		}
		switch q.Kind {
		case Single, Multi:
			checkOptions(&ps, file, name, q.Kind, rq.Options, line, keyLine("options"))
			q.Options = make([]Option, len(rq.Options))
			for j, o := range rq.Options {
				q.Options[j] = Option{Text: strings.TrimSpace(o.Text), Correct: o.Correct, Explanation: strings.TrimSpace(o.Explanation)}
			}
			if answerSet {
				ps.Add(file, line("answer"), "%s is %s: mark the right option with \"correct: true\" instead of \"answer\"", name, q.Kind)
			}
			if rq.Explanation != "" {
				ps.Add(file, line("explanation"), "%s is %s: each option has its own explanation; remove the question's \"explanation\"", name, q.Kind)
			}
			numericOnly()
		case TrueFalse, Numeric:
			if len(rq.Options) > 0 {
				ps.Add(file, line("options"), "%s is %s: it has no options; give \"answer\" instead", name, q.Kind)
			}
			if q.Explanation == "" {
				ps.Add(file, keyLine("explanation"), "%s has no explanation: say why the answer is right", name)
			}
			if !answerSet {
				want := "true or false"
				if q.Kind == Numeric {
					want = "a number"
				}
				ps.Add(file, line(), "%s has no answer: add \"answer:\" with %s", name, want)
				break
			}
			if q.Kind == TrueFalse {
				b, ok := boolValue(&rq.Answer)
				if !ok {
					ps.Add(file, line("answer"), "%s: answer must be true or false, found %q", name, rq.Answer.Value)
				}
				q.Truth = b
				numericOnly()
				break
			}
			n, ok := numberValue(&rq.Answer)
			if !ok {
				ps.Add(file, line("answer"), "%s: answer must be a number (like 12.5, no unit or currency sign), found %q", name, rq.Answer.Value)
			}
			q.Number = n
			switch t, ok := numberValue(&rq.Tolerance); {
			case !tolSet:
				ps.Add(file, line(), "%s is numeric but has no tolerance: add \"tolerance:\" (0 for an exact answer)", name)
			case !ok:
				ps.Add(file, line("tolerance"), "%s: tolerance must be a number, found %q", name, rq.Tolerance.Value)
			case t < 0:
				ps.Add(file, line("tolerance"), "%s: tolerance must not be negative, found %s", name, FormatNumber(t))
			default:
				q.Tolerance = t
			}
		case "":
			ps.Add(file, keyLine("kind"), "%s has no kind: use single, multi, truefalse or numeric", name)
		default:
			ps.Add(file, line("kind"), "%s has unknown kind %q: use single, multi, truefalse or numeric", name, rq.Kind)
		}
		qz.Questions = append(qz.Questions, q)
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	return qz, nil
}

func checkOptions(ps *yamlx.Problems, file, name string, kind Kind, opts []Option, line func(...any) int, optionsLine int) {
	if len(opts) < 2 {
		ps.Add(file, optionsLine, "%s needs at least 2 options, found %d", name, len(opts))
	}
	if len(opts) > MaxOptions {
		ps.Add(file, optionsLine, "%s has %d options; at most %d fit the keys 1-9", name, len(opts), MaxOptions)
	}
	correct := 0
	texts := map[string]int{}
	for j, o := range opts {
		text := strings.TrimSpace(o.Text)
		if text == "" {
			ps.Add(file, line("options", j), "%s: option %d has no text", name, j+1)
		} else if first, dup := texts[strings.ToLower(text)]; dup {
			ps.Add(file, line("options", j, "text"), "%s: option %d has the same text as option %d", name, j+1, first+1)
		} else {
			texts[strings.ToLower(text)] = j
		}
		if strings.TrimSpace(o.Explanation) == "" {
			ps.Add(file, line("options", j), "%s: option %d has no explanation: say why it is right or wrong", name, j+1)
		}
		if o.Correct {
			correct++
		}
	}
	switch {
	case kind == Single && correct != 1 && len(opts) > 0:
		ps.Add(file, optionsLine, "%s is single choice and needs exactly one option with \"correct: true\", found %d (use kind: multi for more)", name, correct)
	case kind == Multi && correct == 0 && len(opts) > 0:
		ps.Add(file, optionsLine, "%s is multi (select all that apply) and needs at least one option with \"correct: true\"", name)
	}
}

// present reports whether a key was given a value (not left out or empty).
func present(n *yaml.Node) bool {
	return n.Kind != 0 && !(n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func boolValue(n *yaml.Node) (bool, bool) {
	if n.Kind != yaml.ScalarNode {
		return false, false
	}
	switch strings.ToLower(n.Value) {
	case "true":
		return true, true
	case "false":
		return false, true
	}
	return false, false
}

func numberValue(n *yaml.Node) (float64, bool) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		return 0, false
	}
	var f float64
	if err := n.Decode(&f); err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

func knownList(ids []string) string {
	if len(ids) == 0 {
		return "(the lesson has no steps)"
	}
	return strings.Join(ids, ", ")
}
