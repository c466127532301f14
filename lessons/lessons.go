// Package lessons loads lesson folders (YAML metadata, Markdown pages, a
// glossary, and the diagrams and quizzes their steps show) and validates
// them, reporting every problem as "file:line: what is wrong". The step
// kinds are constants here. The built-in lessons are embedded in the binary;
// an author's come in a pack (see package catalog).
package lessons

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lectern-dev/lectern/internal/yamlx"
	"github.com/lectern-dev/lectern/progress"
)

// Builtin holds the lessons shipped inside the binary.
//
//go:embed */lesson.yaml */*.yaml */steps/*.md */lab/*.go
var Builtin embed.FS

// Step kinds. Each kind the loader accepts is listed in kinds and has one
// component in package tui (a file named step_<kind>.go) that shows it.
const (
	KindPage       = "page"       // the Markdown page
	KindGlossary   = "glossary"   // the page, then every glossary term
	KindDiagram    = "diagram"    // the page, then the step's diagram with its tour
	KindQuiz       = "quiz"       // the page as an introduction to the step's quiz
	KindChallenge  = "challenge"  // the page, then the step's coding challenges
	KindCheckpoint = "checkpoint" // the page, then where the learner stands in the lesson
	KindLab        = "lab"        // the page, beside a local serverless platform running the learner's handler
)

// kinds is every step kind, in the order messages list them.
var kinds = []string{KindPage, KindGlossary, KindDiagram, KindQuiz, KindChallenge, KindCheckpoint, KindLab}

// Kinds lists every step kind the loader accepts.
func Kinds() []string { return slices.Clone(kinds) }

// Lesson is one validated lesson.
type Lesson struct {
	ID      string
	Title   string
	Track   string
	Summary string
	Minutes int
	Version int
	Steps   []Step
	// Glossary is the lesson's glossary (the g overlay on every step, and
	// the glossary step).
	Glossary []Term
	// Diagram and Quiz are the lesson-level files, the default for a
	// diagram or quiz step that names none of its own (nil when
	// lesson.yaml names none). Read a step's own through Step.
	Diagram *Diagram
	Quiz    *Quiz
	// Dir is where the lesson came from, for messages ("serverless" for
	// the built-in one, or the author's folder).
	Dir string
	// body loads an outline in full (see Index); nil for a full lesson.
	body *lazyBody
}

// Step is one page of a lesson, with the data its kind shows.
type Step struct {
	ID       string
	Title    string
	Kind     string
	File     string // path of the Markdown file, as shown in messages
	Markdown string
	// Diagram is a diagram step's diagram: the step's diagram: file, or
	// the lesson's.
	Diagram *Diagram
	// Quiz is a quiz step's quiz: the step's quiz: file, or the lesson's.
	Quiz *Quiz
	// Challenges are a challenge step's exercise ids, in order (one or
	// more); the step is done when every one has passed.
	Challenges []string
	// Lab is a lab step's platform (its lab: file).
	Lab *Lab
}

// Term is one glossary entry.
type Term struct {
	Term       string
	Definition string
	See        []string
}

