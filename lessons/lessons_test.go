package lessons

import (
	"strings"
	"testing"
	"testing/fstest"
)

const goodLesson = `id: demo
title: Demo
track: Testing
summary: A tiny lesson.
minutes: 5
version: 1
glossary: glossary.yaml
diagram: diagram.yaml
quiz: quiz.yaml
steps:
  - id: intro
    title: Intro
    file: steps/intro.md
  - id: words
    title: Words
    file: steps/words.md
    kind: glossary
  - id: picture
    title: Picture
    file: steps/picture.md
    kind: diagram
  - id: check
    title: Check
    file: steps/check.md
    kind: quiz
`

const goodGlossary = `terms:
  - term: Alpha
    definition: The first.
    see: [Beta]
  - term: Beta
    definition: The second.
`

const goodDiagram = `title: Flow
caption: A to B.
nodes:
  - id: a
    label: Start
  - id: b
    label: Finish
edges:
  - from: a
    to: b
    label: "yes"
tour:
  - node: a
    text: Here it starts.
  - edge: a -> b
    text: Then it moves.
  - node: b
    text: Here it ends.
paths:
  - id: all
    name: Everything
    nodes: [a, b]
`

const goodQuiz = `questions:
  - id: q1
    kind: truefalse
    step: intro
    prompt: Is this a demo?
    answer: true
    explanation: It is.
`

func demoFS() fstest.MapFS {
	return fstest.MapFS{
		"demo/lesson.yaml":      {Data: []byte(goodLesson)},
		"demo/glossary.yaml":    {Data: []byte(goodGlossary)},
		"demo/diagram.yaml":     {Data: []byte(goodDiagram)},
		"demo/quiz.yaml":        {Data: []byte(goodQuiz)},
		"demo/steps/intro.md":   {Data: []byte("# Intro\n\nHello.\n")},
		"demo/steps/words.md":   {Data: []byte("Words.\n")},
		"demo/steps/picture.md": {Data: []byte("Picture.\n")},
		"demo/steps/check.md":   {Data: []byte("Check.\n")},
	}
}

func TestLoadGoodLesson(t *testing.T) {
	ls, err := LoadAll(demoFS(), Options{})
	if err != nil {
		t.Fatalf("LoadAll: %v", err)
	}
	if len(ls) != 1 {
		t.Fatalf("got %d lessons, want 1", len(ls))
	}
	l := ls[0]
	if l.ID != "demo" || len(l.Steps) != 4 || l.Steps[1].Kind != KindGlossary || l.Steps[0].Kind != KindPage {
		t.Fatalf("lesson = %+v", l)
	}
	if len(l.Glossary) != 2 || l.Diagram == nil || len(l.Diagram.Tour) != 3 || l.Diagram.Tour[1].Edge != 0 || l.Quiz == nil {
		t.Fatalf("glossary %v diagram %+v quiz %v", l.Glossary, l.Diagram, l.Quiz)
	}
	if !strings.Contains(l.Steps[0].Markdown, "Hello.") {
		t.Fatalf("step markdown = %q", l.Steps[0].Markdown)
	}
}

