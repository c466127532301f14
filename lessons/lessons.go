// Package lessons loads lesson folders (YAML metadata, Markdown pages, a
// glossary, a diagram and a quiz) and validates them, reporting every problem
// as "file:line: what is wrong". The built-in lessons are embedded in the
// binary; an author can point lectern at a folder of their own instead.
package lessons

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lectern-dev/lectern/internal/yamlx"
)

// Builtin holds the lessons shipped inside the binary.
//
//go:embed */lesson.yaml */*.yaml */steps/*.md
var Builtin embed.FS

// Step kinds: what the TUI shows after a step's page.
const (
	KindPage      = "page"
	KindGlossary  = "glossary"
	KindDiagram   = "diagram"
	KindQuiz      = "quiz"
	KindChallenge = "challenge"
)

var kinds = []string{KindPage, KindGlossary, KindDiagram, KindQuiz, KindChallenge}

// Lesson is one validated lesson.
type Lesson struct {
	ID       string
	Title    string
	Track    string
	Summary  string
	Minutes  int
	Version  int
	Steps    []Step
	Glossary []Term
	Diagram  *Diagram
	Quiz     *Quiz
	// Dir is where the lesson came from, for messages ("serverless" for
	// the built-in one, or the author's folder).
	Dir string
}

// Step is one page of a lesson.
type Step struct {
	ID        string
	Title     string
	Kind      string
	File      string // path of the Markdown file, as shown in messages
	Markdown  string
	Challenge string // exercise id, for KindChallenge
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

// StepByKind returns the first step of a kind, or nil.
func (l *Lesson) StepByKind(kind string) *Step {
	for i := range l.Steps {
		if l.Steps[i].Kind == kind {
			return &l.Steps[i]
		}
	}
	return nil
}

// Options adjusts how lessons are checked.
type Options struct {
	// ChallengeExists reports whether an exercise id is known; nil skips
	// the check.
	ChallengeExists func(id string) bool
	// Prefix is put before file names in messages (the folder the author
	// passed), so that the locations can be opened directly.
	Prefix string
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
		ID        string `yaml:"id"`
		Title     string `yaml:"title"`
		File      string `yaml:"file"`
		Kind      string `yaml:"kind"`
		Challenge string `yaml:"challenge"`
	} `yaml:"steps"`
}

var idRE = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// LoadAll loads every lesson folder (a folder holding lesson.yaml) directly
// under the root of fsys. It returns the lessons that loaded, sorted by
// track and title, and every problem found in any of them.
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
		l, err := Load(fsys, e.Name(), opts)
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
		st := Step{ID: s.ID, Title: strings.TrimSpace(s.Title), Kind: s.Kind, File: name(s.File), Challenge: s.Challenge}
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
		} else if !contains(kinds, st.Kind) {
			ps.Add(metaName, doc.Line("steps", i, "kind"), "unknown step kind %q (use one of %s)", st.Kind, strings.Join(kinds, ", "))
		}
		if st.Kind == KindChallenge {
			switch {
			case s.Challenge == "":
				ps.Add(metaName, line, "step %q is a challenge step but names no challenge", s.ID)
			case opts.ChallengeExists != nil && !opts.ChallengeExists(s.Challenge):
				ps.Add(metaName, doc.Line("steps", i, "challenge"), "unknown challenge %q", s.Challenge)
			}
		} else if s.Challenge != "" {
			ps.Add(metaName, doc.Line("steps", i, "challenge"), "only a step of kind challenge names a challenge")
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

	// part reads the file lesson.yaml names under key (glossary, diagram,
	// quiz); a step of that kind makes it required.
	part := func(kind, key, rel string) (file string, data []byte, ok bool) {
		if rel == "" {
			if l.StepByKind(kind) != nil {
				ps.Add(metaName, doc.Line(), "a step has kind %s, so lesson.yaml needs %s: (its file)", kind, key)
			}
			return "", nil, false
		}
		data, err := fs.ReadFile(fsys, path.Join(dir, rel))
		if err != nil {
			ps.Add(metaName, doc.Line(key), "%s %s: %v", key, rel, unwrapPathError(err))
			return "", nil, false
		}
		return name(rel), data, true
	}
	if file, data, ok := part(KindGlossary, "glossary", lf.Glossary); ok {
		l.Glossary = loadGlossary(file, data, &ps)
	}
	if file, data, ok := part(KindDiagram, "diagram", lf.Diagram); ok {
		l.Diagram = loadDiagram(file, data, &ps)
	}
	if file, data, ok := part(KindQuiz, "quiz", lf.Quiz); ok {
		l.Quiz = loadQuiz(file, data, l.StepIDs(), &ps)
	}
	return l, ps.Err()
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

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
