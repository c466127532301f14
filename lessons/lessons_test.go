package lessons

import (
	"os"
	"slices"
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

// The fixture pack's lesson has a step of every kind, two diagram steps,
// two quiz steps and two challenge steps: each owns its data, and the
// lesson-level files are the default.
func TestEachStepOwnsItsData(t *testing.T) {
	ls, err := LoadAll(os.DirFS("../testdata/pack/lessons"), Options{Prefix: "pack"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 2 || ls[0].ID != "alpha" || ls[1].ID != "beta" {
		t.Fatalf("lessons %v", ls)
	}
	l := ls[0]
	visual, flow := l.Steps[l.StepIndex("visual")], l.Steps[l.StepIndex("flow")]
	if visual.Diagram == nil || visual.Diagram != l.Diagram || flow.Diagram == nil || flow.Diagram.Title != "Deploy" {
		t.Fatalf("diagrams: visual %+v flow %+v", visual.Diagram, flow.Diagram)
	}
	q1, q2 := l.Steps[l.StepIndex("quiz")], l.Steps[l.StepIndex("review")]
	if q1.Quiz == nil || q1.Quiz != l.Quiz || q2.Quiz == nil || len(q2.Quiz.Questions) != 2 || q2.Quiz == q1.Quiz {
		t.Fatalf("quizzes: %+v %+v", q1.Quiz, q2.Quiz)
	}
	if !l.PrimaryQuiz("quiz") || l.PrimaryQuiz("review") {
		t.Error("the first quiz step is not the primary one")
	}
	if got := l.Steps[l.StepIndex("add")].Challenges; !slices.Equal(got, []string{"adder"}) {
		t.Errorf("add holds %v", got)
	}
	if got := l.Steps[l.StepIndex("pair")].Challenges; !slices.Equal(got, []string{"greet", "shout"}) {
		t.Errorf("pair holds %v", got)
	}
	if got := l.ChallengeIDs(); !slices.Equal(got, []string{"adder", "greet", "shout"}) {
		t.Errorf("ChallengeIDs %v", got)
	}
	if got := l.StepsOfKind(KindQuiz); !slices.Equal(got, []int{3, 6}) {
		t.Errorf("quiz steps at %v", got)
	}
	h := Holders(ls, "shout")
	if len(h) != 1 || h[0].Lesson != "alpha" || h[0].Step != "pair" || !slices.Equal(h[0].Challenges, []string{"greet", "shout"}) {
		t.Errorf("Holders(shout) = %+v", h)
	}
}

func TestStepDataProblems(t *testing.T) {
	challenge := func(keys string) func(fstest.MapFS) {
		return func(m fstest.MapFS) {
			replace(m, "demo/lesson.yaml", "kind: glossary", "kind: glossary\n  - id: code\n    title: Code\n    file: steps/intro.md\n"+keys)
		}
	}
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		want   string
	}{
		{"quiz on a page", func(m fstest.MapFS) {
			replace(m, "demo/lesson.yaml", "file: steps/intro.md", "file: steps/intro.md\n    quiz: quiz.yaml")
		},
			"demo/lesson.yaml:14: only a step of kind quiz names quiz:"},
		{"diagram on a quiz", func(m fstest.MapFS) {
			replace(m, "demo/lesson.yaml", "kind: quiz", "kind: quiz\n    diagram: diagram.yaml")
		},
			"demo/lesson.yaml:26: only a step of kind diagram names diagram:"},
		{"a step's own quiz file is missing", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "kind: quiz", "kind: quiz\n    quiz: other.yaml") },
			"demo/lesson.yaml:26: quiz other.yaml: file not found"},
		{"a step's own quiz is checked", func(m fstest.MapFS) {
			replace(m, "demo/lesson.yaml", "kind: quiz", "kind: quiz\n    quiz: other.yaml")
			m["demo/other.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(goodQuiz, "step: intro", "step: nowhere", 1))}
		}, "demo/other.yaml:4:"},
		{"quiz kind without any quiz", func(m fstest.MapFS) { replace(m, "demo/lesson.yaml", "quiz: quiz.yaml\n", "") },
			`demo/lesson.yaml:1: a step has kind quiz, so lesson.yaml needs quiz: (its file), or step "check" its own quiz:`},
		{"both challenge keys", challenge("    kind: challenge\n    challenge: a\n    challenges: [b]"),
			`demo/lesson.yaml:22: step "code" names both challenge: and challenges:`},
		{"empty challenge list", challenge("    kind: challenge\n    challenges: []"),
			`demo/lesson.yaml:18: step "code" is a challenge step but names no challenge`},
		{"challenge twice", challenge("    kind: challenge\n    challenges: [a, a]"),
			`demo/lesson.yaml:22: step "code" names challenge "a" twice`},
		{"challenges on a page", challenge("    challenges: [a]"),
			"demo/lesson.yaml:21: only a step of kind challenge names challenges:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := demoFS()
			tt.change(m)
			_, err := LoadAll(m, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("LoadAll error:\n%v\nwant it to contain %q", err, tt.want)
			}
		})
	}
	// The unknown one of several challenges is named on its own line.
	m := demoFS()
	challenge("    kind: challenge\n    challenges:\n      - known\n      - nope")(m)
	_, err := LoadAll(m, Options{ChallengeExists: func(id string) bool { return id == "known" }})
	if err == nil || !strings.Contains(err.Error(), `demo/lesson.yaml:24: unknown challenge "nope"`) || strings.Contains(err.Error(), `"known"`) {
		t.Fatalf("err = %v", err)
	}
}

