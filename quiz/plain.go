package quiz

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/lectern-dev/lectern/internal/text"
)

// Plain runs an attempt as plain text: one question at a time, one answer
// per input line, feedback after each answer, and `Score: X/Y` as the last
// line. It writes no escape codes and never moves the cursor, so it works
// through a pipe, from a script and with a screen reader.
type Plain struct {
	In  io.Reader
	Out io.Writer
	// Echo writes each answer line back after the prompt. Set it when In is
	// not a terminal (a terminal already shows what was typed), so that a
	// transcript reads "Your answer (a-d): b".
	Echo bool
	// Width wraps prompts and explanations; 0 does not wrap.
	Width int
	// Title names the lesson in the heading, e.g. "Serverless", and Quiz
	// the quiz step ("Quick Quiz" when empty).
	Title, Quiz string
	// Review names the step a question reviews, e.g. "step 3, Visual
	// Model"; nil shows the step id.
	Review func(stepID string) string
	// RetryHint is the command that retries the missed questions, shown
	// when some were missed; "" shows nothing.
	RetryHint string
	// Record, when set, is called once with the outcome when the attempt
	// ends (finished or stopped), before the summary; the note it returns
	// (e.g. what was saved) is printed just before the score.
	Record func(Outcome) string
}

// Run asks every question of a and returns the outcome. When the input
// ends before the last question it stops, says so, and reports the score
// so far (right answers of those answered).
func (p Plain) Run(a *Attempt) Outcome {
	w := &errWriter{w: p.Out}
	in := bufio.NewReader(p.In)
	p.heading(w, a)
	eof := false
	for !eof {
		it, ok := a.Current()
		if !ok {
			break
		}
		n := a.Answered() + 1
		fmt.Fprintf(w, "\nQuestion %d of %d (%s)\n", n, a.Len(), it.Q.Kind.Hint())
		p.para(w, "", it.Q.Prompt)
		for i, o := range it.Choices() {
			p.para(w, "  "+Letter(i)+") ", o.Text)
		}
		for {
			_, short := expectText(it)
			fmt.Fprintf(w, "Your answer (%s): ", short)
			line, err := in.ReadString('\n')
			if err != nil && line == "" {
				eof = true
				fmt.Fprintln(w)
				break
			}
			line = strings.TrimRight(line, "\r\n")
			if p.Echo {
				fmt.Fprintln(w, line)
			} else if errors.Is(err, io.EOF) {
				fmt.Fprintln(w) // the last line had no newline
			}
			ans, perr := ParseLine(it, line)
			if perr != nil {
				p.para(w, "", perr.Error())
				if err != nil {
					eof = true
					break
				}
				continue
			}
			p.feedback(w, it, a.Submit(ans))
			break
		}
	}
	o := a.Outcome()
	note := ""
	if p.Record != nil {
		note = p.Record(o)
	}
	p.summary(w, a, o, eof, note)
	return o
}

func (p Plain) heading(w io.Writer, a *Attempt) {
	title := p.Quiz
	if title == "" {
		title = "Quick Quiz"
	}
	if p.Title != "" {
		title = p.Title + ": " + title
	}
	if a.Full {
		fmt.Fprintf(w, "%s\n%d questions. You pass with %d right (%d%%).\n", title, a.Len(),
			a.Quiz.PassMark(a.Len()), a.Quiz.PassPercent)
	} else {
		fmt.Fprintf(w, "%s (retry)\n", title)
		p.para(w, "", fmt.Sprintf("%d %s you missed last time. A retry is practice: to pass, take the whole quiz.",
			a.Len(), Plural(a.Len(), "question", "questions")))
	}
	p.para(w, "", "Answer with the letter of an option; for \"select all\", letters separated by commas (a,c); for true or false, t or f; otherwise a number. End the input (Ctrl-D) to stop.")
}

func (p Plain) feedback(w io.Writer, it Item, r Result) {
	verdict := "Not quite."
	if r.Correct {
		verdict = "Correct."
	}
	choices := it.Choices()
	switch it.Q.Kind {
	case Single:
		right := it.CorrectShown()[0]
		p.para(w, "", fmt.Sprintf("%s The answer is %s) %s", verdict, Letter(right), choices[right].Text))
		p.para(w, "  ", choices[right].Explanation)
		for _, c := range it.ShownChosen(r) {
			if c != right {
				p.para(w, "  ", fmt.Sprintf("You chose %s): %s", Letter(c), choices[c].Explanation))
			}
		}
	case Multi:
		var letters []string
		for _, c := range it.CorrectShown() {
			letters = append(letters, Letter(c))
		}
		p.para(w, "", fmt.Sprintf("%s The answer is %s.", verdict, strings.Join(letters, ", ")))
		chosen := it.ShownChosen(r)
		for i, o := range choices {
			picked := false
			for _, c := range chosen {
				picked = picked || c == i
			}
			var mark string
			switch {
			case o.Correct && picked:
				mark = "right, and you chose it"
			case o.Correct:
				mark = "right, but you left it out"
			case picked:
				mark = "wrong, but you chose it"
			default:
				mark = "wrong, and you left it out"
			}
			p.para(w, "  ", fmt.Sprintf("%s) %s:", Letter(i), mark))
			p.para(w, "     ", o.Explanation)
		}
	case TrueFalse:
		p.para(w, "", fmt.Sprintf("%s The statement is %s.", verdict, strings.ToLower(it.Q.AnswerText())))
		p.para(w, "  ", it.Q.Explanation)
	case Numeric:
		if r.Correct {
			p.para(w, "", fmt.Sprintf("%s The answer is %s.", verdict, it.Q.AnswerText()))
		} else {
			p.para(w, "", fmt.Sprintf("%s You answered %s; the answer is %s.", verdict, FormatNumber(r.Given.Number), it.Q.AnswerText()))
		}
		p.para(w, "  ", it.Q.Explanation)
	}
	p.para(w, "", "Review: "+p.review(it.Q.Step))
}

