package workspace

import "path/filepath"

// LabFileName is the learner's handler in a lab's folder.
const LabFileName = "handler.go"

// LabPath is where the learner's handler for a lesson's lab step lives:
//
//	<data>/lectern/workspace/lab/<lesson>/<step>/handler.go
func (w *Workspace) LabPath(lesson, step string) string {
	return filepath.Join(w.Root, "lab", lesson, step, LabFileName)
}

// EnsureLab returns the path of the learner's handler for a lab step,
// creating it from starter the first time (created reports that). An
// existing file is never touched.
func (w *Workspace) EnsureLab(lesson, step string, starter []byte) (path string, created bool, err error) {
	return ensure(w.LabPath(lesson, step), starter)
}

// WriteLab saves the learner's handler at path (from lectern's editor), as
// Write saves a challenge's file: an interrupted save never leaves half a
// file.
func (w *Workspace) WriteLab(path string, code []byte) error { return writeAtomic(path, code) }
