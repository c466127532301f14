// Package workspace keeps the learner's own code: one real .go file per
// challenge under the XDG data directory,
//
//	<data>/lectern/workspace/<challenge>/solution.go
//
// created from the challenge's starter the first time, so any editor works.
// A learner's file is never overwritten without an explicit Reset, and Reset
// keeps a backup.
package workspace

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/lectern-dev/lectern/exercises"
)

// FileName is the learner's file in each challenge folder.
const FileName = "solution.go"

// Workspace is the folder that holds every challenge's file.
type Workspace struct {
	Root string // <data>/lectern/workspace
	Now  func() time.Time
}

// New returns the workspace under lecternData (<data>/lectern).
func New(lecternData string) *Workspace {
	return &Workspace{Root: filepath.Join(lecternData, "workspace"), Now: time.Now}
}

// Path is where the learner's file for a challenge lives.
func (w *Workspace) Path(challengeID string) string {
	return filepath.Join(w.Root, challengeID, FileName)
}

// Ensure returns the path of the learner's file, creating it from the
// starter if it does not exist yet (created reports that). An existing file
// is never touched.
func (w *Workspace) Ensure(ch *exercises.Challenge) (path string, created bool, err error) {
	return ensure(w.Path(ch.ID), ch.Starter)
}

// ensure creates the file at path from starter unless it exists.
func ensure(path string, starter []byte) (_ string, created bool, err error) {
	if _, err := os.Stat(path); err == nil {
		return path, false, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return path, false, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return path, false, err
	}
	// O_EXCL: if another lectern created it a moment ago, keep theirs.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return path, false, nil
	}
	if err != nil {
		return path, false, err
	}
	_, werr := f.Write(starter)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		_ = os.Remove(path)
		return path, false, werr
	}
	return path, true, nil
}

// Read returns the learner's file, creating it from the starter first if
// needed.
func (w *Workspace) Read(ch *exercises.Challenge) (path string, code []byte, err error) {
	path, _, err = w.Ensure(ch)
	if err != nil {
		return path, nil, err
	}
	code, err = os.ReadFile(path)
	return path, code, err
}

// Write saves the learner's code for a challenge (from lectern's own
// editor): written beside the file and renamed over it, so an interrupted
// save never leaves half a file. The file stays an ordinary Go file.
func (w *Workspace) Write(ch *exercises.Challenge, code []byte) (path string, err error) {
	path = w.Path(ch.ID)
	return path, writeAtomic(path, code)
}

// writeAtomic writes code to path beside it and renames it over path,
// keeping the file's mode.
func writeAtomic(path string, code []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	mode := fs.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"-*.tmp")
	if err != nil {
		return err
	}
	_, werr := tmp.Write(code)
	if cerr := tmp.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), mode)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		_ = os.Remove(tmp.Name())
	}
	return werr
}

// Reset replaces the learner's file with the starter, after copying the
// current file to a timestamped backup beside it (returned; "" when there
// was nothing to keep: no file, or one that still holds the starter). Call
// it only after the learner confirmed.
func (w *Workspace) Reset(ch *exercises.Challenge) (backup string, err error) {
	path := w.Path(ch.ID)
	old, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return "", err
	case bytes.Equal(old, ch.Starter):
		return "", nil // already the starter: nothing to keep or change
	default:
		backup = fmt.Sprintf("%s.%s.bak", path, w.Now().Format("20060102-150405"))
		for i := 2; ; i++ {
			if _, err := os.Stat(backup); errors.Is(err, fs.ErrNotExist) {
				break
			}
			backup = fmt.Sprintf("%s.%s-%d.bak", path, w.Now().Format("20060102-150405"), i)
		}
		if err := os.WriteFile(backup, old, 0o644); err != nil {
			return "", fmt.Errorf("keeping a backup: %w (nothing was changed)", err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return backup, err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, ch.Starter, 0o644); err != nil {
		return backup, err
	}
	return backup, os.Rename(tmp, path)
}
