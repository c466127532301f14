package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/quiz"
	"github.com/lectern-dev/lectern/render"
)

// quizStep is a step of kind quiz: its page as an introduction, and the
// step's quiz (quizModel) once the learner starts it. Each finished
// attempt is saved (quiz.Record) in the Update that finishes it; passing a
// full attempt marks the step done.
type quizStep struct {
	env  *StepEnv
	md   *markdown
	sc   scroller
	quiz *quizModel // nil on the page
	// paused is a quiz left half-way with esc: enter resumes it, a starts
	// again. It is kept while lectern runs (quitting asks first).
	paused        *quizModel
	last          *quiz.Outcome
	start, again  key.Binding
	width, height int
}

func newQuizStep(env *StepEnv) Step {
	return &quizStep{env: env, md: newMarkdown(env.Common, env.Step().Markdown), sc: newScroller(env.Common),
		start: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start quiz")),
		again: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "start again"))}
}

// Unsaved says what leaving lectern would lose: the answers of a quiz
// left half-way.
func (s *quizStep) Unsaved() string {
	for _, q := range []*quizModel{s.quiz, s.paused} {
		if n, total, ok := q.unfinished(); ok {
			return fmt.Sprintf("Your quiz answers so far (%d of %d) would be lost.", n, total)
		}
	}
	return ""
}

// record is the step's quiz record in progress (nil before a finished
// attempt).
func (s *quizStep) record() *progress.Quiz {
	st := s.env.Step()
	return s.env.State.Lessons[s.env.Lesson.ID].QuizOf(st.ID, s.env.Lesson.PrimaryQuiz(st.ID))
}

func (s *quizStep) Todo() string { return "pass the quiz to mark it done" }

func (s *quizStep) Place() progress.Place { return progress.Place{Scroll: s.sc.place()} }

func (s *quizStep) SetPlace(p progress.Place) { s.sc.setPlace(p.Scroll) }

func (s *quizStep) Init() tea.Cmd {
	if s.env.Alone && s.quiz == nil {
		cmd := s.open()
		if s.env.Retry {
			cmd = tea.Batch(cmd, s.quiz.StartRetry())
		}
		return tea.Batch(cmd, s.layout())
	}
	return s.layout()
}

// open starts the quiz.
func (s *quizStep) open() tea.Cmd {
	seed := s.env.Seed
	if seed == 0 {
		seed = uint64(s.env.Now().UnixNano())
	}
	q := newQuizModel(s.env.Common, s.env.Lesson, s.env.Index, s.record(), seed)
	q.record = s.save
	if s.env.Alone {
		q.SetExitHelp("quit")
	}
	q.SetSize(s.width, s.height)
	s.quiz = q
	return nil
}

// save records a finished attempt.
func (s *quizStep) save(o quiz.Outcome) tea.Cmd {
	s.last = &o
	l, st, now := s.env.Lesson, s.env.Step(), s.env.Now()
	lessonID, version := l.ID, l.Version
	step := quiz.Step{ID: st.ID, Title: st.Title, Primary: l.PrimaryQuiz(st.ID)}
	return s.env.Save(func(ps *progress.State) {
		pl := ps.Lesson(lessonID)
		if pl.ContentVersion == 0 {
			pl.ContentVersion = version
		}
		quiz.Record(pl, step, o, now)
	})
}

func (s *quizStep) SetSize(w, h int) tea.Cmd {
	s.width, s.height = w, h
	s.sc.setSize(w, h)
	if s.quiz != nil {
		s.quiz.SetSize(w, h)
	}
	return s.layout()
}

func (s *quizStep) layout() tea.Cmd {
	page, ok, cmd := s.md.page(pageWidth(s.width))
	if ok {
		page += "\n\n" + s.env.Styles.Accent.Render(s.callToAction())
	}
	s.sc.setContent(page, ok)
	return cmd
}

func (s *quizStep) callToAction() string {
	qz := s.env.Step().Quiz
	if qz == nil {
		return ""
	}
	if n, total, ok := s.paused.unfinished(); ok {
		return fmt.Sprintf("▶ Your quiz is waiting at question %d of %d: enter resumes it, a starts it again.", n+1, total)
	}
	text := fmt.Sprintf("▶ Press enter to start the quiz (%d questions, %d%% to pass).", len(qz.Questions), qz.PassPercent)
	if q := s.record(); q != nil {
		state := "not passed yet"
		if q.Passed {
			state = "passed"
		}
		text += fmt.Sprintf("\n  Best so far: %d/%d (%s), %d attempt(s).", q.BestScore, q.BestTotal, state, q.Attempts)
	}
	return text
}

