package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureSvc is the TUI's challenge service on the fixture pack, with its
// own folders.
func fixtureSvc(t *testing.T, env map[string]string) *challengeSvc {
	t.Helper()
	dir := t.TempDir()
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"), "HOME": dir,
		"LECTERN_LESSONS": fixturePack}
	for k, v := range env {
		vars[k] = v
	}
	app := newApp(&IOStreams{}, func(k string) string { return vars[k] })
	cat, err := app.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	svc := &challengeSvc{app: app, cat: cat}
	t.Cleanup(svc.Close)
	return svc
}

// The editor's save writes the workspace file; a compile error comes back
// with its line and column, so the editor can go there; the reference is
// there to compare with.
func TestServiceSavesGradesAndCompares(t *testing.T) {
	svc := fixtureSvc(t, nil)
	path, _, err := svc.Workspace("adder")
	if err != nil {
		t.Fatal(err)
	}
	bad := "package adder\n\nfunc Add(a, b int) int {\n\treturn a + c\n}\n"
	if err := svc.SaveWorkspace("adder", bad); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != bad {
		t.Fatalf("the file holds %q", data)
	}
	r := svc.Grade(context.Background(), "adder")
	if r.Reason != "compile" || len(r.Diagnostics) == 0 || r.Diagnostics[0].Line != 4 || r.Diagnostics[0].Col == 0 ||
		!strings.Contains(r.Diagnostics[0].Message, "c") || filepath.Base(r.Diagnostics[0].File) != "solution.go" {
		t.Fatalf("compile error: %+v", r)
	}
	if !strings.HasPrefix(r.Announcement(), "✗ Compile error at line 4:") {
		t.Fatalf("announcement: %q", r.Announcement())
	}
	if sol, ok := svc.Solution("adder"); !ok || !strings.Contains(sol, "func Add") {
		t.Fatalf("solution: %q %v", sol, ok)
	}
	if _, ok := svc.Solution("nope"); ok {
		t.Fatal("a solution for an unknown challenge")
	}
}

func TestExternalEditorNamesTheLearnersEditor(t *testing.T) {
	if name, ok := externalEditor(func(k string) string { return map[string]string{"EDITOR": "/usr/bin/code -w"}[k] }); name != "code" || !ok {
		t.Fatalf("EDITOR=code -w: %q %v", name, ok)
	}
	if name, ok := externalEditor(func(k string) string { return map[string]string{"VISUAL": "hx", "EDITOR": "vi"}[k] }); name != "hx" || !ok {
		t.Fatalf("VISUAL wins: %q %v", name, ok)
	}
	t.Setenv("PATH", t.TempDir())
	if name, ok := externalEditor(func(string) string { return "" }); name != "" || ok {
		t.Fatalf("no editor anywhere: %q %v", name, ok)
	}
}