func TestLoaderReportsEachProblemWithFileAndLine(t *testing.T) {
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		want   string
	}{
		{"missing step file", func(m fstest.MapFS) { delete(m, "demo/steps/words.md") },
			`demo/lesson.yaml:16: step "words": steps/words.md: file not found`},
		{"empty step file", func(m fstest.MapFS) { m["demo/steps/words.md"].Data = []byte(" \n\n") },
			`demo/lesson.yaml:16: step "words": steps/words.md: the file is empty`},
		{"invalid utf-8 step", func(m fstest.MapFS) { m["demo/steps/words.md"].Data = []byte("caf\xe9") },
			`steps/words.md: not valid UTF-8 text`},
		{"unclosed code fence", func(m fstest.MapFS) {
			m["demo/steps/intro.md"].Data = []byte("Text\n\n```go\nfunc main() {}\n")
		}, "demo/steps/intro.md:3: code block opened with ``` is never closed"},
		{"duplicate step id", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "id: words", "id: intro") },
			`demo/lesson.yaml:14: duplicate step id "intro"`},
		{"empty title", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "title: Demo", `title: "  "`) },
			"demo/lesson.yaml:2: missing or empty title"},
		{"bad yaml", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "minutes: 5", "minutes: [5") },
			"demo/lesson.yaml:5: the list or mapping starting here is malformed"},
		{"unknown key", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "minutes: 5", "minutes: 5\nduration: 5") },
			`demo/lesson.yaml:6: unknown key "duration"`},
		{"minutes not a number", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "minutes: 5", "minutes: five") },
			`demo/lesson.yaml:5: expected a whole number, found text "five"`},
		{"zero minutes", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "minutes: 5", "minutes: 0") },
			"demo/lesson.yaml:5: minutes must be a positive whole number"},
		{"bad id", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "id: demo", "id: Demo Lesson") },
			`demo/lesson.yaml:1: id "Demo Lesson" must be lower-case`},
		{"unknown kind", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "kind: glossary", "kind: slideshow") },
			`demo/lesson.yaml:17: unknown step kind "slideshow"`},
		{"challenge without id", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "kind: glossary", "kind: challenge") },
			`demo/lesson.yaml:14: step "words" is a challenge step but names no challenge`},
		{"no steps", func(m fstest.MapFS) {
			m["demo/lesson.yaml"].Data = []byte("id: demo\ntitle: Demo\ntrack: T\nminutes: 5\nversion: 1\nsteps: []\n")
		}, "demo/lesson.yaml:6: no steps"},
		{"diagram kind without file", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "diagram: diagram.yaml\n", "") },
			"demo/lesson.yaml:1: a step has kind diagram, so lesson.yaml needs diagram:"},
		{"missing diagram file", func(m fstest.MapFS) { delete(m, "demo/diagram.yaml") },
			"demo/lesson.yaml:8: diagram diagram.yaml: file not found"},
		{"edge to unknown node", func(m fstest.MapFS) { replace(m, "demo/diagram.yaml", "to: b", "to: c") },
			`demo/diagram.yaml:10: edge to: unknown node "c"`},
		{"duplicate node", func(m fstest.MapFS) { replace(m, "demo/diagram.yaml", "id: b", "id: a") },
			`demo/diagram.yaml:6: duplicate node id "a"`},
		{"tour edge not in edges", func(m fstest.MapFS) { replace(m, "demo/diagram.yaml", "edge: a -> b", "edge: b -> a") },
			"demo/diagram.yaml:15: tour stop: no edge b -> a in edges:"},
		{"tour edge badly written", func(m fstest.MapFS) { replace(m, "demo/diagram.yaml", "edge: a -> b", "edge: a to b") },
			`demo/diagram.yaml:15: tour stop: edge "a to b" should be written "from -> to"`},
		{"tour misses node", func(m fstest.MapFS) {
			replace(m, "demo/diagram.yaml", "  - node: b\n    text: Here it ends.\n", "")
		}, `demo/diagram.yaml:13: the tour never stops at node "b"`},
		{"path without edge", func(m fstest.MapFS) { replace(m, "demo/diagram.yaml", "nodes: [a, b]", "nodes: [b, a]") },
			`demo/diagram.yaml:22: path "all" goes b -> a, but there is no such edge`},
		{"unknown shape", func(m fstest.MapFS) {
			replace(m, "demo/diagram.yaml", "label: Start", "label: Start\n    shape: circle")
		},
			`demo/diagram.yaml:6: unknown shape "circle"`},
		{"duplicate term", func(m fstest.MapFS) { replace(m, "demo/glossary.yaml", "term: Beta", "term: alpha") },
			`demo/glossary.yaml:5: duplicate term "alpha"`},
		{"unknown see", func(m fstest.MapFS) { replace(m, "demo/glossary.yaml", "see: [Beta]", "see: [Gamma]") },
			`demo/glossary.yaml:4: term "Alpha" refers to unknown term "Gamma"`},
		{"empty definition", func(m fstest.MapFS) { replace(m, "demo/glossary.yaml", "definition: The second.", `definition: ""`) },
			`demo/glossary.yaml:5: term "Beta" has no definition`},
		{"quiz names unknown step", func(m fstest.MapFS) { replace(m, "demo/quiz.yaml", "step: intro", "step: outro") },
			"demo/quiz.yaml:4:"},
		{"garbage lesson.yaml", func(m fstest.MapFS) { m["demo/lesson.yaml"].Data = []byte("\x00\x01\x02") },
			"demo/lesson.yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := demoFS()
			tt.change(m)
			_, err := LoadAll(m, Options{})
			if err == nil {
				t.Fatalf("LoadAll succeeded, want an error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("LoadAll error:\n%s\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestUnknownChallengeIsReported(t *testing.T) {
	m := demoFS()
	replace(m, "demo/lesson.yaml", "kind: glossary", "kind: glossary\n  - id: code\n    title: Code\n    file: steps/intro.md\n    kind: challenge\n    challenge: nope")
	_, err := LoadAll(m, Options{ChallengeExists: func(id string) bool { return id == "cost-calculator" }})
	if err == nil || !strings.Contains(err.Error(), `demo/lesson.yaml:22: unknown challenge "nope"`) {
		t.Fatalf("err = %v, want the unknown challenge named with its line", err)
	}
}

func TestPrefixIsShownInMessages(t *testing.T) {
	m := demoFS()
	delete(m, "demo/steps/words.md")
	_, err := LoadAll(m, Options{Prefix: "/tmp/mylessons"})
	if err == nil || !strings.HasPrefix(err.Error(), "/tmp/mylessons/demo/lesson.yaml:16:") {
		t.Fatalf("err = %v, want locations under /tmp/mylessons", err)
	}
}

func TestNoLessonsFound(t *testing.T) {
	_, err := LoadAll(fstest.MapFS{"readme.txt": {Data: []byte("hi")}}, Options{Prefix: "x"})
	if err == nil || !strings.Contains(err.Error(), "x: no lessons found") {
		t.Fatalf("err = %v", err)
	}
}

func TestBuiltinLessonsLoad(t *testing.T) {
	ls, err := LoadAll(Builtin, Options{})
	if err != nil {
		t.Fatalf("the built-in lessons have problems:\n%v", err)
	}
	var found bool
	for _, l := range ls {
		if l.ID == "serverless" {
			found = true
			want := []string{"Why This Matters", "Define Terms", "Visual Model", "Code Example", "Interactive Experiment",
				"Quick Quiz", "Coding Challenge", "Real-World Usage", "Connections"}
			if len(l.Steps) != len(want) {
				t.Fatalf("serverless has %d steps, want %d", len(l.Steps), len(want))
			}
			for i, s := range l.Steps {
				if s.Title != want[i] {
					t.Errorf("step %d is %q, want %q", i+1, s.Title, want[i])
				}
			}
			if l.Minutes != 25 || l.Track != "Production Engineering" {
				t.Errorf("minutes %d track %q", l.Minutes, l.Track)
			}
		}
	}
	if !found {
		t.Fatal("no serverless lesson built in")
	}
}

func replace(m fstest.MapFS, file, old, new string) {
	s := string(m[file].Data)
	if !strings.Contains(s, old) {
		panic(file + " does not contain " + old)
	}
	m[file].Data = []byte(strings.Replace(s, old, new, 1))
}
