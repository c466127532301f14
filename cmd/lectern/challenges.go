package main

import (
	"context"
	"fmt"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/tui"
	"github.com/lectern-dev/lectern/workspace"
)

// challengeExists lets the lesson loader check the challenge a step names.
func challengeExists(id string) bool {
	_, err := exercises.Get(id)
	return err == nil
}

// challengePrompt returns a challenge's statement (Markdown).
func challengePrompt(id string) (string, bool) {
	ch, err := exercises.Get(id)
	if err != nil {
		return "", false
	}
	return ch.Prompt, true
}

// resetChallenge reports whether id is a challenge and, if so, puts the
// starter back in its workspace file (after confirm), keeping a backup.
func resetChallenge(app *App, id string, confirm func(string) (bool, error)) (bool, error) {
	ch, err := exercises.Get(id)
	if err != nil {
		return false, nil
	}
	ws := workspaceOf(app)
	ok, err := confirm(fmt.Sprintf("Replace your code for %q (%s) with the starter? A backup of your file is kept.", ch.Title, ws.Path(ch.ID)))
	if err != nil || !ok {
		return true, err
	}
	backup, err := ws.Reset(ch)
	if err != nil {
		return true, err
	}
	fmt.Fprintf(app.IO.Out, "%s now holds the starter code.\n", ws.Path(ch.ID))
	if backup != "" {
		fmt.Fprintf(app.IO.Out, "Your previous code is in %s.\n", backup)
	}
	return true, nil
}

func workspaceOf(app *App) *workspace.Workspace {
	ws := workspace.New(app.DataDir)
	ws.Now = app.Now
	return ws
}

// challenge finds a challenge or returns a usage error listing the known
// ones.
func challenge(id string) (*exercises.Challenge, error) {
	ch, err := exercises.Get(id)
	if err != nil {
		return nil, usageErrorf("unknown challenge %q (challenges: %s)", id, strings.Join(exercises.IDs(), ", "))
	}
	return ch, nil
}

// challengeSvc is the TUI's view of the grader. It keeps a worker process
// started ahead of time, so a grade takes milliseconds.
type challengeSvc struct {
	app  *App
	once sync.Once
	warm *grader.Grader
}

func (s *challengeSvc) grader() *grader.Grader {
	s.once.Do(func() { s.warm = grader.NewWarm() })
	return s.warm
}

// Close stops the worker kept waiting, if one was started.
func (s *challengeSvc) Close() {
	s.once.Do(func() {}) // none started: make sure none starts now
	if s.warm != nil {
		s.warm.Close()
	}
}

func (s *challengeSvc) Prompt(id string) (string, bool) { return challengePrompt(id) }

func (s *challengeSvc) Workspace(id string) (string, string, error) {
	ch, err := exercises.Get(id)
	if err != nil {
		return "", "", err
	}
	go s.grader() // start the worker while the learner reads
	path, code, err := workspaceOf(s.app).Read(ch)
	return path, string(code), err
}

func (s *challengeSvc) Hints(id string) []string {
	ch, err := exercises.Get(id)
	if err != nil {
		return nil
	}
	return ch.Hints
}

func (s *challengeSvc) Grade(ctx context.Context, id string) tui.GradeReport {
	start := time.Now()
	ch, err := exercises.Get(id)
	if err != nil {
		return tui.GradeReport{Status: "error", Reason: "crash", Message: err.Error()}
	}
	path, code, err := workspaceOf(s.app).Read(ch)
	if err != nil {
		return tui.GradeReport{Status: "error", Reason: "crash", Message: fmt.Sprintf("cannot read %s: %v", path, err)}
	}
	v := s.grader().Grade(ctx, ch.Task(), path, code)
	r := tui.GradeReport{Status: string(v.Status), Reason: string(v.Reason), Message: v.Message,
		Unsupported: v.Unsupported, Passed: v.Passed(), Total: v.Total(), Summary: v.Summary().Line, Duration: time.Since(start)}
	for _, t := range v.Tests {
		r.Tests = append(r.Tests, tui.GradeTest{Name: t.Name, Status: string(t.Status), Message: t.Message, Output: t.Output,
			NotGraded: t.Ungraded == grader.NotGraded})
	}
	return r
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