// StepIndex returns the position of the step with id, or -1.
func (l *Lesson) StepIndex(id string) int {
	for i, s := range l.Steps {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// StepIDs lists the steps' ids in order.
func (l *Lesson) StepIDs() []string {
	ids := make([]string, len(l.Steps))
	for i, s := range l.Steps {
		ids[i] = s.ID
	}
	return ids
}

// StepsOfKind returns the positions of the steps of a kind, in order.
func (l *Lesson) StepsOfKind(kind string) []int {
	var out []int
	for i, s := range l.Steps {
		if s.Kind == kind {
			out = append(out, i)
		}
	}
	return out
}

// PrimaryQuiz reports whether the step with id is the lesson's first quiz
// step, whose progress record is kept where a lesson's one quiz always was
// (see progress.Lesson.QuizOf).
func (l *Lesson) PrimaryQuiz(stepID string) bool {
	qs := l.StepsOfKind(KindQuiz)
	return len(qs) > 0 && l.Steps[qs[0]].ID == stepID
}

// ChallengeIDs lists the challenges the lesson's steps hold, in order,
// each once.
func (l *Lesson) ChallengeIDs() []string {
	var ids []string
	for _, s := range l.Steps {
		for _, id := range s.Challenges {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// Holders lists the steps of ls that hold challenge id, as progress records
// them (a pass completes a step once all its challenges pass).
func Holders(ls []*Lesson, id string) []progress.ChallengeStep {
	var out []progress.ChallengeStep
	for _, l := range ls {
		for _, s := range l.Steps {
			if slices.Contains(s.Challenges, id) {
				out = append(out, progress.ChallengeStep{Lesson: l.ID, Step: s.ID, Challenges: s.Challenges})
			}
		}
	}
	return out
}

// Options adjusts how lessons are checked.
type Options struct {
	// ChallengeExists reports whether an exercise id is known; nil skips
	// the check.
	ChallengeExists func(id string) bool
	// Prefix is put before file names in messages (the folder the author
	// passed), so that the locations can be opened directly.
	Prefix string
	// Index, when set, lets LoadAll return outlines of the lessons it
	// knows unchanged (see Index); nil loads every lesson in full.
	Index *Index
}

type lessonFile struct {
	ID       string `yaml:"id"`
	Title    string `yaml:"title"`
	Track    string `yaml:"track"`
	Summary  string `yaml:"summary"`
	Minutes  int    `yaml:"minutes"`
	Version  int    `yaml:"version"`
	Glossary string `yaml:"glossary"`
	Diagram  string `yaml:"diagram"`
	Quiz     string `yaml:"quiz"`
	Steps    []struct {
		ID         string   `yaml:"id"`
		Title      string   `yaml:"title"`
		File       string   `yaml:"file"`
		Kind       string   `yaml:"kind"`
		Diagram    string   `yaml:"diagram"`
		Quiz       string   `yaml:"quiz"`
		Challenge  string   `yaml:"challenge"`
		Challenges []string `yaml:"challenges"`
		Lab        string   `yaml:"lab"`
	} `yaml:"steps"`
}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// LoadAll loads every lesson folder (a folder holding lesson.yaml) directly
// under the root of fsys. It returns the lessons that loaded, sorted by
// track and title, and every problem found in any of them. With
// opts.Index, a lesson unchanged since it was indexed is an outline (see
// Index).
func LoadAll(fsys fs.FS, opts Options) ([]*Lesson, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("%s: %v", displayRoot(opts.Prefix), err)
	}
	var all []*Lesson
	var problems yamlx.Problems
	seen := map[string]string{}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(fsys, path.Join(e.Name(), "lesson.yaml")); err != nil {
			continue
		}
		l, err := opts.Index.load(fsys, e.Name(), opts)
		if err != nil {
			var ps yamlx.Problems
			if errors.As(err, &ps) {
				problems = append(problems, ps...)
			} else {
				problems.Add(join(opts.Prefix, e.Name()), 0, "%v", err)
			}
		}
		if l == nil {
			continue
		}
		if other, dup := seen[l.ID]; dup {
			problems.Add(join(opts.Prefix, e.Name(), "lesson.yaml"), 0, "lesson id %q is also used by %s", l.ID, other)
			continue
		}
		seen[l.ID] = e.Name()
		all = append(all, l)
	}
	if len(all) == 0 && len(problems) == 0 {
		problems.Add(displayRoot(opts.Prefix), 0, "no lessons found: a lesson is a folder holding lesson.yaml")
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Track != all[j].Track {
			return all[i].Track < all[j].Track
		}
		return all[i].Title < all[j].Title
	})
	return all, problems.Err()
}

func displayRoot(prefix string) string {
	if prefix == "" {
		return "lessons"
	}
	return prefix
}

func join(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return path.Join(keep...)
}

// Load reads and validates the lesson in folder dir of fsys. Even when it
// reports problems it returns as much of the lesson as could be read (nil
// only when lesson.yaml itself is unusable), so callers can show both.
func Load(fsys fs.FS, dir string, opts Options) (*Lesson, error) {
	var ps yamlx.Problems
	name := func(f string) string { return join(opts.Prefix, dir, f) }
	metaName := name("lesson.yaml")

	data, err := fs.ReadFile(fsys, path.Join(dir, "lesson.yaml"))
	if err != nil {
		ps.Add(metaName, 0, "cannot read: %v", unwrapPathError(err))
		return nil, ps
	}
	var lf lessonFile
	doc, err := yamlx.Decode(metaName, data, &lf)
	if err != nil {
		return nil, err
	}
	l := &Lesson{ID: lf.ID, Title: strings.TrimSpace(lf.Title), Track: strings.TrimSpace(lf.Track),
		Summary: strings.TrimSpace(lf.Summary), Minutes: lf.Minutes, Version: lf.Version, Dir: join(opts.Prefix, dir)}

	switch {
	case lf.ID == "":
		ps.Add(metaName, doc.Line(), "missing id (lower-case letters, digits and dashes, e.g. serverless)")
	case !idRE.MatchString(lf.ID):
		ps.Add(metaName, doc.Line("id"), "id %q must be lower-case letters, digits and dashes", lf.ID)
	}
	if l.Title == "" {
		ps.Add(metaName, doc.Line("title"), "missing or empty title")
	}
	if l.Track == "" {
		ps.Add(metaName, doc.Line("track"), "missing or empty track")
	}
	if lf.Minutes <= 0 {
		ps.Add(metaName, doc.Line("minutes"), "minutes must be a positive whole number (the estimated time)")
	}
	if lf.Version <= 0 {
		ps.Add(metaName, doc.Line("version"), "version must be a positive whole number (bump it when a change makes old progress misleading)")
	}
	if len(lf.Steps) == 0 {
		ps.Add(metaName, doc.Line("steps"), "no steps: list the lesson's pages under steps:")
	}

	stepIDs := map[string]bool{}
	for i, s := range lf.Steps {
		st := Step{ID: s.ID, Title: strings.TrimSpace(s.Title), Kind: s.Kind, File: name(s.File)}
		line := doc.Line("steps", i)
		switch {
		case s.ID == "":
			ps.Add(metaName, line, "step %d has no id", i+1)
		case !idRE.MatchString(s.ID):
			ps.Add(metaName, doc.Line("steps", i, "id"), "step id %q must be lower-case letters, digits and dashes", s.ID)
		case stepIDs[s.ID]:
			ps.Add(metaName, doc.Line("steps", i, "id"), "duplicate step id %q", s.ID)
		}
		stepIDs[s.ID] = true
		if st.Title == "" {
			ps.Add(metaName, doc.Line("steps", i, "title"), "step %q has no title", s.ID)
		}
		if st.Kind == "" {
			st.Kind = KindPage
		} else if !slices.Contains(kinds, st.Kind) {
			ps.Add(metaName, doc.Line("steps", i, "kind"), "unknown step kind %q (use one of %s)", st.Kind, strings.Join(kinds, ", "))
		}
		// The keys that name a kind's data belong to that kind only.
		for _, k := range []struct {
			key, kind string
			set       bool
		}{{"diagram", KindDiagram, s.Diagram != ""}, {"quiz", KindQuiz, s.Quiz != ""},
			{"challenge", KindChallenge, s.Challenge != ""}, {"challenges", KindChallenge, s.Challenges != nil},
			{"lab", KindLab, s.Lab != ""}} {
			if k.set && st.Kind != k.kind {
				ps.Add(metaName, doc.Line("steps", i, k.key), "only a step of kind %s names %s:", k.kind, k.key)
			}
		}
		if st.Kind == KindChallenge {
			st.Challenges = stepChallenges(&ps, metaName, doc, i, s.ID, s.Challenge, s.Challenges, opts)
		}
		if s.File == "" {
			ps.Add(metaName, line, "step %q has no file (its Markdown page)", s.ID)
		} else {
			md, problem := readText(fsys, path.Join(dir, s.File))
			switch {
			case problem != "":
				ps.Add(metaName, doc.Line("steps", i, "file"), "step %q: %s: %s", s.ID, s.File, problem)
			default:
				st.Markdown = md
				checkMarkdown(&ps, st.File, md)
			}
		}
		l.Steps = append(l.Steps, st)
	}

	// read reads a file lesson.yaml names (at line, under key); each file
	// is read and checked once however many steps name it.
	type parsed struct {
		diagram *Diagram
		quiz    *Quiz
		lab     *Lab
		ok      bool
	}
	files := map[string]*parsed{}
	read := func(key, rel string, line int) *parsed {
		if p, ok := files[key+":"+rel]; ok {
			return p
		}
		p := &parsed{}
		files[key+":"+rel] = p
		data, err := fs.ReadFile(fsys, path.Join(dir, rel))
		if err != nil {
			ps.Add(metaName, line, "%s %s: %v", key, rel, unwrapPathError(err))
			return p
		}
		p.ok = true
		switch key {
		case "glossary":
			l.Glossary = loadGlossary(name(rel), data, &ps)
		case "diagram":
			p.diagram = loadDiagram(name(rel), data, &ps)
		case "quiz":
			p.quiz = loadQuiz(name(rel), data, l.StepIDs(), &ps)
		case "lab":
			p.lab = loadLab(fsys, dir, rel, name(rel), data, &ps)
		}
		return p
	}
	if lf.Glossary != "" {
		read("glossary", lf.Glossary, doc.Line("glossary"))
	} else if len(l.StepsOfKind(KindGlossary)) > 0 {
		ps.Add(metaName, doc.Line(), "a step has kind glossary, so lesson.yaml needs glossary: (its file)")
	}
	var lessonDiagram, lessonQuiz *parsed
	if lf.Diagram != "" {
		lessonDiagram = read("diagram", lf.Diagram, doc.Line("diagram"))
		l.Diagram = lessonDiagram.diagram
	}
	if lf.Quiz != "" {
		lessonQuiz = read("quiz", lf.Quiz, doc.Line("quiz"))
		l.Quiz = lessonQuiz.quiz
	}
	quizFile := map[int]string{} // quiz step index -> the file its quiz came from
	for i, s := range lf.Steps {
		st := &l.Steps[i]
		switch st.Kind {
		case KindDiagram:
			switch {
			case s.Diagram != "":
				st.Diagram = read("diagram", s.Diagram, doc.Line("steps", i, "diagram")).diagram
			case lessonDiagram != nil:
				st.Diagram = lessonDiagram.diagram
			default:
				ps.Add(metaName, doc.Line(), "a step has kind diagram, so lesson.yaml needs diagram: (its file), or step %q its own diagram:", s.ID)
			}
		case KindLab:
			if s.Lab == "" {
				ps.Add(metaName, doc.Line("steps", i), "step %q has kind lab, so it needs lab: (its file)", s.ID)
			} else {
				st.Lab = read("lab", s.Lab, doc.Line("steps", i, "lab")).lab
			}
		case KindQuiz:
			switch {
			case s.Quiz != "":
				st.Quiz = read("quiz", s.Quiz, doc.Line("steps", i, "quiz")).quiz
				quizFile[i] = name(s.Quiz)
			case lessonQuiz != nil:
				st.Quiz = lessonQuiz.quiz
				quizFile[i] = name(lf.Quiz)
			default:
				ps.Add(metaName, doc.Line(), "a step has kind quiz, so lesson.yaml needs quiz: (its file), or step %q its own quiz:", s.ID)
			}
		}
	}
	checkReviewOrder(&ps, l, quizFile)
	return l, ps.Err()
}

// checkReviewOrder rejects a quiz question that reviews a step coming
// after its quiz step: a quiz may only ask about what the learner has
// already been taught. A quiz file that several quiz steps share is held
// to each of them.
func checkReviewOrder(ps *yamlx.Problems, l *Lesson, quizFile map[int]string) {
	for i, st := range l.Steps {
		if st.Kind != KindQuiz || st.Quiz == nil {
			continue
		}
		for _, q := range st.Quiz.Questions {
			at := l.StepIndex(q.Step)
			if at <= i {
				continue // before the quiz (or unknown, which the quiz's own checks report)
			}
			ps.Add(quizFile[i], q.Line, "question %q reviews step %d (%s), which comes after its quiz, step %d (%s): a quiz may only ask about the steps before it; move the question to a later quiz, or the material to an earlier step",
				q.ID, at+1, l.Steps[at].ID, i+1, st.ID)
		}
	}
}

// stepChallenges checks what a challenge step names: challenge: one id, or
// challenges: a list of them.
func stepChallenges(ps *yamlx.Problems, metaName string, doc *yamlx.Doc, i int, stepID, one string, list []string, opts Options) []string {
	key := "challenges"
	switch {
	case one != "" && list != nil:
		ps.Add(metaName, doc.Line("steps", i, "challenge"), "step %q names both challenge: and challenges:; list them all under challenges:", stepID)
		return nil
	case one != "":
		key, list = "challenge", []string{one}
	case len(list) == 0:
		ps.Add(metaName, doc.Line("steps", i), "step %q is a challenge step but names no challenge", stepID)
		return nil
	}
	var ids []string
	for j, id := range list {
		line := doc.Line("steps", i, key)
		if key == "challenges" {
			line = doc.Line("steps", i, key, j)
		}
		switch {
		case slices.Contains(ids, id):
			ps.Add(metaName, line, "step %q names challenge %q twice", stepID, id)
			continue
		case opts.ChallengeExists != nil && !opts.ChallengeExists(id):
			ps.Add(metaName, line, "unknown challenge %q", id)
		}
		ids = append(ids, id)
	}
	return ids
}

// readText reads a content file and returns its text, or a short
// description of why it can't be used.
func readText(fsys fs.FS, p string) (string, string) {
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		return "", unwrapPathError(err).Error()
	}
	if !utf8.Valid(data) {
		return "", "not valid UTF-8 text"
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "the file is empty"
	}
	return string(data), ""
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("file not found")
		}
		return pe.Err
	}
	return err
}

// checkMarkdown catches the mistakes that silently swallow the rest of a
// page: a code fence that is opened and never closed.
func checkMarkdown(ps *yamlx.Problems, file, md string) {
	open := 0
	fence := ""
	for i, line := range strings.Split(md, "\n") {
		t := strings.TrimSpace(line)
		if fence == "" {
			if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				fence = t[:3]
				open = i + 1
			}
			continue
		}
		if strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
			fence = ""
		}
	}
	if fence != "" {
		ps.Add(file, open, "code block opened with %s is never closed", fence)
	}
}
