// Package quiztest holds what the quiz's tests share across packages.
package quiztest

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Golden compares got with the file at path. With UPDATE_GOLDEN=1 (or
// -update, when the test binary defines that flag) it writes got there
// first. A difference is reported at its first line, with the whole output.
func Golden(t testing.TB, path, got string) {
	t.Helper()
	if f := flag.Lookup("update"); (f != nil && f.Value.String() == "true") || os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with UPDATE_GOLDEN=1 to create it)", err)
	}
	if got == string(want) {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Fatalf("%s differs from the output at line %d:\nwant %q\ngot  %q\nwhole output:\n%s", path, i+1, wl, gl, got)
		}
	}
	t.Fatalf("%s differs from the output in its final newline:\nwant %q\ngot  %q", path, want, got)
}