func (p Plain) review(step string) string {
	if p.Review != nil {
		if s := p.Review(step); s != "" {
			return s
		}
	}
	return step
}

func (p Plain) summary(w io.Writer, a *Attempt, o Outcome, stopped bool, note string) {
	fmt.Fprintln(w)
	if stopped {
		msg := fmt.Sprintf("The input ended: you answered %d of %d questions.", o.Answered, o.Total)
		if a.Full && o.Answered > 0 {
			msg += " An unfinished attempt does not count toward passing."
		}
		p.para(w, "", msg)
	}
	switch {
	case stopped:
	case a.Full && o.Passed:
		fmt.Fprintf(w, "Passed: %d of %d right (%d%%).\n", o.Score, o.Total, percent(o.Score, o.Total))
	case a.Full:
		p.para(w, "", fmt.Sprintf("Not passed yet: %d of %d right (%d%%); passing needs %d (%d%%).",
			o.Score, o.Total, percent(o.Score, o.Total), a.Quiz.PassMark(o.Total), a.Quiz.PassPercent))
	default:
		p.para(w, "", fmt.Sprintf("Retry: %d of %d now right. A retry is practice and does not pass the quiz; take the whole quiz again to pass.", o.Score, o.Total))
	}
	if len(o.Missed) > 0 {
		fmt.Fprintln(w, "Missed:")
		for i, r := range a.Results() {
			if !r.Correct {
				q := a.Item(i).Q
				p.para(w, "  ", fmt.Sprintf("Question %d: %s", i+1, firstLine(q.Prompt)))
				p.para(w, "    ", "Review: "+p.review(q.Step))
			}
		}
		if p.RetryHint != "" && !stopped {
			p.para(w, "", "Retry just those with: "+p.RetryHint)
		}
	}
	if note != "" {
		p.para(w, "", note)
	}
	fmt.Fprintf(w, "Score: %d/%d\n", o.Score, o.Answered)
}

func percent(n, total int) int {
	if total == 0 {
		return 0
	}
	return n * 100 / total
}

// Plural is one when n is 1, else many: Plural(n, "question", "questions").
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// StepLabel is how feedback points back to the step a question reviews:
// "step 3, Visual Model". id is the step's id, index its position in the
// lesson (lessons.Lesson.StepIndex) and title gives the title of the step
// at a position; a step that is not in the lesson (index < 0) is named by
// its id.
func StepLabel(id string, index int, title func(index int) string) string {
	if index < 0 {
		return id
	}
	return fmt.Sprintf("step %d, %s", index+1, title(index))
}

func firstLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	const limit = 60
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	cut := string([]rune(s)[:limit])
	if i := strings.LastIndex(cut, " "); i > limit/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// para writes text after prefix, wrapped to p.Width with continuation lines
// indented to line up under the text.
func (p Plain) para(w io.Writer, prefix, text string) {
	for _, line := range Wrap(prefix, text, p.Width) {
		fmt.Fprintln(w, line)
	}
}

// Wrap folds text (its runs of spaces and newlines become single spaces)
// into lines of at most width runes, the first starting with prefix and the
// rest indented by as many spaces. A word longer than the line is split.
// width <= 0 does not wrap. Paragraph breaks (blank lines) are kept. A
// number stays with its unit ("100–1000 ms"), and words joined by no-break
// spaces (text.Keep) stay together.
func Wrap(prefix, s string, width int) []string {
	out := wrap(prefix, text.KeepUnits(s), width)
	for i, l := range out {
		out[i] = strings.ReplaceAll(l, text.NBSP, " ")
	}
	return out
}

func wrap(prefix, s string, width int) []string {
	indent := strings.Repeat(" ", utf8.RuneCountInString(prefix))
	var out []string
	for pi, para := range strings.Split(strings.TrimSpace(s), "\n\n") {
		words := text.Fields(para)
		lead := prefix
		if pi > 0 {
			out = append(out, "")
			lead = indent
		}
		if width <= 0 {
			out = append(out, lead+strings.Join(words, " "))
			continue
		}
		avail := max(width-utf8.RuneCountInString(indent), 1)
		line, n := lead, 0
		flush := func() {
			out = append(out, strings.TrimRight(line, " "))
			line, n = indent, 0
		}
		for _, word := range words {
			for utf8.RuneCountInString(word) > avail {
				if n > 0 {
					flush()
				}
				r := []rune(word)
				line += string(r[:avail])
				n = avail
				flush()
				word = string(r[avail:])
			}
			wl := utf8.RuneCountInString(word)
			if n > 0 && n+1+wl > avail {
				flush()
			}
			if n > 0 {
				line += " "
				n++
			}
			line += word
			n += wl
		}
		if n > 0 || len(words) == 0 {
			flush()
		}
	}
	return out
}

// errWriter stops writing after the first error (a closed pipe), so a
// reader that went away does not get a stream of failed writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return len(b), nil
	}
	_, e.err = e.w.Write(b)
	return len(b), nil
}
