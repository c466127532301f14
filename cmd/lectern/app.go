package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/term"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3"; a
// plain `go build` or `go run` falls back to the module's build info.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// IOStreams are the program's standard streams and what kind of thing is
// behind them. Whether to start the TUI, use colour or ask questions is
// decided here and nowhere else.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// InTTY and OutTTY report whether the streams are terminals.
	InTTY, OutTTY bool
	// Colour is false under NO_COLOR, TERM=dumb or when Out is not a
	// terminal.
	Colour bool
}

// TextWidth is what plain text output wraps to: the terminal's width (at
// most 100, for readable lines) when standard output is one, else 80.
func (s *IOStreams) TextWidth() int {
	if f, ok := s.Out.(interface{ Fd() uintptr }); ok && s.OutTTY {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return min(w, 100)
		}
	}
	return 80
}

// Interactive reports whether a full-screen UI or a question can be used.
func (s *IOStreams) Interactive() bool { return s.InTTY && s.OutTTY }

// SystemStreams describes the process's own stdin, stdout and stderr.
func SystemStreams() *IOStreams {
	s := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		InTTY:  term.IsTerminal(os.Stdin.Fd()),
		OutTTY: term.IsTerminal(os.Stdout.Fd()),
	}
	s.Colour = s.OutTTY && colourAllowed(os.Getenv)
	return s
}

// colourAllowed applies the NO_COLOR convention (any non-empty value) and
// TERM=dumb.
func colourAllowed(getenv func(string) string) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

// App is what every command shares: streams, environment, where things are
// stored, and the loaded content.
type App struct {
	IO     *IOStreams
	Getenv func(string) string
	Now    func() time.Time

	// LessonsDir, when set (--lessons or LECTERN_LESSONS), replaces the
	// built-in lessons with an author's folder.
	LessonsDir string
	// StateDir holds progress; DataDir holds the learner's own files.
	StateDir, DataDir string

	loadOnce   sync.Once
	lessonList []*lessons.Lesson
	lessonErr  error
}

// newApp prepares an App for the given streams and environment.
func newApp(streams *IOStreams, getenv func(string) string) *App {
	a := &App{IO: streams, Getenv: getenv, Now: time.Now}
	a.LessonsDir = getenv("LECTERN_LESSONS")
	// adrg/xdg reads the environment once at start-up; read the variables
	// through getenv instead so tests (and the worker) can set their own.
	a.StateDir = xdgDir(getenv, "XDG_STATE_HOME", xdg.StateHome, ".local/state")
	a.DataDir = xdgDir(getenv, "XDG_DATA_HOME", xdg.DataHome, ".local/share")
	return a
}

func xdgDir(getenv func(string) string, name, fallback, homeRel string) string {
	if v := getenv(name); v != "" && filepath.IsAbs(v) {
		return filepath.Join(v, "lectern")
	}
	if home := getenv("HOME"); home != "" {
		return filepath.Join(home, homeRel, "lectern")
	}
	return filepath.Join(fallback, "lectern")
}

// Lessons loads (once) the built-in lessons or the author's folder.
func (a *App) Lessons() ([]*lessons.Lesson, error) {
	a.loadOnce.Do(func() {
		if a.LessonsDir != "" {
			// "lessons/" (as shells complete it) is the same folder.
			a.LessonsDir = filepath.Clean(a.LessonsDir)
		}
		opts := lessons.Options{ChallengeExists: challengeExists}
		if a.LessonsDir == "" {
			a.lessonList, a.lessonErr = lessons.LoadAll(lessons.Builtin, opts)
			return
		}
		st, err := os.Stat(a.LessonsDir)
		if err != nil || !st.IsDir() {
			a.lessonErr = fmt.Errorf("%s: not a folder of lessons", a.LessonsDir)
			return
		}
		opts.Prefix = a.LessonsDir
		fsys := os.DirFS(a.LessonsDir)
		// A folder that is itself a lesson works as well as a folder of them.
		if _, err := os.Stat(filepath.Join(a.LessonsDir, "lesson.yaml")); err == nil {
			opts.Prefix = filepath.Dir(a.LessonsDir)
			fsys = os.DirFS(filepath.Dir(a.LessonsDir))
			l, err := lessons.Load(fsys, filepath.Base(a.LessonsDir), opts)
			if l != nil && err == nil {
				a.lessonList = []*lessons.Lesson{l}
			}
			a.lessonErr = err
			return
		}
		a.lessonList, a.lessonErr = lessons.LoadAll(fsys, opts)
	})
	if a.lessonErr != nil {
		return a.lessonList, fmt.Errorf("%w:\n%v", errContent, a.lessonErr)
	}
	return a.lessonList, nil
}

// errContent marks errors in lesson content, so main can say where to look.
var errContent = errors.New("lesson content has problems")

// Lesson finds a lesson by id; "" means the only (or first) lesson.
func (a *App) Lesson(id string) (*lessons.Lesson, error) {
	all, err := a.Lessons()
	if err != nil {
		return nil, err
	}
	if id == "" && len(all) > 0 {
		return all[0], nil
	}
	var ids []string
	for _, l := range all {
		if l.ID == id {
			return l, nil
		}
		ids = append(ids, l.ID)
	}
	sort.Strings(ids)
	return nil, usageErrorf("unknown lesson %q (lessons: %s)", id, strings.Join(ids, ", "))
}

// Progress is the learner's progress store.
func (a *App) Progress() *progress.Store { return progress.Open(a.StateDir) }

// LoadProgress reads progress, printing a one-line notice when the file
// was damaged (and backed up) so the learner knows why it starts fresh.
func (a *App) LoadProgress() *progress.State {
	st, notice, err := a.Progress().Load()
	if notice != nil {
		fmt.Fprintln(a.IO.ErrOut, "lectern:", notice.Msg)
	}
	if err != nil {
		fmt.Fprintf(a.IO.ErrOut, "lectern: %v; progress won't be saved\n", err)
	} else if err := a.Progress().Writable(); err != nil {
		fmt.Fprintln(a.IO.ErrOut, "lectern:", err)
	}
	return st
}

// usageError is a mistake in how lectern was called (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// exitError carries a chosen exit status with nothing more to print (the
// command already explained itself).
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }
