package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/term"

	"github.com/lectern-dev/lectern/catalog"
	"github.com/lectern-dev/lectern/exercises"
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
	// Width, when set, is the width of the terminal the output is for (the
	// check helper writes for a client's terminal).
	Width int
	// OwnProcess is true for the process's own streams: a command may then
	// tune the process it runs in (see shortLived); tests' fake streams
	// leave the test binary alone.
	OwnProcess bool
}

// TextWidth is what plain text output wraps to: the terminal's width (at
// most 100, for readable lines) when standard output is one, else 80.
func (s *IOStreams) TextWidth() int {
	if s.Width > 0 && s.OutTTY {
		return min(s.Width, 100)
	}
	if w, _, ok := s.Size(); ok {
		return min(w, 100)
	}
	return 80
}

// Size is the terminal's size when standard output is one.
func (s *IOStreams) Size() (width, height int, ok bool) {
	if f, isFile := s.Out.(interface{ Fd() uintptr }); isFile && s.OutTTY {
		if w, h, err := term.GetSize(f.Fd()); err == nil && w > 0 && h > 0 {
			return w, h, true
		}
	}
	return 0, 0, false
}

// Interactive reports whether a full-screen UI or a question can be used.
func (s *IOStreams) Interactive() bool { return s.InTTY && s.OutTTY }

