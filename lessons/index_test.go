package lessons

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// copyDir copies the fixture lessons into a folder the test may change.
func copyDir(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	if err := os.CopyFS(to, os.DirFS(from)); err != nil {
		t.Fatal(err)
	}
	return to
}

// loadIndexed loads dir through the index kept in cache, and saves it.
func loadIndexed(t *testing.T, cache, dir string) ([]*Lesson, error) {
	t.Helper()
	opts := Options{Prefix: "pack"}
	opts.Index = OpenIndex(cache, dir, opts)
	ls, err := LoadAll(os.DirFS(dir), opts)
	if serr := opts.Index.Save(); serr != nil {
		t.Fatal(serr)
	}
	return ls, err
}

func outlines(ls []*Lesson) (n int) {
	for _, l := range ls {
		if l.Outline() {
			n++
		}
	}
	return n
}

// A second start finds every lesson unchanged in the index: outlines with
// what lists show, and in full, when opened, the same lesson Load reads.
func TestIndexGivesOutlinesOfUnchangedLessons(t *testing.T) {
	dir, cache := copyDir(t, "../testdata/pack/lessons"), t.TempDir()
	first, err := loadIndexed(t, cache, dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := outlines(first); n != 0 {
		t.Fatalf("the first load gave %d outlines; it has no index to take them from", n)
	}
	second, err := loadIndexed(t, cache, dir)
	if err != nil {
		t.Fatal(err)
	}
	if n := outlines(second); n != len(first) {
		t.Fatalf("the second load gave %d outlines of %d lessons", n, len(first))
	}
	for i, o := range second {
		want := first[i]
		if got := outlineOf(o); !reflect.DeepEqual(got, outlineOf(want)) {
			t.Errorf("outline of %s:\n got %+v\nwant %+v", want.ID, got, outlineOf(want))
		}
		if o.Steps[0].Markdown != "" {
			t.Errorf("outline of %s holds a page: the index would be as slow as loading", o.ID)
		}
		if _, ok := o.Loaded(); ok {
			t.Errorf("outline of %s is loaded before Full", o.ID)
		}
		full, err := o.Full()
		if err != nil {
			t.Fatalf("Full(%s): %v", o.ID, err)
		}
		if full.Steps[0].Markdown != want.Steps[0].Markdown || len(full.Glossary) != len(want.Glossary) ||
			!reflect.DeepEqual(full.Quiz, want.Quiz) {
			t.Errorf("Full(%s) differs from Load", o.ID)
		}
		if l, ok := o.Loaded(); !ok || l != full {
			t.Errorf("Loaded(%s) after Full = %v, %v", o.ID, l, ok)
		}
	}
}

// A lesson.yaml that changed is read again, in full; one whose other files
// broke since is still listed, and opening it names the problem.
func TestIndexNoticesChanges(t *testing.T) {
	dir, cache := copyDir(t, "../testdata/pack/lessons"), t.TempDir()
	if _, err := loadIndexed(t, cache, dir); err != nil {
		t.Fatal(err)
	}
	meta := filepath.Join(dir, "alpha", "lesson.yaml")
	data, err := os.ReadFile(meta)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(data), "title: ", "title: New ", 1)
	if err := os.WriteFile(meta, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "beta", "quiz.yaml"), []byte("questions: [oops\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ls, err := loadIndexed(t, cache, dir)
	if err != nil {
		t.Fatalf("the listing read a file it did not need: %v", err)
	}
	alpha, beta := ls[0], ls[1]
	if alpha.ID != "alpha" {
		alpha, beta = beta, alpha
	}
	if alpha.Outline() || !strings.HasPrefix(alpha.Title, "New ") {
		t.Errorf("changed lesson.yaml: outline %v, title %q", alpha.Outline(), alpha.Title)
	}
	if !beta.Outline() {
		t.Fatal("beta's lesson.yaml did not change, yet it was read")
	}
	_, err = beta.Full()
	if err == nil || !strings.Contains(err.Error(), "pack/beta/quiz.yaml:") {
		t.Fatalf("opening beta with a broken quiz: %v", err)
	}
}

// Same size, later time: still a change.
func TestIndexComparesTimes(t *testing.T) {
	dir, cache := copyDir(t, "../testdata/pack/lessons"), t.TempDir()
	if _, err := loadIndexed(t, cache, dir); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "beta", "lesson.yaml"), later, later); err != nil {
		t.Fatal(err)
	}
	ls, _ := loadIndexed(t, cache, dir)
	if n := outlines(ls); n != len(ls)-1 {
		t.Fatalf("%d outlines of %d lessons, want all but beta", n, len(ls))
	}
}

// A lesson whose challenge is gone is read in full, so that the problem is
// reported as it would be without an index.
func TestIndexChecksChallengesStillExist(t *testing.T) {
	dir, cache := copyDir(t, "../testdata/pack/lessons"), t.TempDir()
	if _, err := loadIndexed(t, cache, dir); err != nil {
		t.Fatal(err)
	}
	opts := Options{Prefix: "pack", ChallengeExists: func(string) bool { return false }}
	opts.Index = OpenIndex(cache, dir, Options{Prefix: "pack"})
	_, err := LoadAll(os.DirFS(dir), opts)
	if err == nil || !strings.Contains(err.Error(), "unknown challenge") {
		t.Fatalf("err = %v", err)
	}
}

// A damaged index is a cache miss, never an error.
func TestIndexSurvivesCorruption(t *testing.T) {
	dir, cache := copyDir(t, "../testdata/pack/lessons"), t.TempDir()
	if _, err := loadIndexed(t, cache, dir); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(cache, "index", "*.gob"))
	if len(files) != 1 {
		t.Fatalf("index files %v", files)
	}
	if err := os.WriteFile(files[0], []byte("\x1f\xff\x81\x03\x01\x01\tindexFile"), 0o644); err != nil {
		t.Fatal(err)
	}
	ls, err := loadIndexed(t, cache, dir)
	if err != nil || len(ls) != 2 || outlines(ls) != 0 {
		t.Fatalf("after corruption: %d lessons, %d outlines, %v", len(ls), outlines(ls), err)
	}
	if ls, _ := loadIndexed(t, cache, dir); outlines(ls) != 2 {
		t.Fatal("the index was not rebuilt")
	}
}

// A folder without modification times (the binary's own) is compared by
// content.
func TestIndexHashesWhenThereAreNoTimes(t *testing.T) {
	fsys := fstest.MapFS{}
	for name, f := range demoFS() {
		fsys[name] = f
	}
	cache := t.TempDir()
	load := func() []*Lesson {
		opts := Options{}
		opts.Index = OpenIndex(cache, "demo", opts)
		ls, err := LoadAll(fsys, opts)
		if err != nil {
			t.Fatal(err)
		}
		if err := opts.Index.Save(); err != nil {
			t.Fatal(err)
		}
		return ls
	}
	load()
	if ls := load(); outlines(ls) != len(ls) {
		t.Fatal("unchanged lessons were read again")
	}
	for name, f := range fsys {
		if strings.HasSuffix(name, "lesson.yaml") {
			fsys[name] = &fstest.MapFile{Data: append([]byte("# edited\n"), f.Data...)}
		}
	}
	if ls := load(); outlines(ls) != 0 {
		t.Fatal("edited lessons came from the index")
	}
}