func (s *quizStep) Update(msg tea.Msg) (bool, tea.Cmd) {
	switch msg := msg.(type) {
	case closeMsg:
		if s.quiz == nil || msg.from != s.quiz {
			return false, nil
		}
		if _, _, ok := s.quiz.unfinished(); ok {
			s.paused = s.quiz // esc half-way: kept, to resume
		}
		s.quiz = nil
		return true, tea.Batch(s.layout(), closeCmd(s))
	case tea.KeyPressMsg:
		if s.quiz == nil {
			switch {
			case s.paused != nil && key.Matches(msg, s.start):
				s.quiz, s.paused = s.paused, nil
				s.quiz.SetSize(s.width, s.height)
				return true, s.quiz.resume()
			case s.paused != nil && key.Matches(msg, s.again):
				s.paused = nil
				return true, tea.Batch(s.open(), s.layout())
			case key.Matches(msg, s.start) && s.env.Step().Quiz != nil:
				return true, s.open()
			}
			return s.sc.keys(msg), nil
		}
		if key.Matches(msg, s.env.Keys.Back) && !s.quiz.Capturing() {
			return true, closeCmd(s.quiz)
		}
		return true, s.quiz.Update(msg)
	}
	if s.md.update(msg) {
		return true, s.layout()
	}
	if sh, ok := msg.(shownMsg); ok {
		s.md.setShown(sh.step == s)
		return false, nil
	}
	if s.quiz != nil && s.quiz.Capturing() {
		return true, s.quiz.Update(msg) // the text input's own messages
	}
	return false, nil
}

func (s *quizStep) View() string {
	if s.quiz != nil {
		return s.quiz.View()
	}
	return s.sc.view()
}

func (s *quizStep) ShortHelp() []key.Binding {
	if s.quiz != nil {
		return append(s.quiz.ShortHelp(), s.leave())
	}
	if s.paused != nil {
		resume := key.NewBinding(key.WithKeys(s.start.Keys()...), key.WithHelp("enter", "resume quiz"))
		return []key.Binding{resume, s.again}
	}
	return []key.Binding{s.start}
}

func (s *quizStep) FullHelp() [][]key.Binding {
	if s.quiz != nil {
		// The quiz takes every key but these while it is open.
		return append(s.quiz.FullHelp(), []key.Binding{s.leave()})
	}
	return [][]key.Binding{{s.start}, scrollHelp(s.env.Keys)}
}

// leave is esc, which closes the quiz.
func (s *quizStep) leave() key.Binding {
	desc := "back"
	if s.env.Alone {
		desc = "quit"
	}
	return key.NewBinding(key.WithKeys(s.env.Keys.Back.Keys()...), key.WithHelp("esc", desc))
}

func (s *quizStep) Capturing() Capture {
	switch {
	case s.quiz == nil:
		return CaptureNone
	case s.quiz.Capturing():
		return CaptureText
	}
	return CaptureStep
}

func (s *quizStep) Complete() bool {
	q := s.record()
	return q != nil && q.Passed
}

// lastOutcome is the last attempt finished here, for lectern quiz's
// closing line.
func (s *quizStep) lastOutcome() (quiz.Outcome, bool) {
	if s.last == nil {
		return quiz.Outcome{}, false
	}
	return *s.last, true
}

// Text is the page and how to take the quiz from the command line.
func (s *quizStep) Text(width int, style render.Style) (string, error) {
	out, err := renderText(s.md.text, style, width)
	qz := s.env.Step().Quiz
	if err != nil || qz == nil {
		return out, err
	}
	cmd := "lectern quiz " + s.env.Lesson.ID
	if len(s.env.Lesson.StepsOfKind(s.env.Step().Kind)) > 1 {
		cmd += fmt.Sprintf(" --step %d", s.env.Index+1)
	}
	return out + "\n\n" + wrapProse(fmt.Sprintf("%d questions. Take the quiz with: %s", len(qz.Questions), cmd), width), nil
}