// A quiz may only review steps that come before it: a question about a
// later step is rejected at its line, for every quiz step that asks it.
func TestQuizReviewsOnlyEarlierSteps(t *testing.T) {
	later := func(m fstest.MapFS) {
		replace(m, "demo/lesson.yaml", "    kind: quiz\n", "    kind: quiz\n  - id: outro\n    title: Outro\n    file: steps/intro.md\n")
	}
	m := demoFS()
	later(m)
	if _, err := LoadAll(m, Options{}); err != nil {
		t.Fatalf("a step after the quiz that no question reviews: %v", err)
	}

	m = demoFS()
	later(m)
	replace(m, "demo/quiz.yaml", "step: intro", "step: outro")
	_, err := LoadAll(m, Options{})
	want := `demo/quiz.yaml:2: question "q1" reviews step 5 (outro), which comes after its quiz, step 4 (check)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("LoadAll error:\n%v\nwant it to contain %q", err, want)
	}

	// A quiz file that two quiz steps share is held to each of them: the
	// first rejects a question about a step between the two, which the
	// second may ask.
	m = demoFS()
	replace(m, "demo/lesson.yaml", "    kind: quiz\n", "    kind: quiz\n  - id: more\n    title: More\n    file: steps/intro.md\n  - id: again\n    title: Again\n    file: steps/check.md\n    kind: quiz\n")
	replace(m, "demo/quiz.yaml", "step: intro", "step: more")
	_, err = LoadAll(m, Options{})
	if err == nil || !strings.Contains(err.Error(), `demo/quiz.yaml:2: question "q1" reviews step 5 (more), which comes after its quiz, step 4 (check)`) {
		t.Fatalf("LoadAll error:\n%v\nwant the first quiz step to reject the question", err)
	}
	if strings.Contains(err.Error(), "step 6 (again)") {
		t.Errorf("the second quiz step, after the step reviewed, rejects the question too:\n%v", err)
	}

	// The step's own quiz file is named.
	m = demoFS()
	later(m)
	replace(m, "demo/lesson.yaml", "    kind: quiz\n", "    kind: quiz\n    quiz: own.yaml\n")
	m["demo/own.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(goodQuiz, "step: intro", "step: outro", 1))}
	_, err = LoadAll(m, Options{})
	if err == nil || !strings.Contains(err.Error(), `demo/own.yaml:2: question "q1" reviews step 5 (outro)`) {
		t.Fatalf("LoadAll error:\n%v\nwant the step's own quiz file named", err)
	}
}

func replace(m fstest.MapFS, file, old, new string) {
	s := string(m[file].Data)
	if !strings.Contains(s, old) {
		panic(file + " does not contain " + old)
	}
	m[file].Data = []byte(strings.Replace(s, old, new, 1))
}
