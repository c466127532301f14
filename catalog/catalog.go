// Package catalog loads a lesson pack — lessons and the coding challenges
// they use — into one value that the commands pass down. A pack is a folder
// laid out like the repository's own content:
//
//	<pack>/
//	  lessons/<id>/lesson.yaml …   see lessons/FORMAT.md
//	  exercises/<id>/exercise.yaml …   see exercises/README.md
//
// The built-in course is the embedded pack. A folder of lessons, or one
// lesson folder, also loads; its challenge steps then use the built-in
// challenges (as they always could).
//
// A challenge is found through the catalog that holds it; there is no
// process-wide registry. The package imports exercises (and so the grader),
// so the TUI never imports it: it reaches challenges through
// tui.ChallengeService, which cmd/lectern implements on a Catalog.
package catalog

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/internal/yamlx"
	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
)

// Catalog is one loaded pack.
type Catalog struct {
	// Lessons are sorted by track and title; Challenges by id.
	Lessons    []*lessons.Lesson
	Challenges []*exercises.Challenge
	// Root is the folder the pack came from ("" for the built-in one).
	Root string
	// Kind says how Root was read.
	Kind Kind
	// exercisesFS holds the challenges' folders and exercisesDir names it
	// in messages ("exercises" for the built-in ones).
	exercisesFS  fs.FS
	exercisesDir string
}

// Kind is the shape of the folder a catalog came from.
type Kind string

const (
	Builtin    Kind = "built-in" // the embedded pack
	Pack       Kind = "pack"     // lessons/ and exercises/ side by side
	LessonsDir Kind = "lessons"  // a folder of lesson folders
	LessonDir  Kind = "lesson"   // one lesson folder
)

// Options says how a pack is loaded.
type Options struct {
	// CacheDir, when set, keeps an index of each lessons folder there: a
	// lesson whose lesson.yaml is unchanged since it last loaded without
	// a problem is then an outline (see lessons.Index), read in full when
	// opened, so that start-up does not grow with the number of lessons.
	// Without it every lesson is read and checked in full, as dev check
	// wants.
	CacheDir string
	// Quick loads challenges without the checks only their author needs
	// (see exercises.Options.Quick).
	Quick bool
}

// LoadBuiltin loads the course inside the binary, every lesson in full.
func LoadBuiltin() (*Catalog, error) { return Options{}.LoadBuiltin() }

// Load reads the pack in dir, every lesson in full (see Options.Load).
func Load(dir string) (*Catalog, error) { return Options{}.Load(dir) }

// lessonOptions are the loader's options for the lessons folder fsRoot
// ("" for the built-in one).
func (o Options) lessonOptions(c *Catalog, fsRoot, prefix string) lessons.Options {
	lo := lessons.Options{ChallengeExists: c.has, Prefix: prefix}
	if o.CacheDir != "" {
		if abs, err := filepath.Abs(fsRoot); err == nil && fsRoot != "" {
			fsRoot = abs
		}
		lo.Index = lessons.OpenIndex(o.CacheDir, fsRoot, lo)
	}
	return lo
}

// loadAll loads the lessons folder fsys and saves its index.
func loadAll(fsys fs.FS, opts lessons.Options) ([]*lessons.Lesson, error) {
	ls, err := lessons.LoadAll(fsys, opts)
	_ = opts.Index.Save() // a cache: without it the next start reads every lesson
	return ls, err
}

// LoadBuiltin loads the course inside the binary.
func (o Options) LoadBuiltin() (*Catalog, error) {
	chs, cerr := exercises.LoadBuiltinWith(exercises.Options{Quick: o.Quick})
	c := &Catalog{Kind: Builtin, Challenges: chs, exercisesFS: exercises.Builtin, exercisesDir: "exercises"}
	ls, lerr := loadAll(lessons.Builtin, o.lessonOptions(c, "", "lessons"))
	c.Lessons = ls
	return c, joinProblems(cerr, lerr)
}

// Load reads the pack in dir: a folder holding lessons/ (and, usually,
// exercises/), a folder of lessons, or one lesson folder. Even with
// problems it returns what loaded, so that dev check can report on it.
func (o Options) Load(dir string) (*Catalog, error) {
	// "lessons/" (as shells complete it) is the same folder.
	dir = filepath.Clean(dir)
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s: not a folder of lessons", dir)
	}
	exists := func(rel string) bool {
		_, err := os.Stat(filepath.Join(dir, rel))
		return err == nil
	}
	switch {
	case exists("lessons") || exists("exercises"):
		exDir := filepath.Join(dir, "exercises")
		c := &Catalog{Root: dir, Kind: Pack, exercisesFS: os.DirFS(exDir), exercisesDir: exDir}
		// The challenges load while the lessons do: with a hundred lessons
		// the two take about as long.
		var cerr error
		loaded := make(chan struct{})
		go func() {
			defer close(loaded)
			if exists("exercises") {
				c.Challenges, cerr = exercises.Load(c.exercisesFS, exercises.Options{Prefix: exDir, Quick: o.Quick})
			}
		}()
		lessonsDir := filepath.Join(dir, "lessons")
		lo := o.lessonOptions(c, lessonsDir, lessonsDir)
		if o.Quick {
			// A challenge folder is enough to go on: one that does not
			// load is reported by the challenges' own error.
			lo.ChallengeExists = folderExists(c.exercisesFS)
		} else {
			lo.ChallengeExists = func(id string) bool { <-loaded; return c.has(id) }
		}
		ls, lerr := loadAll(os.DirFS(lessonsDir), lo)
		<-loaded
		if !exists("lessons") {
			lerr = fmt.Errorf("%s: no lessons/ folder: a pack holds lessons/<id>/lesson.yaml (lectern dev new lesson ID makes one)", dir)
		}
		c.Lessons = ls
		return c, joinProblems(cerr, lerr)
	case exists("lesson.yaml"):
		c, builtinErr := o.borrowBuiltin(dir, LessonDir)
		l, err := lessons.Load(os.DirFS(filepath.Dir(dir)), filepath.Base(dir),
			lessons.Options{ChallengeExists: c.has, Prefix: filepath.Dir(dir)})
		if l != nil && err == nil {
			c.Lessons = []*lessons.Lesson{l}
		}
		return c.keepUsed(), joinProblems(builtinErr, err)
	default:
		c, builtinErr := o.borrowBuiltin(dir, LessonsDir)
		ls, err := loadAll(os.DirFS(dir), o.lessonOptions(c, dir, dir))
		c.Lessons = ls
		return c.keepUsed(), joinProblems(builtinErr, err)
	}
}