// SystemStreams describes the process's own stdin, stdout and stderr.
func SystemStreams() *IOStreams {
	s := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, OwnProcess: true,
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
// stored, and the loaded pack. Commands are built by constructors that take
// it (see root.go).
type App struct {
	IO     *IOStreams
	Getenv func(string) string
	Now    func() time.Time

	// LessonsDir, when set (--lessons or LECTERN_LESSONS), replaces the
	// built-in course with an author's pack or lesson folder.
	LessonsDir string
	// StateDir holds progress; DataDir holds the learner's own files;
	// CacheDir what can be rebuilt (the index of a pack's lessons).
	StateDir, DataDir, CacheDir string
	// ScreenReader is the screen-reader mode (--screen-reader or
	// LECTERN_ACCESSIBLE=1): lectern is plain lines in the scrollback, the
	// quiz plain, read and check in the linear style.
	ScreenReader bool

	loadOnce sync.Once
	cat      *catalog.Catalog
	catErr   error

	// editor is ExternalEditor's answer, looked up once (the TUI asks
	// each time it draws a footer; without $VISUAL or $EDITOR the answer
	// searches PATH).
	editor func() (string, bool)

	stateOnce   sync.Once
	state       *progress.State
	stateNotice *progress.Notice
	stateErr    error
}

// newApp prepares an App for the given streams and environment.
func newApp(streams *IOStreams, getenv func(string) string) *App {
	a := &App{IO: streams, Getenv: getenv, Now: time.Now}
	a.editor = sync.OnceValues(func() (string, bool) { return externalEditor(getenv) })
	a.LessonsDir = getenv("LECTERN_LESSONS")
	a.ScreenReader = screenReader(getenv)
	// adrg/xdg reads the environment once at start-up; read the variables
	// through getenv instead so tests (and the worker) can set their own.
	a.StateDir = xdgDir(getenv, "XDG_STATE_HOME", xdg.StateHome, ".local/state")
	a.DataDir = xdgDir(getenv, "XDG_DATA_HOME", xdg.DataHome, ".local/share")
	a.CacheDir = xdgDir(getenv, "XDG_CACHE_HOME", xdg.CacheHome, ".cache")
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

// Catalog loads (once) the built-in pack or the author's, quickly: through
// the lessons index (a lesson unchanged since it last loaded cleanly is an
// outline, read in full when it is opened, see FullLesson), and without
// the checks of challenges that only dev check makes. With problems it
// returns what loaded and an error that wraps errContent.
func (a *App) Catalog() (*catalog.Catalog, error) {
	a.loadOnce.Do(func() { a.cat, a.catErr = a.loadCatalog(catalog.Options{CacheDir: a.CacheDir, Quick: true}) })
	return a.cat, a.catErr
}

// ExternalEditor is the learner's editor outside lectern (see
// externalEditor), looked up once.
func (a *App) ExternalEditor() (name string, configured bool) { return a.editor() }

// useCatalog makes cat the app's pack, loaded already (the check helper
// loads it once for every check it makes).
func (a *App) useCatalog(cat *catalog.Catalog) { a.loadOnce.Do(func() { a.cat = cat }) }

// loadCatalog loads the pack with opts (the zero Options: every lesson
// read and checked in full, as dev check does).
func (a *App) loadCatalog(opts catalog.Options) (*catalog.Catalog, error) {
	var cat *catalog.Catalog
	var err error
	if a.LessonsDir == "" {
		cat, err = opts.LoadBuiltin()
	} else {
		cat, err = opts.Load(a.LessonsDir)
	}
	if cat == nil {
		cat = &catalog.Catalog{}
	}
	if err != nil {
		return cat, fmt.Errorf("%w:\n%v", errContent, err)
	}
	return cat, nil
}

// FullLesson is Lesson read in full: its pages, glossary, diagrams and
// quizzes, checked.
func (a *App) FullLesson(id, usage string) (*lessons.Lesson, error) {
	l, err := a.Lesson(id, usage)
	if err != nil {
		return nil, err
	}
	full, err := l.Full()
	if err != nil {
		return nil, fmt.Errorf("%w:\n%v", errContent, err)
	}
	return full, nil
}

// errContent marks errors in lesson content, so main can say where to look.
var errContent = errors.New("lesson content has problems")

// Lesson finds a lesson by id. Without one it takes the only lesson, or
// the one in progress; else it asks on a terminal and, without one, lists
// the lessons in a usage error (usage is how to name one).
func (a *App) Lesson(id, usage string) (*lessons.Lesson, error) {
	cat, err := a.Catalog()
	if err != nil {
		return nil, err
	}
	ids := cat.LessonIDs()
	if id != "" {
		if l := cat.Lesson(id); l != nil {
			return l, nil
		}
		sorted := slices.Sorted(slices.Values(ids))
		return nil, usageErrorf("unknown lesson %q (lessons: %s)", id, strings.Join(sorted, ", "))
	}
	switch len(cat.Lessons) {
	case 0:
		return nil, errors.New("no lessons")
	case 1:
		return cat.Lessons[0], nil
	}
	if l := a.lessonInProgress(); l != nil {
		return l, nil
	}
	var titles []string
	for _, l := range cat.Lessons {
		titles = append(titles, l.Title)
	}
	i, err := a.choose("lesson", ids, titles, usage)
	if err != nil {
		return nil, err
	}
	return cat.Lessons[i], nil
}

// lessonInProgress is the lesson begun and not finished that the learner
// touched last, or nil.
func (a *App) lessonInProgress() *lessons.Lesson {
	cat, _ := a.Catalog()
	st, _, _ := a.progressState()
	var best *lessons.Lesson
	var bestAt time.Time
	for _, l := range cat.Lessons {
		lp := st.Lessons[l.ID]
		if _, state := lp.Summary(l.StepIDs()); state != progress.InProgress {
			continue
		}
		if at := lastActivity(lp); best == nil || at.After(bestAt) {
			best, bestAt = l, at
		}
	}
	return best
}

// lastActivity is the latest time a lesson's record shows.
func lastActivity(lp *progress.Lesson) time.Time {
	at := lp.LastOpened
	for _, t := range lp.StepsDone {
		if t.After(at) {
			at = t
		}
	}
	quizzes := []*progress.Quiz{lp.Quiz}
	for _, q := range lp.Quizzes {
		quizzes = append(quizzes, q)
	}
	for _, q := range quizzes {
		if q != nil && q.LastAt.After(at) {
			at = q.LastAt
		}
	}
	return at
}

// Challenge finds a challenge by id. Without one it takes the challenge in
// progress: one of the challenge step the lesson in progress is at, else
// the one attempted last and not passed, else the first not passed of the
// lesson in progress (or of the pack's only lesson), else the pack's only
// challenge; else it asks on a terminal and, without one, lists the
// challenges in a usage error.
func (a *App) Challenge(id, usage string) (*exercises.Challenge, error) {
	cat, err := a.Catalog()
	if err != nil {
		return nil, err
	}
	ids := cat.ChallengeIDs()
	if id != "" {
		if ch := cat.Challenge(id); ch != nil {
			return ch, nil
		}
		return nil, usageErrorf("unknown challenge %q (challenges: %s)", id, strings.Join(ids, ", "))
	}
	if ch := a.challengeInProgress(); ch != nil {
		return ch, nil
	}
	if len(ids) == 0 {
		return nil, usageErrorf("this pack has no challenges")
	}
	var titles []string
	for _, ch := range cat.Challenges {
		titles = append(titles, ch.Title)
	}
	i, err := a.choose("challenge", ids, titles, usage)
	if err != nil {
		return nil, err
	}
	return cat.Challenges[i], nil
}

func (a *App) challengeInProgress() *exercises.Challenge {
	cat, _ := a.Catalog()
	st, _, _ := a.progressState()
	if l := a.lessonInProgress(); l != nil {
		if i := l.StepIndex(st.Lessons[l.ID].CurrentStep); i >= 0 && len(l.Steps[i].Challenges) > 0 {
			ids := l.Steps[i].Challenges
			for _, id := range ids {
				if !st.AllPassed([]string{id}) {
					return cat.Challenge(id)
				}
			}
			return cat.Challenge(ids[0])
		}
	}
	var best *exercises.Challenge
	var bestAt time.Time
	for _, ch := range cat.Challenges {
		c := st.Challenges[ch.ID]
		if c == nil || c.Passed || len(c.Attempts) == 0 {
			continue
		}
		if at := c.Attempts[len(c.Attempts)-1].At; best == nil || at.After(bestAt) {
			best, bestAt = ch, at
		}
	}
	if best != nil {
		return best
	}
	// The lesson the learner is working through (or the pack's only one)
	// with a challenge not passed yet, or with only one challenge.
	l := a.lessonInProgress()
	if l == nil && len(cat.Lessons) == 1 {
		l = cat.Lessons[0]
	}
	if l != nil {
		ids := l.ChallengeIDs()
		for _, id := range ids {
			if !st.AllPassed([]string{id}) {
				return cat.Challenge(id)
			}
		}
		if len(ids) == 1 {
			return cat.Challenge(ids[0])
		}
	}
	if len(cat.Challenges) == 1 {
		return cat.Challenges[0]
	}
	return nil
}

// choose asks which of ids (what: "lesson" or "challenge", shown with their
// titles) the learner means; without a terminal it lists them in a usage
// error instead.
func (a *App) choose(what string, ids, titles []string, usage string) (int, error) {
	if !a.IO.Interactive() {
		return 0, usageErrorf("which %s? usage: lectern %s (%ss: %s)", what, usage, what, strings.Join(ids, ", "))
	}
	fmt.Fprintf(a.IO.ErrOut, "Which %s?\n", what)
	for i, id := range ids {
		fmt.Fprintf(a.IO.ErrOut, "  %d. %s — %s\n", i+1, id, titles[i])
	}
	fmt.Fprintf(a.IO.ErrOut, "Number (1-%d): ", len(ids))
	line, _ := bufio.NewReader(a.IO.In).ReadString('\n')
	line = strings.TrimSpace(line)
	if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(ids) {
		return n - 1, nil
	}
	if i := slices.Index(ids, line); i >= 0 {
		return i, nil
	}
	return 0, usageErrorf("%q is not one of 1-%d; usage: lectern %s", line, len(ids), usage)
}

// examples are the names help text uses: a lesson and a challenge of the
// loaded pack (placeholders when it has none).
func (a *App) examples() (lesson, challenge string) {
	lesson, challenge = "LESSON", "CHALLENGE"
	cat, _ := a.Catalog()
	if len(cat.Lessons) > 0 {
		l := cat.Lessons[0]
		if p := a.lessonInProgress(); p != nil {
			l = p
		}
		lesson = l.ID
		if ids := l.ChallengeIDs(); len(ids) > 0 {
			challenge = ids[0]
		}
	}
	if challenge == "CHALLENGE" && len(cat.Challenges) > 0 {
		challenge = cat.Challenges[0].ID
	}
	return lesson, challenge
}

// Progress is the learner's progress store.
func (a *App) Progress() *progress.Store { return progress.Open(a.StateDir) }

// progressState reads progress once per run (moving a damaged file aside
// and saying so is done once).
func (a *App) progressState() (*progress.State, *progress.Notice, error) {
	a.stateOnce.Do(func() { a.state, a.stateNotice, a.stateErr = a.Progress().Load() })
	return a.state, a.stateNotice, a.stateErr
}

// LoadProgress reads progress, printing a one-line notice when the file
// was damaged (and backed up) so the learner knows why it starts fresh.
func (a *App) LoadProgress() *progress.State {
	st, notice, err := a.progressState()
	if notice != nil {
		fmt.Fprintln(a.IO.ErrOut, "lectern:", notice.Msg)
		a.stateNotice = nil
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
