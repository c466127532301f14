package tui

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

// outlines loads the fixture lessons twice through an index, so that they
// come back as outlines, read in full only when opened.
func outlines(t *testing.T, dir string) []*lessons.Lesson {
	t.Helper()
	cache := t.TempDir()
	var ls []*lessons.Lesson
	for range 2 {
		opts := lessons.Options{}
		opts.Index = lessons.OpenIndex(cache, dir, opts)
		var err error
		if ls, err = lessons.LoadAll(os.DirFS(dir), opts); err != nil {
			t.Fatal(err)
		}
		if err := opts.Index.Save(); err != nil {
			t.Fatal(err)
		}
	}
	if !ls[0].Outline() {
		t.Fatal("the fixture did not come back as outlines")
	}
	return ls
}

func outlineModel(t *testing.T, ls []*lessons.Lesson) *Model {
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	m := New(Options{Lessons: ls, Store: progress.Open(t.TempDir()), Now: func() time.Time { return now }, Seed: 1,
		Width: 80, Height: 24})
	return m
}

// Opening an outline reads the lesson in a command, not in Update; keys
// pressed before it is open go to the lesson, in order.
func TestOpeningAnOutlineReadsItOffTheLoop(t *testing.T) {
	ls := outlines(t, "../testdata/pack/lessons")
	m := outlineModel(t, ls)
	_, read := m.Update(keyMsg("enter"))
	if m.page != pageHome || read == nil {
		t.Fatalf("enter on an outline: page %v, command %v; want home until it is read", m.page, read)
	}
	m.Update(keyMsg("n"))
	m.Update(keyMsg("n"))
	if m.page != pageHome {
		t.Fatal("keys typed ahead acted on the home screen")
	}
	msg := read()
	if _, ok := msg.(lessonReadMsg); !ok {
		t.Fatalf("the read command sent %T", msg)
	}
	m.Update(msg)
	if m.page != pageLesson || m.lesson.step != 2 {
		t.Fatalf("after the read: page %v, step %d; want the lesson at step 3 (two n typed ahead)", m.page, m.lesson.step)
	}
	if !strings.Contains(m.lesson.l.Steps[0].Markdown, "first page") {
		t.Fatal("the lesson opened without its pages")
	}
	// Back home and in again: the lesson is in memory now.
	_, back := m.Update(keyMsg("esc"))
	for _, msg := range run(back) {
		m.Update(msg)
	}
	if m.page != pageHome {
		t.Fatalf("esc: page %v", m.page)
	}
	m.Update(keyMsg("enter"))
	if m.page != pageLesson {
		t.Fatal("a lesson already read did not open at once")
	}
}

// A lesson whose files broke after it was indexed stays closed, and home
// says which file is wrong.
func TestAnOutlineThatCannotBeReadSaysWhy(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../testdata/pack/lessons")); err != nil {
		t.Fatal(err)
	}
	ls := outlines(t, dir)
	if err := os.WriteFile(dir+"/alpha/glossary.yaml", []byte("- term: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := outlineModel(t, ls)
	_, read := m.Update(keyMsg("enter"))
	m.Update(read())
	if m.page != pageHome || !strings.Contains(m.home.notice, "glossary.yaml") {
		t.Fatalf("page %v, notice %q", m.page, m.home.notice)
	}
}
