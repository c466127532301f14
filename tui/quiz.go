package tui

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	txt "github.com/lectern-dev/lectern/internal/text"
	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
)

type quizPhase int

const (
	quizIntro    quizPhase = iota // what the quiz is; start or retry
	quizAsking                    // one question, waiting for an answer
	quizFeedback                  // the answer graded and explained
	quizResults                   // score, review, retry
)

type quizKeys struct {
	Up, Down, Pick, Toggle  key.Binding // Up and Down also scroll
	Submit, Next, Start     key.Binding
	Retry, Again, Back      key.Binding
	Leave                   key.Binding // esc, while typing a number
	PageUp, PageDown        key.Binding
	RetryIntro, ResultsNext key.Binding
	// Choose and Scroll are ↑/↓ in the help, both ways at once.
	Choose, Scroll key.Binding
}

func newQuizKeys(c *Common) quizKeys {
	bind := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	enter := func(desc string) key.Binding { return bind([]string{"enter"}, "enter", desc) }
	upDown := slices.Concat(c.Keys.Up.Keys(), c.Keys.Down.Keys())
	return quizKeys{
		Up:          c.Keys.Up,
		Down:        c.Keys.Down,
		Choose:      bind(upDown, "↑/↓", "choose"),
		Scroll:      bind(upDown, "↑/↓", "scroll"),
		Pick:        bind([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1–9", "pick"),
		Toggle:      bind([]string{"space"}, "space", "toggle"),
		Submit:      enter("submit"),
		Next:        enter("next question"),
		ResultsNext: enter("see your score"),
		Start:       enter("start the quiz"),
		RetryIntro:  bind([]string{"r"}, "r", "retry missed last time"),
		Retry:       bind([]string{"r"}, "r", "retry missed"),
		Again:       bind([]string{"a"}, "a", "whole quiz again"),
		Back:        enter("back to the lesson"),
		Leave:       bind(c.Keys.Back.Keys(), "esc", "back to the lesson"),
		PageUp:      c.Keys.PageUp,
		PageDown:    c.Keys.PageDown,
	}
}

// quizModel is a running quiz: one question per screen with immediate
// feedback, then the score, a per-question review and a retry of the missed
// questions. It is the quiz step's while the quiz is open. It does no I/O:
// a finished attempt goes to record, in the Update that finished it (the
// step saves it with quiz.Record), and leaving (enter on the results, esc)
// asks the step to close it with closeMsg.
type quizModel struct {
	c      *Common
	lesson *lessons.Lesson
	quiz   *quiz.Quiz
	title  string // the step's, e.g. "Quick Quiz"
	rng    *rand.Rand
	keys   quizKeys
	// record saves a finished attempt; its command is returned by the
	// Update that finished it.
	record func(quiz.Outcome) tea.Cmd

	// From progress, for the intro.
	prev       progress.Quiz
	hasPrev    bool
	lastMissed []string

	phase   quizPhase
	attempt *quiz.Attempt
	cursor  int          // shown position under the cursor
	picked  map[int]bool // multi: shown positions toggled on
	input   textinput.Model
	problem string      // why the last submit was refused
	last    quiz.Result // the answer being explained

	outcomes []quiz.Outcome // every finished attempt, oldest first

	scroll        int
	width, height int
	styledDark    bool // the background the text input was styled for
}

// newQuizModel builds the quiz of step i of l (its Quiz must not be nil)
// and starts a full attempt — unless questions were missed last time (prev
// is the step's quiz record from progress, or nil): then a short intro
// offers enter for the whole quiz or r to retry just those. seed fixes the
// option shuffles; 0 picks one at random.
func newQuizModel(c *Common, l *lessons.Lesson, i int, prev *progress.Quiz, seed uint64) *quizModel {
	if seed == 0 {
		seed = rand.Uint64()
	}
	st := l.Steps[i]
	q := &quizModel{c: c, lesson: l, quiz: st.Quiz, title: st.Title, rng: quiz.NewRand(seed), keys: newQuizKeys(c), width: 80, height: 24,
		record: func(quiz.Outcome) tea.Cmd { return nil }}
	if prev != nil {
		q.prev, q.hasPrev = *prev, true
		q.lastMissed = quiz.NewRetry(q.quiz, prev.LastMissed, nil).IDs()
	}
	q.input = textinput.New()
	q.input.Prompt = "> "
	q.input.Placeholder = "type a number"
	q.input.CharLimit = 32
	q.restyleInput()
	if len(q.lastMissed) == 0 {
		q.Start()
	}
	return q
}

func (q *quizModel) restyleInput() {
	q.styledDark = q.c.Dark
	s := textinput.DefaultStyles(q.c.Dark)
	if !q.c.Colour {
		s = textinput.Styles{}
	}
	s.Cursor.Blink = false
	q.input.SetStyles(s)
}

// SetSize gives the quiz its area.
func (q *quizModel) SetSize(w, h int) {
	q.width, q.height = max(w, 0), max(h, 0)
	q.input.SetWidth(max(min(w, 40)-3, 1))
	q.clampScroll()
}

// SetExitHelp changes what leaving (enter on the results, esc while
// typing a number) is said to do; the default is "back to the lesson".
func (q *quizModel) SetExitHelp(desc string) {
	q.keys.Back.SetHelp("enter", desc)
	q.keys.Leave.SetHelp("esc", desc)
}

// Outcomes lists the attempts finished so far, oldest first.
func (q *quizModel) Outcomes() []quiz.Outcome { return q.outcomes }

// Capturing reports whether keys should go to the quiz before anything
// else (the learner is typing a number, so q or n are text).
func (q *quizModel) Capturing() bool { return q.phase == quizAsking && q.numeric() }

func (q *quizModel) numeric() bool {
	it, ok := q.current()
	return ok && it.Q.Kind == quiz.Numeric
}

// current is the question being asked or explained.
func (q *quizModel) current() (quiz.Item, bool) {
	if q.attempt == nil {
		return quiz.Item{}, false
	}
	switch q.phase {
	case quizAsking:
		return q.attempt.Current()
	case quizFeedback:
		return q.attempt.Item(q.attempt.Answered() - 1), true
	}
	return quiz.Item{}, false
}

// unfinished reports an attempt begun and not finished: how many
// questions are answered, of how many. (A nil quiz has none.)
func (q *quizModel) unfinished() (answered, total int, ok bool) {
	if q == nil || q.attempt == nil || q.attempt.Done() || q.phase == quizIntro {
		return 0, 0, false
	}
	if q.attempt.Answered() == 0 && q.phase == quizAsking {
		return 0, 0, false // nothing to lose yet
	}
	return q.attempt.Answered(), q.attempt.Len(), true
}

// resume goes on with a quiz left half-way (its text input, if it was
// asking for a number, gets the focus back).
func (q *quizModel) resume() tea.Cmd {
	if q.phase == quizAsking && q.numeric() {
		return q.input.Focus()
	}
	return nil
}

// StartRetry begins a retry of the questions missed last time (the intro's
// r); it does nothing when none were missed.
func (q *quizModel) StartRetry() tea.Cmd {
	if len(q.lastMissed) == 0 {
		return nil
	}
	return q.begin(quiz.NewRetry(q.quiz, q.lastMissed, q.rng))
}

// Start begins a full attempt (the intro's enter).
func (q *quizModel) Start() tea.Cmd { return q.begin(quiz.NewAttempt(q.quiz, q.rng)) }

func (q *quizModel) begin(a *quiz.Attempt) tea.Cmd {
	if a.Len() == 0 {
		return nil
	}
	q.attempt = a
	return q.ask()
}

func (q *quizModel) ask() tea.Cmd {
	q.phase, q.cursor, q.picked, q.problem, q.scroll = quizAsking, 0, map[int]bool{}, "", 0
	q.input.Reset()
	if q.numeric() {
		return q.input.Focus()
	}
	q.input.Blur()
	return nil
}

// Update handles a message. The command it returns may ask to close the
// quiz (closeMsg).
func (q *quizModel) Update(msg tea.Msg) tea.Cmd {
	if q.styledDark != q.c.Dark {
		q.restyleInput()
	}
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey {
		if q.Capturing() {
			var cmd tea.Cmd
			q.input, cmd = q.input.Update(msg)
			return cmd
		}
		return nil
	}
	switch q.phase {
	case quizIntro:
		switch {
		case key.Matches(k, q.keys.Start):
			return q.Start()
		case key.Matches(k, q.keys.RetryIntro):
			return q.StartRetry()
		default:
			q.scrollKeys(k)
		}
	case quizAsking:
		return q.updateAsking(k)
	case quizFeedback:
		switch {
		case key.Matches(k, q.keys.Next):
			if q.attempt.Done() {
				q.phase, q.scroll = quizResults, 0
				return nil
			}
			return q.ask()
		default:
			q.scrollKeys(k)
		}
	case quizResults:
		switch {
		case key.Matches(k, q.keys.Back):
			return closeCmd(q)
		case key.Matches(k, q.keys.Retry) && len(q.attempt.Missed()) > 0:
			return q.begin(quiz.NewRetry(q.quiz, q.attempt.Missed(), q.rng))
		case key.Matches(k, q.keys.Again):
			return q.Start()
		default:
			q.scrollKeys(k)
		}
	}
	return nil
}

func (q *quizModel) updateAsking(k tea.KeyPressMsg) tea.Cmd {
	it, _ := q.attempt.Current()
	if it.Q.Kind == quiz.Numeric {
		if key.Matches(k, q.keys.Leave) {
			// Typing captures every key, but esc still leaves the quiz,
			// as it does on every other screen.
			return closeCmd(q)
		}
		if key.Matches(k, q.keys.Submit) {
			ans, err := quiz.ParseLine(it, q.input.Value())
			if err != nil {
				q.problem = err.Error()
				return nil
			}
			return q.submit(ans)
		}
		var cmd tea.Cmd
		q.input, cmd = q.input.Update(k)
		q.problem = ""
		return cmd
	}
	n := len(it.Choices())
	multi := it.Q.Kind == quiz.Multi
	switch {
	case key.Matches(k, q.keys.Up):
		q.cursor = (q.cursor + n - 1) % n
	case key.Matches(k, q.keys.Down):
		q.cursor = (q.cursor + 1) % n
	case key.Matches(k, q.keys.Pick):
		if d := int(k.String()[0] - '1'); d < n {
			q.cursor = d
			if multi {
				q.picked[d] = !q.picked[d]
			}
		}
	case key.Matches(k, q.keys.Toggle) && multi:
		q.picked[q.cursor] = !q.picked[q.cursor]
	case key.Matches(k, q.keys.PageUp), key.Matches(k, q.keys.PageDown):
		q.scrollKeys(k)
		return nil
	case key.Matches(k, q.keys.Submit):
		if !multi {
			return q.submit(it.Choose(q.cursor))
		}
		var chosen []int
		for i := range n {
			if q.picked[i] {
				chosen = append(chosen, i)
			}
		}
		if len(chosen) == 0 {
			q.problem = "Select every option that applies (space or 1–9), then press enter."
			return nil
		}
		return q.submit(it.Choose(chosen...))
	default:
		return nil
	}
	q.problem = ""
	q.showCursor()
	return nil
}

func (q *quizModel) submit(ans quiz.Answer) tea.Cmd {
	q.last = q.attempt.Submit(ans)
	q.phase, q.problem, q.scroll = quizFeedback, "", 0
	q.input.Blur()
	if !q.attempt.Done() {
		return nil
	}
	o := q.attempt.Outcome()
	q.outcomes = append(q.outcomes, o)
	return q.record(o)
}

func (q *quizModel) scrollKeys(k tea.KeyPressMsg) {
	page := max(q.height-3, 1)
	switch {
	case key.Matches(k, q.keys.Up):
		q.scroll--
	case key.Matches(k, q.keys.Down):
		q.scroll++
	case key.Matches(k, q.keys.PageUp):
		q.scroll -= page
	case key.Matches(k, q.keys.PageDown):
		q.scroll += page
	}
	q.clampScroll()
}

func (q *quizModel) clampScroll() {
	_, body := q.render()
	q.scroll = max(min(q.scroll, len(body)-q.bodyHeight()), 0)
}

// bodyHeight is the number of lines below the fixed header line.
func (q *quizModel) bodyHeight() int { return max(q.height-1, 0) }

// showCursor scrolls so that the option under the cursor is visible.
func (q *quizModel) showCursor() {
	_, body := q.render()
	first, last := -1, -1
	for i, l := range body {
		if l.option == q.cursor+1 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	h := q.bodyHeight()
	if first < 0 || h <= 1 {
		return
	}
	// leave room for the "more" line at either end
	if first < q.scroll+1 {
		q.scroll = first - 1
	}
	if last > q.scroll+h-2 {
		q.scroll = last - h + 2
	}
	q.clampScroll()
}

// ShortHelp lists the keys that do something now.
func (q *quizModel) ShortHelp() []key.Binding {
	keys := q.actionKeys()
	if q.phase == quizFeedback || q.phase == quizResults {
		keys = append(keys, q.keys.Scroll)
	}
	return keys
}

// FullHelp lists every key the quiz takes now, in groups: what the screen
// asks for, then moving about it (while a number is typed, every other
// key is text).
func (q *quizModel) FullHelp() [][]key.Binding {
	switch {
	case q.Capturing():
		return [][]key.Binding{append(q.actionKeys(), q.keys.Leave)}
	case q.phase == quizAsking: // ↑/↓ choose an option
		return [][]key.Binding{q.actionKeys(), {q.keys.PageUp, q.keys.PageDown}}
	}
	return [][]key.Binding{q.actionKeys(), {q.keys.Scroll, q.keys.PageUp, q.keys.PageDown}}
}

// actionKeys are the keys that answer or move the quiz on, now.
func (q *quizModel) actionKeys() []key.Binding {
	switch q.phase {
	case quizIntro:
		if len(q.lastMissed) > 0 {
			return []key.Binding{q.keys.Start, q.keys.RetryIntro}
		}
		return []key.Binding{q.keys.Start}
	case quizAsking:
		it, _ := q.attempt.Current()
		switch it.Q.Kind {
		case quiz.Numeric:
			return []key.Binding{q.keys.Submit}
		case quiz.Multi:
			// What a select-all question needs most first: the footer
			// keeps space toggle at any width.
			return []key.Binding{q.keys.Toggle, q.keys.Submit, q.keys.Choose, q.keys.Pick}
		}
		return []key.Binding{q.keys.Choose, q.keys.Pick, q.keys.Submit}
	case quizFeedback:
		if q.attempt.Done() {
			return []key.Binding{q.keys.ResultsNext}
		}
		return []key.Binding{q.keys.Next}
	case quizResults:
		if len(q.attempt.Missed()) > 0 {
			return []key.Binding{q.keys.Back, q.keys.Retry, q.keys.Again}
		}
		return []key.Binding{q.keys.Back, q.keys.Again}
	}
	return nil
}

// qline is one line of the quiz screen; option is the 1-based option it
// belongs to (0 for none), so the cursor can be kept in view.
type qline struct {
	text   string
	option int
}

// View draws the quiz in exactly its height (or fewer lines), each line no
// wider than its width.
func (q *quizModel) View() string {
	if q.width <= 0 || q.height <= 0 {
		return ""
	}
	header, body := q.render()
	lines := []string{header}
	h := q.bodyHeight()
	start := max(min(q.scroll, len(body)-h), 0)
	end := min(start+h, len(body))
	for i := start; i < end; i++ {
		lines = append(lines, body[i].text)
	}
	muted := q.c.Styles.Muted
	if start > 0 && len(lines) > 1 {
		lines[1] = muted.Render("▲ more above (↑ or pgup)")
	}
	if end < len(body) && len(lines) > 2 {
		lines[len(lines)-1] = muted.Render("▼ more below (↓ or pgdn)")
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > q.width {
			lines[i] = ansi.Truncate(l, q.width, "…")
		}
	}
	return strings.Join(lines, "\n")
}

// render builds the header line and the (unclipped) body lines.
func (q *quizModel) render() (string, []qline) {
	s := q.c.Styles
	w := max(q.width, 1)
	var b qbuilder
	b.width = w
	switch q.phase {
	case quizIntro:
		return s.Title.Render(q.title), q.renderIntro(&b)
	case quizResults:
		return s.Title.Render(q.title + " results"), q.renderResults(&b)
	}
	it, ok := q.current()
	if !ok {
		return s.Title.Render(q.title), nil
	}
	n := q.attempt.Answered() + 1
	if q.phase == quizFeedback {
		n--
	}
	label := fmt.Sprintf("Question %d of %d", n, q.attempt.Len())
	if !q.attempt.Full {
		label += " (retry)"
	}
	header := s.Title.Render(label) + s.Muted.Render(" · "+it.Q.Kind.Hint())
	b.blank()
	b.para(s.App, "", it.Q.Prompt, 0)
	b.blank()
	if q.phase == quizAsking {
		q.renderAsking(&b, it)
	} else {
		q.renderFeedback(&b, it)
	}
	return header, b.lines
}

func (q *quizModel) renderIntro(b *qbuilder) []qline {
	s := q.c.Styles
	qz := q.quiz
	n := len(qz.Questions)
	b.blank()
	if len(q.lastMissed) > 0 {
		b.para(s.App, "", fmt.Sprintf("You missed %d %s last time.", len(q.lastMissed), quiz.Plural(len(q.lastMissed), "question", "questions")), 0)
		b.blank()
	}
	b.para(s.Accent, "enter  ", fmt.Sprintf("take the whole quiz: %d questions, %d right (%d%%) passes and marks this step done.",
		n, qz.PassMark(n), qz.PassPercent), 0)
	if len(q.lastMissed) > 0 {
		b.para(s.Accent, "r      ", "retry just the ones you missed. A retry is practice: it does not pass the quiz.", 0)
	}
	if q.hasPrev && q.prev.Attempts > 0 {
		b.blank()
		state := "not passed yet"
		if q.prev.Passed {
			state = "passed ✓"
		}
		b.para(s.Muted, "", fmt.Sprintf("So far: %d %s, best score %d/%d, %s.", q.prev.Attempts,
			quiz.Plural(q.prev.Attempts, "attempt", "attempts"), q.prev.BestScore, q.prev.BestTotal, state), 0)
	}
	return b.lines
}

func (q *quizModel) renderAsking(b *qbuilder, it quiz.Item) {
	s := q.c.Styles
	if it.Q.Kind == quiz.Numeric {
		hint := "Your answer (a number):"
		if it.Q.Unit != "" {
			hint = "Your answer, in " + it.Q.Unit + ":"
		}
		b.para(s.Muted, "", hint, 0)
		b.add(q.input.View(), 0)
	} else {
		multi := it.Q.Kind == quiz.Multi
		for i, o := range it.Choices() {
			marker := "  "
			style := s.App
			if i == q.cursor {
				marker, style = "▸ ", s.Selected
			}
			box := ""
			if multi {
				box = "[ ] "
				if q.picked[i] {
					box = "[x] "
				}
			}
			b.para(style, fmt.Sprintf("%s%s%d) ", marker, box, i+1), o.Text, i+1)
		}
	}
	if q.problem != "" {
		b.blank()
		b.para(s.Error, "", q.problem, 0)
	}
}

func (q *quizModel) renderFeedback(b *qbuilder, it quiz.Item) {
	s := q.c.Styles
	r := q.last
	switch {
	case r.Correct:
		b.para(s.Success, "", "✓ Correct.", 0)
	case it.Q.Kind == quiz.Numeric:
		b.para(s.Error, "", "✗ Not quite.", 0)
	default:
		var nums []string
		for _, i := range it.CorrectShown() {
			nums = append(nums, fmt.Sprint(i+1))
		}
		verb := "answer is "
		if len(nums) > 1 {
			verb = "answers are "
			nums[len(nums)-2] += " and " + nums[len(nums)-1]
			nums = nums[:len(nums)-1]
		}
		b.para(s.Error, "", "✗ Not quite. The right "+verb+strings.Join(nums, ", ")+" (marked ✓).", 0)
	}
	b.blank()
	switch it.Q.Kind {
	case quiz.Numeric:
		b.para(s.App, "", "Your answer: "+quiz.FormatNumber(r.Given.Number)+quizUnitSuffix(it.Q.Unit), 0)
		b.para(s.App, "", "The answer: "+it.Q.AnswerText(), 0)
		b.blank()
		b.para(s.Muted, "", it.Q.Explanation, 0)
	case quiz.TrueFalse:
		q.renderChoices(b, it, r, false)
		b.blank()
		b.para(s.Muted, "", it.Q.Explanation, 0)
	default:
		q.renderChoices(b, it, r, true)
	}
	b.blank()
	b.para(s.Accent, "", "review: "+q.review(it.Q.Step), 0)
}

// renderChoices lists the options marked right (✓) or wrong-and-chosen
// (✗), with "your answer" on those chosen; with explain, each option that
// matters gets its explanation (single: the right one and the one chosen;
// multi: every one).
func (q *quizModel) renderChoices(b *qbuilder, it quiz.Item, r quiz.Result, explain bool) {
	s := q.c.Styles
	chosen := it.ShownChosen(r)
	for i, o := range it.Choices() {
		picked := slices.Contains(chosen, i)
		mark, style := "  ", s.Muted
		switch {
		case o.Correct:
			mark, style = "✓ ", s.Success
		case picked:
			mark, style = "✗ ", s.Error
		}
		text := o.Text
		if picked {
			text += " " + txt.Keep("← your answer") // never split over two lines
		}
		b.para(style, fmt.Sprintf("%s%d) ", mark, i+1), text, 0)
		if explain && (o.Correct || picked || it.Q.Kind == quiz.Multi) {
			b.para(s.Muted, "      ", o.Explanation, 0)
		}
	}
}

func (q *quizModel) renderResults(b *qbuilder) []qline {
	s := q.c.Styles
	a := q.attempt
	o := a.Outcome()
	b.blank()
	pct := 0
	if o.Total > 0 {
		pct = o.Score * 100 / o.Total
	}
	b.para(s.Title, "", fmt.Sprintf("Score: %d/%d (%d%%)", o.Score, o.Total, pct), 0)
	switch {
	case a.Full && o.Passed:
		b.para(s.Success, "", "✓ Passed. The "+q.title+" step is done.", 0)
	case a.Full:
		b.para(s.Error, "", fmt.Sprintf("✗ Not passed yet: passing needs %d of %d (%d%%) on a full attempt.",
			a.Quiz.PassMark(o.Total), o.Total, a.Quiz.PassPercent), 0)
		if len(o.Missed) > 0 {
			b.para(s.Muted, "", "Press r to go over the ones you missed, then a to take the whole quiz again.", 0)
		}
	default:
		b.para(s.App, "", fmt.Sprintf("Retry: %d of %d now right. A retry is practice: it does not pass the quiz; press a to take the whole quiz.",
			o.Score, o.Total), 0)
	}
	b.blank()
	b.para(s.Subtitle, "", "Review", 0)
	for i, r := range a.Results() {
		it := a.Item(i)
		mark, style := "✓ ", s.Success
		if !r.Correct {
			mark, style = "✗ ", s.Error
		}
		b.para(style, fmt.Sprintf("%s%d. ", mark, i+1), quizOneLine(it.Q.Prompt), 0)
		if !r.Correct {
			if it.Q.Kind == quiz.Numeric {
				b.para(s.Muted, "     answer: ", it.Q.AnswerText(), 0)
			} else {
				prefix := "     answer: "
				if len(it.CorrectShown()) > 1 {
					prefix = "     answers: "
				}
				for _, c := range it.CorrectShown() {
					b.para(s.Muted, prefix, fmt.Sprintf("%d) %s", c+1, it.Choices()[c].Text), 0)
					prefix = strings.Repeat(" ", len(prefix))
				}
			}
			b.para(s.Muted, "     review: ", q.review(it.Q.Step), 0)
		}
	}
	return b.lines
}

// review names the step a question reviews: "step 3, Visual Model".
func (q *quizModel) review(stepID string) string {
	return quiz.StepLabel(stepID, q.lesson.StepIndex(stepID), func(i int) string { return q.lesson.Steps[i].Title })
}

func quizUnitSuffix(u string) string {
	if u == "" {
		return ""
	}
	return " " + u
}

func quizOneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// qbuilder collects wrapped, styled lines.
type qbuilder struct {
	width int
	lines []qline
}

func (b *qbuilder) add(s string, option int) { b.lines = append(b.lines, qline{s, option}) }

func (b *qbuilder) blank() { b.add("", 0) }

// para wraps text to the width with prefix on the first line (and a
// matching indent after), styling each line.
func (b *qbuilder) para(style lipgloss.Style, prefix, text string, option int) {
	for _, l := range quiz.Wrap(prefix, text, b.width) {
		b.add(style.Render(l), option)
	}
}
