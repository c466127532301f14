package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
)

// quizStep is the running quiz inside the Quick Quiz step.
type quizStep interface {
	SetSize(w, h int)
	Update(tea.Msg) (quizStep, tea.Cmd)
	View() string
	// Capturing is true while the learner types an answer, so letters
	// are text, not commands.
	Capturing() bool
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Outcomes lists every attempt finished so far, as soon as the Update
	// that finished it returns, so the lesson can queue the save in that
	// same Update (a quit right after cannot overtake it).
	Outcomes() []quiz.Outcome
}

// QuizCloseMsg is sent by the quiz component when the learner leaves it.
type QuizCloseMsg struct{}

func (m *lessonModel) startQuiz() tea.Cmd {
	seed := m.opts.Seed
	if seed == 0 {
		seed = uint64(m.opts.Now().UnixNano())
	}
	var prior *progress.Quiz
	if lp := m.state.Lessons[m.l.ID]; lp != nil {
		prior = lp.Quiz
	}
	m.quiz = NewQuiz(m.c, m.l, prior, seed)
	m.quizRecorded = 0
	m.quiz.SetSize(m.contentWidth, m.bodyHeight)
	return nil
}

func (m *lessonModel) recordQuiz(o quiz.Outcome) tea.Cmd {
	lessonID, stepID, now := m.l.ID, m.current().ID, m.opts.Now()
	return m.save(func(st *progress.State) {
		quiz.Record(st.Lesson(lessonID), stepID, o, now)
	})
}

func quizCallToAction(l *lessons.Lesson, st *progress.State) string {
	if l.Quiz == nil {
		return ""
	}
	text := fmt.Sprintf("▶ Press enter to start the quiz (%d questions, %d%% to pass).", len(l.Quiz.Questions), l.Quiz.PassPercent)
	if lp := st.Lessons[l.ID]; lp != nil && lp.Quiz != nil {
		q := lp.Quiz
		state := "not passed yet"
		if q.Passed {
			state = "passed"
		}
		text += fmt.Sprintf("\n  Best so far: %d/%d (%s), %d attempt(s).", q.BestScore, q.BestTotal, state, q.Attempts)
	}
	return text
}
