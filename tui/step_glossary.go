package tui

import (
	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/render"
)

// glossaryStep is a step of kind glossary: its page, then every term of
// the lesson's glossary. (The g overlay, on every step, is glossaryModel.)
type glossaryStep struct{ *pageStep }

func newGlossaryStep(env *StepEnv) Step {
	md := env.Step().Markdown + "\n\n" + lessons.GlossaryMarkdown(env.Lesson.Glossary)
	s := glossaryStep{newMarkdownStep(env, md)}
	s.self = s
	return s
}

// Text prints the page and the glossary as two renderings, as read always
// has.
func (s glossaryStep) Text(width int, style render.Style) (string, error) {
	page, err := renderText(s.env.Step().Markdown, style, width)
	if err != nil {
		return "", err
	}
	terms, err := renderText(lessons.GlossaryMarkdown(s.env.Lesson.Glossary), style, width)
	if err != nil {
		return "", err
	}
	return page + "\n\n" + terms, nil
}
