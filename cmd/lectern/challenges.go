package main

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/lectern-dev/lectern/catalog"
	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/tui"
	"github.com/lectern-dev/lectern/workspace"
)

func workspaceOf(app *App) *workspace.Workspace {
	ws := workspace.New(app.DataDir)
	ws.Now = app.Now
	return ws
}

// whatToWrite names what the learner writes, for "open it and write …".
func whatToWrite(ch *exercises.Challenge) string {
	if len(ch.Functions) > 0 {
		return ch.Functions[0].Name
	}
	return "your solution"
}

// recordAttempt saves one grading in progress (progress.RecordAttempt, as
// the TUI does): a pass completes every step holding the challenge whose
// challenges have all passed. Problems saving are reported, not fatal.
func recordAttempt(app *App, ch *exercises.Challenge, r *result) { recordAttemptAhead(app, ch, r, nil) }

// recordAttemptAhead is recordAttempt from the progress file as ahead read
// it (nil: read it now).
func recordAttemptAhead(app *App, ch *exercises.Challenge, r *result, ahead *progress.ReadAhead) {
	cat, _ := app.Catalog()
	saveAttempt(app, ch.ID, r.attempt(app.Now()), cat.Holders(ch.ID), ahead)
}

// saveAttempt records attempt a at challenge id, held by the steps holders.
func saveAttempt(app *App, id string, a progress.Attempt, holders []progress.ChallengeStep, ahead *progress.ReadAhead) {
	_, notice, err := app.Progress().UpdateAhead(ahead, func(st *progress.State) error {
		st.RecordAttempt(id, a, holders)
		return nil
	})
	if notice != nil {
		// A damaged progress file was moved aside: say where it is.
		fmt.Fprintf(app.IO.ErrOut, "lectern: %s\n", notice.Msg)
	}
	if err != nil {
		fmt.Fprintf(app.IO.ErrOut, "lectern: this attempt was not saved: %v\n", err)
	}
}

// challengeSvc is the TUI's (and read's) view of the pack's challenges and
// the grader. It keeps a worker process started ahead of time, so a grade
// takes milliseconds.
type challengeSvc struct {
	app  *App
	cat  *catalog.Catalog
	once sync.Once
	warm *grading
}

func (s *challengeSvc) grading() *grading {
	s.once.Do(func() { s.warm = warmGrading() })
	return s.warm
}

// Close stops the worker kept waiting, if one was started.
func (s *challengeSvc) Close() {
	s.once.Do(func() {}) // none started: make sure none starts now
	if s.warm != nil {
		s.warm.Close()
	}
}

func (s *challengeSvc) Challenge(id string) (tui.ChallengeInfo, bool) {
	ch := s.cat.Challenge(id)
	if ch == nil {
		return tui.ChallengeInfo{}, false
	}
	return tui.ChallengeInfo{ID: ch.ID, Title: ch.Title, Prompt: ch.Prompt, Hints: ch.Hints}, true
}

func (s *challengeSvc) Workspace(id string) (string, string, error) {
	ch := s.cat.Challenge(id)
	if ch == nil {
		return "", "", fmt.Errorf("unknown challenge %q", id)
	}
	go s.grading() // start the worker while the learner reads
	path, code, err := workspaceOf(s.app).Read(ch)
	return path, string(code), err
}

func (s *challengeSvc) Grade(ctx context.Context, id string) tui.GradeReport {
	ch := s.cat.Challenge(id)
	if ch == nil {
		return tui.GradeReport{Status: "error", Reason: "crash", Message: fmt.Sprintf("unknown challenge %q", id)}
	}
	path, code, err := workspaceOf(s.app).Read(ch)
	if err != nil {
		return tui.GradeReport{Status: "error", Reason: "crash", Message: fmt.Sprintf("cannot read %s: %v", path, err)}
	}
	return s.grading().grade(ctx, ch, path, code).report()
}

func (s *challengeSvc) SaveWorkspace(id, code string) error {
	ch := s.cat.Challenge(id)
	if ch == nil {
		return fmt.Errorf("unknown challenge %q", id)
	}
	_, err := workspaceOf(s.app).Write(ch, []byte(code))
	return err
}

func (s *challengeSvc) Solution(id string) (string, bool) {
	ch := s.cat.Challenge(id)
	if ch == nil || len(ch.Solution) == 0 {
		return "", false
	}
	return string(ch.Solution), true
}

// ExternalEditor is $VISUAL or $EDITOR when set; else nano or vi when on
// PATH (not configured: the TUI then opens its own editor on e, and this
// one on E).
func (s *challengeSvc) ExternalEditor() (string, bool) { return s.app.ExternalEditor() }

func externalEditor(getenv func(string) string) (name string, configured bool) {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if fields := strings.Fields(getenv(v)); len(fields) > 0 {
			return filepath.Base(fields[0]), true
		}
	}
	for _, e := range []string{"nano", "vi"} {
		if _, err := exec.LookPath(e); err == nil {
			return e, false
		}
	}
	return "", false
}

// EditorCmd opens path in $VISUAL or $EDITOR (which may carry arguments,
// like "code -w"), falling back to nano or vi.
func (s *challengeSvc) EditorCmd(path string) *exec.Cmd {
	return editorCmd(s.app.Getenv, path)
}

func editorCmd(getenv func(string) string, path string) *exec.Cmd {
	for _, v := range []string{"VISUAL", "EDITOR"} {
		if fields := strings.Fields(getenv(v)); len(fields) > 0 {
			return exec.Command(fields[0], append(fields[1:], path)...)
		}
	}
	for _, e := range []string{"nano", "vi"} {
		if p, err := exec.LookPath(e); err == nil {
			return exec.Command(p, path)
		}
	}
	return exec.Command("vi", path)
}
