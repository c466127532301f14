package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// Step is what every step kind implements: one file per kind
// (step_<kind>.go), made by the kind's entry in stepKinds. The lesson that
// hosts the steps keeps navigation, the step list and the progress bar;
// everything a step shows and does is the step's.
type Step interface {
	// Init is called each time the learner arrives at the step, after
	// SetSize; its command fetches what the step shows (the page, the
	// learner's code) or starts what runs while it is on screen.
	Init() tea.Cmd
	// SetSize gives the step its area; the command renders for that size.
	SetSize(width, height int) tea.Cmd
	// Update handles a message. A key reaches only the step on screen,
	// which reports whether it took it (if not, the lesson's keys apply).
	// Every other message reaches every step of the lesson, so that what
	// a step started (a render, a grade, a tick) finishes even after the
	// learner moved on; a step ignores messages that are not its own.
	Update(msg tea.Msg) (handled bool, cmd tea.Cmd)
	// View draws the step in its area. It is pure: everything it shows
	// was prepared in Update.
	View() string
	// ShortHelp and FullHelp list the step's own keys; the lesson adds
	// its own after them.
	help.KeyMap
	// Capturing says which keys the step takes before anyone else.
	Capturing() Capture
	// Complete reports whether the learner has finished the step; moving
	// on then marks it done.
	Complete() bool
	// Text is the step as plain text (its page and what its kind adds),
	// as `lectern read` prints it. It renders synchronously: it is for
	// the command line, never called from Update or View.
	Text(width int, style render.Style) (string, error)
}

// Capture is how many keys a step takes before its hosts see them.
type Capture int

const (
	// CaptureNone: the lesson's keys (next, previous, glossary, back) and
	// the app's (quit, help) work as usual; the step gets the rest.
	CaptureNone Capture = iota
	// CaptureStep: the step takes every key but the app's (q, ?,
	// ctrl+c) — a running quiz, say.
	CaptureStep
	// CaptureText: the learner is typing; every key but ctrl+c is text.
	CaptureText
)

// StepEnv is what a step gets from the lesson that hosts it.
type StepEnv struct {
	*Common
	Lesson *lessons.Lesson
	// Index is the step's position in Lesson.Steps.
	Index int
	// Lessons is every lesson (a challenge may be held by steps of
	// several).
	Lessons []*lessons.Lesson
	// State is the learner's progress: read it anywhere, change it only
	// through Save.
	State *progress.State
	Save  saveFunc
	Now   func() time.Time
	// Seed fixes quiz shuffles (0: from the clock).
	Seed uint64
	// Challenges grades code; nil shows the challenge steps as pages.
	Challenges ChallengeService
	// Labs runs lab steps' platforms; nil shows those steps as pages.
	Labs LabService
	// Alone is set when the step is shown on its own (lectern quiz): it
	// starts at once, and the lesson ends the program when the step asks
	// to be closed. Retry asks a quiz step to retry what was missed.
	Alone, Retry bool
}

// Step is the lesson step the component shows.
func (e *StepEnv) Step() lessons.Step { return e.Lesson.Steps[e.Index] }

// stepKinds makes the component of each step kind. Every kind the loader
// accepts (lessons.Kinds) has an entry; a test checks that.
var stepKinds = map[string]func(*StepEnv) Step{
	lessons.KindPage:       newPageStep,
	lessons.KindGlossary:   newGlossaryStep,
	lessons.KindDiagram:    newDiagramStep,
	lessons.KindQuiz:       newQuizStep,
	lessons.KindChallenge:  newChallengeStep,
	lessons.KindCheckpoint: newCheckpointStep,
	lessons.KindLab:        newLabStep,
}

// newStep makes the component for env's step.
func newStep(env *StepEnv) Step {
	if make, ok := stepKinds[env.Step().Kind]; ok {
		return make(env)
	}
	// The loader rejects unknown kinds; show the page rather than nothing.
	return newPageStep(env)
}

// closeMsg is how a component asks its host to close it: it returns a
// command that sends closeMsg{from: itself}, and the host decides what
// closing means (the quiz step goes back to its page; the lesson ignores a
// step's request unless the step is shown alone; the root goes home, or
// ends the program). It is the only message that goes up; changes to
// progress go through StepEnv.Save, in the same Update that makes them.
type closeMsg struct{ from any }

func closeCmd(from any) tea.Cmd { return func() tea.Msg { return closeMsg{from: from} } }

// shownMsg reaches every step of a lesson when the step on screen changes
// (step nil: the lesson was closed). A step that runs something while it is
// shown — a ticking clock, a lab's local platform — starts it in Init and
// stops it when a shownMsg names another step: its tick messages keep
// reaching it (every non-key message does) until it stops asking for them.
// Whatever outlives the program (a process) belongs to a service the
// command implements and closes when the program ends, as the challenge
// service does with its grading worker.
type shownMsg struct{ step Step }

// TextOptions are what StepText needs.
type TextOptions struct {
	Width int
	Style render.Style
	// Challenges supplies the challenge statements; nil leaves them out.
	Challenges ChallengeService
	// Headed: the caller has printed the step's title (lectern read, the
	// screen-reader mode), so the page's first heading is left out when
	// it only repeats it.
	Headed bool
}

// StepText renders step i of l as plain text — its page and what its kind
// adds (the glossary, the diagram and its tour, how to take the quiz or
// the challenge) — as `lectern read` prints it after the step's heading.
func StepText(l *lessons.Lesson, i int, o TextOptions) (string, error) {
	c := &Common{Styles: NewStyles(false, true), Keys: DefaultKeyMap()}
	env := &StepEnv{Common: c, Lesson: l, Index: i, Lessons: []*lessons.Lesson{l}, State: &progress.State{},
		Save: func(func(*progress.State)) tea.Cmd { return nil }, Now: time.Now, Challenges: o.Challenges}
	text, err := newStep(env).Text(o.Width, o.Style)
	if o.Headed {
		text = dropRepeatedTitle(text, l.Steps[i].Title)
	}
	return text, err
}

// dropRepeatedTitle drops the page's own first heading when it only
// repeats the step's title: whoever prints a step's text (lectern read,
// the screen-reader mode) has just said "Step N of M: title".
func dropRepeatedTitle(page, title string) string {
	lines := strings.Split(page, "\n")
	i := 0
	for i < len(lines) && strings.TrimSpace(ansi.Strip(lines[i])) == "" {
		i++
	}
	if i == len(lines) || !strings.EqualFold(strings.TrimSpace(ansi.Strip(lines[i])), strings.TrimSpace(title)) {
		return page
	}
	i++
	if i < len(lines) {
		if u := strings.TrimSpace(ansi.Strip(lines[i])); u != "" && strings.Trim(u, "=─━") == "" {
			i++ // its underline
		}
	}
	for i < len(lines) && strings.TrimSpace(ansi.Strip(lines[i])) == "" {
		i++
	}
	return strings.Join(lines[i:], "\n")
}
