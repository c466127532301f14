package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
)

// summaryModel is the screen after a lesson's last step: what was done
// (each step, the quiz scores, the challenges), what is left, and what to
// do next. → on the last step opens it; enter or esc goes home, ← back to
// the last step.
type summaryModel struct {
	c       *Common
	l       *lessons.Lesson
	st      *progress.State
	steps   []Step
	others  []*lessons.Lesson
	service ChallengeService
	sc      scroller
	width   int
}

func newSummaryModel(c *Common, l *lessons.Lesson, st *progress.State, steps []Step, others []*lessons.Lesson, svc ChallengeService) *summaryModel {
	return &summaryModel{c: c, l: l, st: st, steps: steps, others: others, service: svc, sc: newScroller(c)}
}

func (s *summaryModel) setSize(w, h int) {
	s.width = w
	s.sc.setSize(w, h)
	s.sc.setContent(s.text(max(w-1, 10)), true)
}

func (s *summaryModel) update(k tea.KeyPressMsg) { s.sc.keys(k) }

func (s *summaryModel) view() string { return s.sc.view() }

// complete reports whether every step of the lesson is done.
func (s *summaryModel) complete() bool {
	done, _ := s.st.Lessons[s.l.ID].Summary(s.l.StepIDs())
	return done == len(s.l.Steps)
}

func (s *summaryModel) text(w int) string {
	st := s.c.Styles
	lp := s.st.Lessons[s.l.ID]
	done, _ := lp.Summary(s.l.StepIDs())
	var b strings.Builder
	line := func(style func(...string) string, text string, indent string) {
		for i, l := range strings.Split(ansi.Wordwrap(text, max(w-len(indent), 10), ""), "\n") {
			if i > 0 {
				l = indent + l
			}
			b.WriteString(style(l) + "\n")
		}
	}
	if s.complete() {
		line(st.Success.Render, fmt.Sprintf("✓ Lesson complete: %s. Every one of its %d steps is done.", s.l.Title, len(s.l.Steps)), "")
	} else {
		line(st.Title.Render, fmt.Sprintf("End of %s: %d of %d steps done.", s.l.Title, done, len(s.l.Steps)), "")
	}
	b.WriteString("\n")
	line(st.Subtitle.Render, "The steps", "")
	for i, step := range s.l.Steps {
		mark, style := "·", st.Muted
		item := fmt.Sprintf("%d. %s", i+1, step.Title)
		if lp.Done(step.ID) {
			mark, style = "✓", st.Success
		} else if t, ok := s.steps[i].(todoer); ok && !s.steps[i].Complete() {
			item += " — " + t.Todo()
		} else {
			item += " — press → on it to mark it done"
		}
		if detail := s.detail(step); detail != "" {
			item += " (" + detail + ")"
		}
		line(style.Render, mark+" "+item, "    ")
	}
	b.WriteString("\n")
	line(st.Subtitle.Render, "What next", "")
	if !s.complete() {
		line(st.App.Render, "• ← goes back to the last step; the steps marked · are not done yet.", "  ")
	}
	var left []string
	for _, o := range s.others {
		if o.ID == s.l.ID {
			continue
		}
		if _, state := s.st.Lessons[o.ID].Summary(o.StepIDs()); state != progress.Completed {
			left = append(left, o.Title)
		}
	}
	if len(left) > 0 {
		line(st.App.Render, "• enter or esc: back to the lessons, where "+strings.Join(left, ", ")+" "+quiz.Plural(len(left), "waits", "wait")+" for you.", "  ")
	} else {
		line(st.App.Render, "• enter or esc: back to the lessons.", "  ")
	}
	line(st.App.Render, "• From a shell, lectern progress shows what you have done, and lectern read "+s.l.ID+" prints the whole lesson to review it.", "  ")
	return strings.TrimRight(b.String(), "\n")
}

// detail is the quiz score or the challenges' state of a step.
func (s *summaryModel) detail(step lessons.Step) string {
	switch step.Kind {
	case lessons.KindQuiz:
		q := s.st.Lessons[s.l.ID].QuizOf(step.ID, s.l.PrimaryQuiz(step.ID))
		if q == nil || q.Attempts == 0 {
			return "quiz not taken yet"
		}
		state := "not passed yet"
		if q.Passed {
			state = "passed"
		}
		return fmt.Sprintf("quiz: best %d/%d, %s, %d %s", q.BestScore, q.BestTotal, state, q.Attempts, quiz.Plural(q.Attempts, "attempt", "attempts"))
	case lessons.KindChallenge:
		var parts []string
		for _, id := range step.Challenges {
			title := id
			if s.service != nil {
				if info, ok := s.service.Challenge(id); ok {
					title = info.Title
				}
			}
			c := s.st.Challenges[id]
			switch {
			case c != nil && c.Passed:
				parts = append(parts, fmt.Sprintf("%s: passed, %d %s", title, len(c.Attempts), quiz.Plural(len(c.Attempts), "attempt", "attempts")))
			case c != nil && len(c.Attempts) > 0:
				parts = append(parts, fmt.Sprintf("%s: not passed yet, %d %s", title, len(c.Attempts), quiz.Plural(len(c.Attempts), "attempt", "attempts")))
			default:
				parts = append(parts, title+": not tried yet")
			}
		}
		return strings.Join(parts, "; ")
	}
	return ""
}