// borrowBuiltin starts a catalog for a folder without challenges of its
// own: its lessons may use the built-in ones.
func (o Options) borrowBuiltin(dir string, kind Kind) (*Catalog, error) {
	chs, err := exercises.LoadBuiltinWith(exercises.Options{Quick: o.Quick})
	return &Catalog{Root: dir, Kind: kind, Challenges: chs, exercisesFS: exercises.Builtin, exercisesDir: "exercises"}, err
}

// keepUsed keeps only the borrowed challenges that the lessons use, so
// that the author's dev check is about their own lessons.
func (c *Catalog) keepUsed() *Catalog {
	used := map[string]bool{}
	for _, l := range c.Lessons {
		for _, id := range l.ChallengeIDs() {
			used[id] = true
		}
	}
	c.Challenges = slices.DeleteFunc(c.Challenges, func(ch *exercises.Challenge) bool { return !used[ch.ID] })
	return c
}

func (c *Catalog) has(id string) bool { return c.Challenge(id) != nil }

// folderExists reports whether fsys holds a challenge folder named id.
func folderExists(fsys fs.FS) func(id string) bool {
	entries, _ := fs.ReadDir(fsys, ".")
	dirs := map[string]bool{}
	for _, e := range entries {
		if e.IsDir() {
			dirs[e.Name()] = true
		}
	}
	return func(id string) bool { return dirs[id] }
}

// joinProblems puts the file:line problems of both loaders in one error.
func joinProblems(errs ...error) error {
	var ps yamlx.Problems
	var other []error
	for _, err := range errs {
		var p yamlx.Problems
		switch {
		case err == nil:
		case errors.As(err, &p):
			ps = append(ps, p...)
		default:
			other = append(other, err)
		}
	}
	if len(other) > 0 {
		return errors.Join(append(other, ps.Err())...)
	}
	return ps.Err()
}

// Lesson returns the lesson with id, or nil.
func (c *Catalog) Lesson(id string) *lessons.Lesson {
	for _, l := range c.Lessons {
		if l.ID == id {
			return l
		}
	}
	return nil
}

// Challenge returns the challenge with id, or nil.
func (c *Catalog) Challenge(id string) *exercises.Challenge {
	for _, ch := range c.Challenges {
		if ch.ID == id {
			return ch
		}
	}
	return nil
}

// LessonIDs lists the lessons' ids, in the catalog's order.
func (c *Catalog) LessonIDs() []string {
	ids := make([]string, len(c.Lessons))
	for i, l := range c.Lessons {
		ids[i] = l.ID
	}
	return ids
}

// ChallengeIDs lists the challenges' ids, sorted.
func (c *Catalog) ChallengeIDs() []string {
	ids := make([]string, len(c.Challenges))
	for i, ch := range c.Challenges {
		ids[i] = ch.ID
	}
	return ids
}

// Holders lists the lesson steps that hold challenge id (see
// progress.State.RecordAttempt).
func (c *Catalog) Holders(id string) []progress.ChallengeStep {
	return lessons.Holders(c.Lessons, id)
}

// Check reports what is wrong with the pack as a whole, as dev check shows
// it: a challenge that no lesson uses, and an exercise.yaml whose lesson:
// names a lesson that does not use it.
func (c *Catalog) Check() error {
	var ps yamlx.Problems
	for _, ch := range c.Challenges {
		meta := filepath.Join(c.exercisesDir, ch.ID, "exercise.yaml")
		holders := c.Holders(ch.ID)
		if len(holders) == 0 {
			ps.Add(meta, 0, "challenge %q is used by no lesson: name it under challenges: of a challenge step", ch.ID)
		}
		if ch.Lesson == "" {
			continue
		}
		line := c.lessonLine(ch.ID)
		switch l := c.Lesson(ch.Lesson); {
		case l == nil:
			ps.Add(meta, line, "lesson: %q is not a lesson of this pack (lessons: %s)", ch.Lesson, strings.Join(c.LessonIDs(), ", "))
		case !slices.ContainsFunc(holders, func(h progress.ChallengeStep) bool { return h.Lesson == l.ID }):
			ps.Add(meta, line, "lesson: %q has no challenge step that names %q", ch.Lesson, ch.ID)
		}
	}
	return ps.Err()
}

var lessonKeyRE = regexp.MustCompile(`(?m)^lesson:`)

// lessonLine finds the line of the lesson: key in a challenge's
// exercise.yaml (the loader keeps only the value).
func (c *Catalog) lessonLine(id string) int {
	data, err := fs.ReadFile(c.exercisesFS, path.Join(id, "exercise.yaml"))
	if err != nil {
		return 0
	}
	loc := lessonKeyRE.FindIndex(data)
	if loc == nil {
		return 0
	}
	return strings.Count(string(data[:loc[0]]), "\n") + 1
}
