package main

import (
	"errors"
	"fmt"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"
)

// dev new writes the skeleton of a lesson or a challenge into a pack (the
// --lessons folder, else the current one) that dev check accepts as it is:
// every file valid, the starter compiling and failing, the reference
// passing, the challenge used by a lesson.

type devNewOptions struct {
	Lesson string // for a challenge: the lesson whose new step holds it
}

var packIDRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

func newDevNewCmd(app *App) *cobra.Command {
	opts := &devNewOptions{}
	cmd := &cobra.Command{
		Use:   "new lesson|challenge ID",
		Short: "Start a lesson or a challenge from a skeleton that dev check accepts",
		Long: `new lesson ID writes lessons/ID (a page, a glossary, a diagram, a quiz and
a challenge step) and the challenge it uses, exercises/ID-challenge.
new challenge ID writes exercises/ID and adds a challenge step that uses it
to a lesson (--lesson, or the pack's only lesson).

They write into the pack given with --lessons, or the current folder. A pack
is a folder holding lessons/ and exercises/; check it with
'lectern --lessons DIR dev check' and open it with 'lectern --lessons DIR'.`,
		Example: "  lectern dev new lesson caching\n  lectern --lessons ./my-pack dev new challenge lru-cache --lesson caching",
		Args: usageArgs(func(cmd *cobra.Command, args []string) error {
			if len(args) != 2 || (args[0] != "lesson" && args[0] != "challenge") {
				return usageErrorf("usage: lectern dev new lesson|challenge ID")
			}
			return nil
		}),
		RunE: func(cmd *cobra.Command, args []string) error { return runDevNew(app, opts, args[0], args[1]) },
	}
	cmd.Flags().StringVar(&opts.Lesson, "lesson", "", "the lesson that gets a step for the new challenge")
	return cmd
}

func runDevNew(app *App, opts *devNewOptions, what, id string) error {
	if !packIDRE.MatchString(id) {
		return usageErrorf("%q: an id is lower-case letters, digits and dashes, like my-lesson", id)
	}
	root := app.LessonsDir
	if root == "" {
		root = "."
	}
	root = filepath.Clean(root)
	if err := checkPackFolder(root); err != nil {
		return err
	}
	var made []string
	var err error
	switch what {
	case "lesson":
		made, err = newLesson(root, id)
	default:
		made, err = newChallengeInLesson(app, root, id, opts.Lesson)
	}
	for _, f := range made {
		fmt.Fprintln(app.IO.Out, "created", f)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(app.IO.Out, "\nCheck it with:  lectern --lessons %s dev check\nOpen it with:   lectern --lessons %s\n", root, root)
	return nil
}

// checkPackFolder refuses a folder that is a lesson or a folder of lessons:
// dev new writes packs (lessons/ and exercises/ side by side).
func checkPackFolder(root string) error {
	if _, err := os.Stat(filepath.Join(root, "lesson.yaml")); err == nil {
		return usageErrorf("%s is a lesson folder; dev new writes into a pack (a folder holding lessons/ and exercises/): use its parent's parent, or a new folder", root)
	}
	if _, err := os.Stat(filepath.Join(root, "lessons")); err == nil {
		return nil
	}
	if m, _ := filepath.Glob(filepath.Join(root, "*", "lesson.yaml")); len(m) > 0 {
		return usageErrorf("%s is a folder of lessons; dev new writes into a pack (a folder holding lessons/ and exercises/): move them under %s", root, filepath.Join(root, "lessons"))
	}
	return nil
}

// writeFiles writes files (path relative to dir: content), refusing to
// replace any that exists.
func writeFiles(dir string, files [][2]string) ([]string, error) {
	for _, f := range files {
		if _, err := os.Stat(filepath.Join(dir, f[0])); err == nil {
			return nil, fmt.Errorf("%s already exists; nothing was written", filepath.Join(dir, f[0]))
		}
	}
	var made []string
	for _, f := range files {
		p := filepath.Join(dir, f[0])
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return made, err
		}
		if err := os.WriteFile(p, []byte(f[1]), 0o644); err != nil {
			return made, err
		}
		made = append(made, p)
	}
	return made, nil
}

