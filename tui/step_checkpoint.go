package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// checkpointStep is a step of kind checkpoint: its page, then where the
// learner stands in the lesson — every other step, done (✓) or not (·),
// with the quiz scores and challenge attempts so far — so that a recap at
// the end (or a pause in the middle) shows what is left. It is done once
// its end has been seen.
type checkpointStep struct {
	env           *StepEnv
	md            *markdown
	sc            scroller
	width, height int
}

func newCheckpointStep(env *StepEnv) Step {
	return &checkpointStep{env: env, md: newMarkdown(env.Common, env.Step().Markdown), sc: newScroller(env.Common)}
}

// Init shows progress as it is now (it changes on other steps).
func (s *checkpointStep) Init() tea.Cmd { return s.layout() }

func (s *checkpointStep) Todo() string { return "read to the end to mark it done" }

func (s *checkpointStep) Place() progress.Place { return progress.Place{Scroll: s.sc.place()} }

func (s *checkpointStep) SetPlace(p progress.Place) { s.sc.setPlace(p.Scroll) }

func (s *checkpointStep) SetSize(w, h int) tea.Cmd {
	s.width, s.height = w, h
	s.sc.setSize(w, h)
	return s.layout()
}

func (s *checkpointStep) layout() tea.Cmd {
	page, ok, cmd := s.md.page(pageWidth(s.width))
	if ok {
		page += "\n\n" + s.standing(max(s.width, 10))
	}
	s.sc.setContent(page, ok)
	return cmd
}

// standing lists the lesson's other steps with the learner's progress.
func (s *checkpointStep) standing(w int) string {
	st, l := s.env.Styles, s.env.Lesson
	lp := s.env.State.Lessons[l.ID]
	done, _ := lp.Summary(l.StepIDs())
	lines := []string{st.Subtitle.Render(ansi.Truncate(fmt.Sprintf("Where you are: %d of %d steps done", done, len(l.Steps)), w, "…"))}
	for i, step := range l.Steps {
		if i == s.env.Index {
			continue
		}
		mark, style := "·", st.Muted
		if lp.Done(step.ID) {
			mark, style = "✓", st.Success
		}
		line := fmt.Sprintf("%s %d. %s", mark, i+1, step.Title)
		if detail := s.detail(step); detail != "" {
			line += " — " + detail
		}
		lines = append(lines, style.Render(ansi.Truncate(line, w, "…")))
	}
	return strings.Join(lines, "\n")
}

// detail is what a quiz or challenge step has recorded.
func (s *checkpointStep) detail(step lessons.Step) string {
	switch step.Kind {
	case lessons.KindQuiz:
		if q := s.env.State.Lessons[s.env.Lesson.ID].QuizOf(step.ID, s.env.Lesson.PrimaryQuiz(step.ID)); q != nil && q.Attempts > 0 {
			return fmt.Sprintf("best %d/%d", q.BestScore, q.BestTotal)
		}
	case lessons.KindChallenge:
		passed, tried := 0, 0
		for _, id := range step.Challenges {
			if c := s.env.State.Challenges[id]; c != nil {
				tried += len(c.Attempts)
				if c.Passed {
					passed++
				}
			}
		}
		if tried > 0 {
			return fmt.Sprintf("%d of %d passed", passed, len(step.Challenges))
		}
	}
	return ""
}

func (s *checkpointStep) Update(msg tea.Msg) (bool, tea.Cmd) {
	if s.md.update(msg) {
		return true, s.layout()
	}
	if sh, ok := msg.(shownMsg); ok {
		s.md.setShown(sh.step == s)
		return false, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return s.sc.keys(k), nil
	}
	return false, nil
}

func (s *checkpointStep) View() string { return s.sc.view() }

func (s *checkpointStep) ShortHelp() []key.Binding { return []key.Binding{s.env.Keys.Down} }

func (s *checkpointStep) FullHelp() [][]key.Binding { return [][]key.Binding{scrollHelp(s.env.Keys)} }

func (s *checkpointStep) Capturing() Capture { return CaptureNone }

func (s *checkpointStep) Complete() bool { return s.sc.reachedEnd }

// Text is the page and the lesson's steps (lectern progress has the
// learner's standing).
func (s *checkpointStep) Text(width int, style render.Style) (string, error) {
	out, err := renderText(s.md.text, style, width)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(out + "\n\n" + wrapProse("The steps of this lesson (lectern progress shows yours):", width))
	for i, step := range s.env.Lesson.Steps {
		if i != s.env.Index {
			item := wrapProse(fmt.Sprintf("%d. %s", i+1, step.Title), max(width-5, 10))
			b.WriteString("\n  " + strings.ReplaceAll(item, "\n", "\n     "))
		}
	}
	return b.String(), nil
}
