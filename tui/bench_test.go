package tui

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/render"
)

// The render targets (issue 12): the first frame at 80×24 within 50 ms,
// the first screen of a 20,000-line step within 0.5 s, and no step
// waiting for another's render. scripts/bench-render.sh runs these and
// compares them with the targets; they are never asserted in a test.

// builtinLessons is the built-in course, as the app shows it.
func builtinLessons(b *testing.B) []*lessons.Lesson {
	b.Helper()
	ls, err := lessons.LoadAll(os.DirFS("../lessons"), lessons.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return ls
}

// settle runs msg and every command that follows, like the harness, until
// done reports the screen is what was waited for; commands after that are
// left unrun (a long page's later batches).
func settle(b *testing.B, m *Model, msg tea.Msg, done func(string) bool) {
	b.Helper()
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		next := queue[0]
		queue = queue[1:]
		_, cmd := m.Update(next)
		if done(ansi.Strip(m.View().Content)) {
			return
		}
		queue = append(queue, run(cmd)...)
	}
	if !done(ansi.Strip(m.View().Content)) {
		b.Fatalf("the screen never showed what was waited for:\n%s", ansi.Strip(m.View().Content))
	}
}

// BenchmarkFirstFrame is the home screen at 80×24, from a new model to its
// first frame.
func BenchmarkFirstFrame(b *testing.B) {
	ls := builtinLessons(b)
	for b.Loop() {
		m := New(Options{Lessons: ls, Width: 80, Height: 24, Renderers: &render.Renderers{}})
		m.Init()
		if !strings.Contains(m.View().Content, "Serverless") {
			b.Fatal("no home screen")
		}
	}
}

// BenchmarkFirstLessonScreen is enter on the home screen to the first
// step's page on screen at 80×24, with renderers to build (as at start-up).
func BenchmarkFirstLessonScreen(b *testing.B) {
	ls := builtinLessons(b)
	for b.Loop() {
		m := New(Options{Lessons: ls, Width: 80, Height: 24, Renderers: &render.Renderers{}})
		m.Init()
		settle(b, m, keyMsg("enter"), func(s string) bool { return strings.Contains(s, "Think about the chores") })
	}
}

func longLesson(b *testing.B, lines int) []*lessons.Lesson {
	ls, err := lessons.LoadAll(os.DirFS("../testdata/pack/lessons"), lessons.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ls[0].Steps[0].Markdown = longPage(lines)
	return ls
}

// BenchmarkLongStepFirstScreen opens a lesson whose first step is 20,000
// lines long: enter to its first screen of text.
func BenchmarkLongStepFirstScreen(b *testing.B) {
	ls := longLesson(b, 20000)
	for b.Loop() {
		m := New(Options{Lessons: ls, Width: 80, Height: 24, Renderers: &render.Renderers{}})
		m.Init()
		settle(b, m, keyMsg("enter"), func(s string) bool { return strings.Contains(s, "Part 0") })
	}
}

// BenchmarkLongStepWhole renders the whole 20,000-line step, piece after
// piece (the work done in the background after the first screen).
func BenchmarkLongStepWhole(b *testing.B) {
	text := longPage(20000)
	for b.Loop() {
		if _, err := (&render.Renderers{}).Markdown(text, render.Dark, 73); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStepBesideLongRender is a short step's page rendered while a
// 20,000-line page renders in the background (compare with
// BenchmarkStepAlone: the same, with nothing else rendering).
func BenchmarkStepBesideLongRender(b *testing.B) {
	rs := &render.Renderers{}
	stop := make(chan struct{})
	go func() {
		d := render.NewDoc(longPage(20000))
		for {
			for i := range d.Len() {
				select {
				case <-stop:
					return
				default:
				}
				_, _ = rs.Piece(b.Context(), d, i, render.Dark, 73)
			}
		}
	}()
	defer close(stop)
	time.Sleep(50 * time.Millisecond)
	benchShortStep(b, rs)
}

// BenchmarkStepAlone renders a short step's page with nothing else
// rendering.
func BenchmarkStepAlone(b *testing.B) { benchShortStep(b, &render.Renderers{}) }

func benchShortStep(b *testing.B, rs *render.Renderers) {
	ls := builtinLessons(b)
	md := ls[0].Steps[1].Markdown
	c := &Common{Styles: NewStyles(true, true), Keys: DefaultKeyMap(), Colour: true, Dark: true, Render: rs}
	for b.Loop() {
		m := newMarkdown(c, md)
		for done := false; !done; {
			_, ok, cmd := m.page(73)
			if done = ok; cmd != nil {
				m.update(cmd())
			}
		}
	}
}