// title makes "Cold starts" of "cold-starts".
func title(id string) string {
	s := strings.ReplaceAll(id, "-", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

func newLesson(root, id string) ([]string, error) {
	dir := filepath.Join(root, "lessons", id)
	if _, err := os.Stat(dir); err == nil {
		return nil, fmt.Errorf("%s already exists; nothing was written", dir)
	}
	chID := id + "-challenge"
	if _, err := os.Stat(filepath.Join(root, "exercises", chID)); err == nil {
		return nil, fmt.Errorf("%s already exists; nothing was written", filepath.Join(root, "exercises", chID))
	}
	t := title(id)
	made, err := writeFiles(dir, [][2]string{
		{"lesson.yaml", fmt.Sprintf(lessonYAML, id, t, chID)},
		{"steps/01-why.md", fmt.Sprintf("# Why %s matters\n\nWhat the learner will be able to do, and why they should care.\n", strings.ToLower(t))},
		{"steps/02-terms.md", "# Define terms\n\nThe words this lesson uses. Every term of glossary.yaml follows.\n"},
		{"steps/03-visual.md", "# Visual model\n\nOne picture of how it works; the tour goes through it stop by stop.\n"},
		{"steps/04-quiz.md", "# Quick quiz\n\nA few questions on what came before.\n"},
		{"steps/05-challenge.md", "# Coding challenge\n\nPut it into practice.\n"},
		{"steps/06-next.md", "# What next\n\nWhere this leads.\n"},
		{"glossary.yaml", glossaryYAML},
		{"diagram.yaml", diagramYAML},
		{"quiz.yaml", quizYAML},
	})
	if err != nil {
		return made, err
	}
	more, err := newChallenge(root, chID, id)
	return append(made, more...), err
}

// newChallengeInLesson writes a challenge and a step that uses it at the
// end of a lesson of the pack.
func newChallengeInLesson(app *App, root, id, lessonID string) ([]string, error) {
	if _, err := os.Stat(filepath.Join(root, "exercises", id)); err == nil {
		return nil, fmt.Errorf("%s already exists; nothing was written", filepath.Join(root, "exercises", id))
	}
	entries, _ := os.ReadDir(filepath.Join(root, "lessons"))
	var ids []string
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(root, "lessons", e.Name(), "lesson.yaml")); err == nil {
			ids = append(ids, e.Name())
		}
	}
	switch {
	case lessonID != "":
	case len(ids) == 1:
		lessonID = ids[0]
	case len(ids) == 0:
		return nil, usageErrorf("%s has no lesson to hold the challenge: start one with 'lectern dev new lesson ID'", root)
	default:
		return nil, usageErrorf("which lesson gets a step for %s? add --lesson (lessons: %s)", id, strings.Join(ids, ", "))
	}
	dir := filepath.Join(root, "lessons", lessonID)
	meta := filepath.Join(dir, "lesson.yaml")
	data, err := os.ReadFile(meta)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, usageErrorf("no lesson %q in %s (lessons: %s)", lessonID, root, strings.Join(ids, ", "))
	} else if err != nil {
		return nil, err
	}
	page := "steps/" + id + ".md"
	step := fmt.Sprintf("- id: %s\n  title: %s\n  file: %s\n  kind: challenge\n  challenge: %s\n", id, title(id), page, id)
	updated, err := appendStep(meta, data, step)
	if err != nil {
		return nil, err
	}
	made, err := writeFiles(dir, [][2]string{{page, fmt.Sprintf("# %s\n\nWhat the challenge asks, and why.\n", title(id))}})
	if err != nil {
		return made, err
	}
	more, err := newChallenge(root, id, lessonID)
	made = append(made, more...)
	if err != nil {
		return made, err
	}
	if err := os.WriteFile(meta, updated, 0o644); err != nil {
		return made, err
	}
	return append(made, meta+" (a step at the end: "+id+")"), nil
}

// appendStep adds step (YAML of one list item, unindented) at the end of
// the steps: list of lesson.yaml, keeping the rest of the file as it is.
func appendStep(file string, data []byte, step string) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: not a lesson.yaml this command can add a step to; add the step by hand:\n%s", file, step)
	}
	m := doc.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		steps := m.Content[i+1]
		if m.Content[i].Value != "steps" {
			continue
		}
		if steps.Kind != yaml.SequenceNode || steps.Style&yaml.FlowStyle != 0 || len(steps.Content) == 0 {
			break
		}
		indent := strings.Repeat(" ", steps.Content[0].Column-3) // the item's "- " starts two columns before its keys
		var b strings.Builder
		for _, line := range strings.SplitAfter(step, "\n") {
			if line != "" {
				b.WriteString(indent + line)
			}
		}
		lines := strings.SplitAfter(string(data), "\n")
		end := len(lines) // after the list: before the next top-level key
		if i+2 < len(m.Content) {
			end = m.Content[i+2].Line - 1
		}
		// Blank lines and unindented comments before the next key go with it.
		for end > 0 && (strings.TrimSpace(lines[end-1]) == "" || strings.HasPrefix(lines[end-1], "#")) {
			end--
		}
		if end > 0 && !strings.HasSuffix(lines[end-1], "\n") {
			lines[end-1] += "\n"
		}
		out := strings.Join(lines[:end], "") + b.String() + strings.Join(lines[end:], "")
		return []byte(out), nil
	}
	return nil, fmt.Errorf("%s: no block list under steps: to add to; add the step by hand:\n%s", file, step)
}

