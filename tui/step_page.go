package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// pageStep is a step of kind page: its Markdown page, scrolled. It is done
// once the learner has seen the bottom of it. Other kinds that show a page
// with something after it (the glossary step) are a pageStep with more
// Markdown.
type pageStep struct {
	env *StepEnv
	// self is the step as the lesson knows it (a glossaryStep wraps a
	// pageStep), to recognise shownMsg.
	self          Step
	md            *markdown
	sc            scroller
	width, height int
}

func newPageStep(env *StepEnv) Step { return newMarkdownStep(env, env.Step().Markdown) }

func newMarkdownStep(env *StepEnv, md string) *pageStep {
	s := &pageStep{env: env, md: newMarkdown(env.Common, md), sc: newScroller(env.Common)}
	s.self = s
	return s
}

// Init lays the page out where the learner left it.
func (s *pageStep) Init() tea.Cmd { return s.layout() }

func (s *pageStep) Todo() string { return "read to the end to mark it done" }

func (s *pageStep) Place() progress.Place { return progress.Place{Scroll: s.sc.place()} }

func (s *pageStep) SetPlace(p progress.Place) { s.sc.setPlace(p.Scroll) }

func (s *pageStep) SetSize(w, h int) tea.Cmd {
	s.width, s.height = w, h
	s.sc.setSize(w, h)
	return s.layout()
}

func (s *pageStep) layout() tea.Cmd {
	page, ok, cmd := s.md.page(pageWidth(s.width))
	s.sc.setContent(page, ok)
	return cmd
}

func (s *pageStep) Update(msg tea.Msg) (bool, tea.Cmd) {
	if s.md.update(msg) {
		return true, s.layout()
	}
	if sh, ok := msg.(shownMsg); ok {
		s.md.setShown(sh.step == s.self)
		return false, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return s.sc.keys(k), nil
	}
	return false, nil
}

func (s *pageStep) View() string { return s.sc.view() }

func (s *pageStep) ShortHelp() []key.Binding { return []key.Binding{s.env.Keys.Down} }

func (s *pageStep) FullHelp() [][]key.Binding { return [][]key.Binding{scrollHelp(s.env.Keys)} }

func (s *pageStep) Capturing() Capture { return CaptureNone }

func (s *pageStep) Complete() bool { return s.sc.reachedEnd }

func (s *pageStep) Text(width int, style render.Style) (string, error) {
	return renderText(s.md.text, style, width)
}
