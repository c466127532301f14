package grader

import (
	"os"
	"path/filepath"
	"testing"
)

func TestZZDebugTask(t *testing.T) {
	d := os.Getenv("TASKDIR")
	if d == "" {
		t.Skip()
	}
	task := &Task{}
	tests, _ := filepath.Glob(filepath.Join(d, "*_test.go"))
	for _, f := range tests {
		src, _ := os.ReadFile(f)
		task.Tests = append(task.Tests, File{Name: filepath.Base(f), Source: src})
	}
	sol, _ := os.ReadFile(filepath.Join(d, ".meta", "example.go"))
	p, diags := Precheck(task, "solution.go", sol)
	t.Log(diags)
	if p != nil {
		for name, src := range p.files {
			if filepath.Base(name) == os.Getenv("FILE") {
				t.Logf("%s:\n%s", name, src)
			}
		}
	}
}
