package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern-dev/lectern/exercises"
)

// challenge is a stand-in: the workspace needs only a challenge's id and
// starter.
func challenge(t *testing.T) *exercises.Challenge {
	return &exercises.Challenge{ID: "cost-calculator", Starter: []byte("package costcalculator\n\nfunc CalculateCost() float64 { return 0 }\n")}
}

func TestEnsureCreatesFromStarterOnceAndNeverOverwrites(t *testing.T) {
	ch := challenge(t)
	w := New(filepath.Join(t.TempDir(), "lectern"))
	path, created, err := w.Ensure(ch)
	if err != nil || !created {
		t.Fatalf("Ensure: created=%v err=%v", created, err)
	}
	if want := filepath.Join(w.Root, "cost-calculator", "solution.go"); path != want {
		t.Errorf("path %s, want %s", path, want)
	}
	data, _ := os.ReadFile(path)
	if string(data) != string(ch.Starter) || strings.Contains(string(data), "go:build") {
		t.Fatalf("new file is not the starter:\n%s", data)
	}
	os.WriteFile(path, []byte("package mine\n"), 0o644)
	_, created, err = w.Ensure(ch)
	if err != nil || created {
		t.Fatalf("second Ensure: created=%v err=%v", created, err)
	}
	_, code, _ := w.Read(ch)
	if string(code) != "package mine\n" {
		t.Fatalf("learner's file was overwritten: %q", code)
	}
}

func TestResetKeepsABackup(t *testing.T) {
	ch := challenge(t)
	w := New(filepath.Join(t.TempDir(), "lectern"))
	w.Now = func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) }
	path, _, _ := w.Ensure(ch)
	os.WriteFile(path, []byte("package mine // v1\n"), 0o644)
	b1, err := w.Reset(ch)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, []byte("package mine // v2\n"), 0o644)
	b2, err := w.Reset(ch)
	if err != nil {
		t.Fatal(err)
	}
	if b1 == b2 || b1 == "" {
		t.Fatalf("backups %q and %q", b1, b2)
	}
	for b, want := range map[string]string{b1: "v1", b2: "v2"} {
		if data, _ := os.ReadFile(b); !strings.Contains(string(data), want) {
			t.Errorf("backup %s = %q, want %s", b, data, want)
		}
	}
	if data, _ := os.ReadFile(path); string(data) != string(ch.Starter) {
		t.Errorf("after reset the file is %q", data)
	}
	// Reset of a file that still holds the starter: no backup, no change.
	baks, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.bak"))
	if b, err := w.Reset(ch); err != nil || b != "" {
		t.Errorf("reset of the unchanged starter: backup %q err %v", b, err)
	}
	if again, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.bak")); len(again) != len(baks) {
		t.Errorf("backups %v after resetting the unchanged starter, want %v", again, baks)
	}
	if data, _ := os.ReadFile(path); string(data) != string(ch.Starter) {
		t.Errorf("after a second reset the file is %q", data)
	}
	// Reset with no file yet: nothing to back up.
	w2 := New(filepath.Join(t.TempDir(), "lectern"))
	if b, err := w2.Reset(ch); err != nil || b != "" {
		t.Errorf("reset of a missing file: backup %q err %v", b, err)
	}
}

func TestEnsureLabCreatesTheHandlerOnce(t *testing.T) {
	w := New(filepath.Join(t.TempDir(), "lectern"))
	path, created, err := w.EnsureLab("serverless", "experiment", []byte("package handler\n"))
	if err != nil || !created || path != filepath.Join(w.Root, "lab", "serverless", "experiment", "handler.go") {
		t.Fatalf("EnsureLab: %s %v %v", path, created, err)
	}
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, created, err := w.EnsureLab("serverless", "experiment", []byte("package handler\n")); err != nil || created {
		t.Fatalf("second EnsureLab: %v %v", created, err)
	}
	if data, _ := os.ReadFile(path); string(data) != "mine" {
		t.Fatalf("the learner's file was overwritten: %q", data)
	}
}

func TestWriteReplacesTheFileWhole(t *testing.T) {
	ch := challenge(t)
	w := New(filepath.Join(t.TempDir(), "lectern"))
	path, err := w.Write(ch, []byte("package costcalculator\n\nfunc CalculateCost() float64 {\n\treturn 1\n}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(ch, []byte("package costcalculator\n")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if string(data) != "package costcalculator\n" || st.Mode().Perm() != 0o600 {
		t.Fatalf("after a save: %q, mode %v", data, st.Mode())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.tmp")); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
	if err := os.Chmod(filepath.Dir(path), 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(filepath.Dir(path), 0o755)
	if os.Getuid() != 0 {
		if _, err := w.Write(ch, []byte("x")); err == nil {
			t.Fatal("a save into a read-only folder reported success")
		}
	}
}
