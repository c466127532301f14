package lessons

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

const labLesson = goodLesson + `  - id: try
    title: Try
    file: steps/try.md
    kind: lab
    lab: lab.yaml
`

const labFileYAML = `handler: lab/handler.go
path: /api/greet
idle_timeout: 5s
real_world:
  - platform: AWS Lambda
    cold_start: 100–1000 ms
    note: a micro-VM
`

func labFS() fstest.MapFS {
	m := demoFS()
	m["demo/lesson.yaml"] = &fstest.MapFile{Data: []byte(labLesson)}
	m["demo/steps/try.md"] = &fstest.MapFile{Data: []byte("Try it.\n")}
	m["demo/lab.yaml"] = &fstest.MapFile{Data: []byte(labFileYAML)}
	m["demo/lab/handler.go"] = &fstest.MapFile{Data: []byte("package handler\n\nimport \"net/http\"\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {}\n")}
	return m
}

func TestLoadLabStep(t *testing.T) {
	ls, err := LoadAll(labFS(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := ls[0].Steps[4]
	if s.Kind != KindLab || s.Lab == nil {
		t.Fatalf("step %+v", s)
	}
	lab := s.Lab
	if !strings.Contains(lab.Handler, "func Handler(") || lab.HandlerFile != "demo/lab/handler.go" || lab.Path != "/api/greet" ||
		lab.IdleTimeout != 5*time.Second || len(lab.RealWorld) != 1 || lab.RealWorld[0] != (Figure{"AWS Lambda", "100–1000 ms", "a micro-VM"}) {
		t.Fatalf("lab %+v", lab)
	}
}

func TestLabProblems(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(fstest.MapFS)
		want   string
	}{
		{"no lab file named", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "    lab: lab.yaml\n", "") },
			`demo/lesson.yaml:26: step "try" has kind lab, so it needs lab: (its file)`},
		{"lab on another kind", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "kind: lab", "kind: page") },
			"demo/lesson.yaml:30: only a step of kind lab names lab:"},
		{"missing lab file", func(m fstest.MapFS) { delete(m, "demo/lab.yaml") }, "demo/lesson.yaml:30: lab lab.yaml: file not found"},
		{"missing handler", func(m fstest.MapFS) { delete(m, "demo/lab/handler.go") }, "demo/lab.yaml:1: handler lab/handler.go: file not found"},
		{"no Handler", func(m fstest.MapFS) { m["demo/lab/handler.go"].Data = []byte("package handler\n") },
			"demo/lab.yaml:1: handler lab/handler.go declares no func Handler"},
		{"bad idle timeout", func(m fstest.MapFS) { replace(m, "demo/lab.yaml", "5s", "five") },
			`demo/lab.yaml:3: idle_timeout "five" is not a duration`},
		{"bad path", func(m fstest.MapFS) { replace(m, "demo/lab.yaml", "path: /api", "path: api") },
			`demo/lab.yaml:2: path "api/greet" must start with /`},
		{"figure without a platform", func(m fstest.MapFS) { replace(m, "demo/lab.yaml", "platform: AWS Lambda", "platform: ''") },
			"demo/lab.yaml:5: real_world entry 1 needs a platform: and a cold_start:"},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := labFS()
			c.change(m)
			_, err := LoadAll(m, Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want %q", err, c.want)
			}
		})
	}
}