// packageName makes a Go package name of a challenge id.
func packageName(id string) string {
	var b strings.Builder
	for _, r := range id {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	name := b.String()
	if name == "" || unicode.IsDigit(rune(name[0])) {
		name = "c" + name
	}
	if token.IsKeyword(name) {
		name += "pkg"
	}
	return name
}

func newChallenge(root, id, lessonID string) ([]string, error) {
	pkg := packageName(id)
	return writeFiles(filepath.Join(root, "exercises", id), [][2]string{
		{"exercise.yaml", fmt.Sprintf(exerciseYAML, id, lessonID, title(id))},
		{"prompt.md", "Write `Double(n int) int`, which returns twice `n`.\n\nReplace this statement, the function, the tests and the hints with your own.\n"},
		{"solution.go", fmt.Sprintf(solutionGo, pkg)},
		{"starter.go", fmt.Sprintf(starterGo, pkg)},
		{"example_test.go", fmt.Sprintf(exampleTestGo, pkg)},
		{"hidden_test.go", fmt.Sprintf(hiddenTestGo, pkg)},
	})
}

const lessonYAML = `# A lesson: see lessons/FORMAT.md in lectern's repository.
id: %[1]s
title: %[2]s
track: My Track
summary: One sentence on what the learner will be able to do.
minutes: 15
version: 1
glossary: glossary.yaml
diagram: diagram.yaml
quiz: quiz.yaml
steps:
  - id: why
    title: Why This Matters
    file: steps/01-why.md
    kind: page
  - id: terms
    title: Define Terms
    file: steps/02-terms.md
    kind: glossary
  - id: visual
    title: Visual Model
    file: steps/03-visual.md
    kind: diagram
  - id: quiz
    title: Quick Quiz
    file: steps/04-quiz.md
    kind: quiz
  - id: challenge
    title: Coding Challenge
    file: steps/05-challenge.md
    kind: challenge
    challenges: [%[3]s]
  - id: next
    title: What Next
    file: steps/06-next.md
    kind: page
`

const glossaryYAML = `terms:
  - term: Input
    definition: What goes in.
    see: [Output]
  - term: Output
    definition: What comes out.
    see: [Input]
`

const diagramYAML = `title: From input to output
caption: The one picture of this lesson.
nodes:
  - id: input
    label: Input
  - id: work
    label: Work
  - id: output
    label: Output
edges:
  - from: input
    to: work
  - from: work
    to: output
tour:
  - node: input
    text: It starts here.
  - edge: input -> work
    text: Then it is worked on.
  - node: work
    text: The interesting part.
  - node: output
    text: And this comes out.
paths:
  - id: all
    name: The whole way
    nodes: [input, work, output]
`

const quizYAML = `pass_percent: 80
questions:
  - id: first-step
    kind: truefalse
    step: why
    prompt: The lesson starts with why it matters.
    answer: true
    explanation: Its first step says so.
  - id: after-input
    kind: single
    step: visual
    prompt: What comes right after the input?
    options:
      - text: The work.
        correct: true
        explanation: Input goes to work, then to output.
      - text: The output.
        explanation: Not before the work is done.
`

const exerciseYAML = `# A coding challenge: see exercises/README.md in lectern's repository.
id: %[1]s
lesson: %[2]s
title: %[3]s
functions:
  - name: Double
    signature: func Double(n int) int
time_limit: 2s
hints:
  - What is n + n?
  - "return 2 * n"
`

const solutionGo = `//go:build !lectern_starter

// Package %[1]s is a coding challenge; this is its reference solution, and
// starter.go is what the learner starts from.
package %[1]s

// Double returns twice n.
func Double(n int) int { return 2 * n }
`

const starterGo = `//go:build lectern_starter

package %[1]s

// Double returns twice n.
func Double(n int) int {
	// Your code here.
	return 0
}
`

const exampleTestGo = `package %[1]s

import "testing"

// These tests are shown to the learner.
func TestDoubleExamples(t *testing.T) {
	for _, tt := range []struct {
		name    string
		n, want int
	}{{"one", 1, 2}, {"three", 3, 6}} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Double(tt.n); got != tt.want {
				t.Errorf("Double(%%d) = %%d, want %%d", tt.n, got, tt.want)
			}
		})
	}
}
`

const hiddenTestGo = `package %[1]s

import "testing"

// Files whose name starts with "hidden" are not shown to the learner.
func TestDouble(t *testing.T) {
	for _, tt := range []struct {
		name    string
		n, want int
	}{{"zero", 0, 0}, {"negative", -4, -8}, {"large", 1 << 40, 1 << 41}} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Double(tt.n); got != tt.want {
				t.Errorf("Double(%%d) = %%d, want %%d", tt.n, got, tt.want)
			}
		})
	}
}
`
