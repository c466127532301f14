package catalog

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const fixture = "../testdata/pack"

func TestLoadAPack(t *testing.T) {
	c, err := Load(fixture + "/")
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != Pack || c.Root != fixture {
		t.Errorf("kind %s root %q", c.Kind, c.Root)
	}
	if got := c.LessonIDs(); !slices.Equal(got, []string{"alpha", "beta"}) {
		t.Errorf("lessons %v", got)
	}
	if got := c.ChallengeIDs(); !slices.Equal(got, []string{"adder", "greet", "shout"}) {
		t.Errorf("challenges %v", got)
	}
	if ch := c.Challenge("greet"); ch == nil || ch.ImportPath != "example.com/pack/greet" || ch.Dir != filepath.Join(fixture, "exercises", "greet") {
		t.Errorf("greet = %+v", ch)
	}
	if c.Challenge("cost-calculator") != nil {
		t.Error("a pack sees the built-in challenges")
	}
	if h := c.Holders("adder"); len(h) != 1 || h[0].Step != "add" {
		t.Errorf("holders of adder: %+v", h)
	}
	if err := c.Check(); err != nil {
		t.Errorf("Check: %v", err)
	}
}

// A folder of lessons, or one lesson folder, uses the built-in challenges
// (and only those its lessons name).
func TestLessonFoldersBorrowTheBuiltinChallenges(t *testing.T) {
	c, err := Load("../lessons")
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != LessonsDir || len(c.Lessons) == 0 || len(c.Challenges) == 0 {
		t.Fatalf("kind %s, %d lessons, %d challenges", c.Kind, len(c.Lessons), len(c.Challenges))
	}
	for _, ch := range c.Challenges {
		if len(c.Holders(ch.ID)) == 0 {
			t.Errorf("borrowed %s, which no lesson uses", ch.ID)
		}
	}
	c, err = Load(fixture + "/lessons/beta")
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != LessonDir || len(c.Lessons) != 1 || c.Lessons[0].ID != "beta" || len(c.Challenges) != 0 {
		t.Fatalf("kind %s lessons %v challenges %v", c.Kind, c.LessonIDs(), c.ChallengeIDs())
	}
	// The fixture's own lesson names challenges the built-in course lacks.
	_, err = Load(fixture + "/lessons")
	if err == nil || !strings.Contains(err.Error(), `lessons/alpha/lesson.yaml:31: unknown challenge "adder"`) {
		t.Fatalf("err = %v", err)
	}
}

func TestCheckReportsUnusedChallengesAndWrongLessons(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, fixture, dir)
	copyDir(t, fixture+"/exercises/adder", filepath.Join(dir, "exercises", "loner"))
	for _, f := range []struct{ name, old, new string }{
		{"exercises/loner/exercise.yaml", "id: adder\nlesson: alpha", "id: loner\nlesson: beta"},
		{"exercises/greet/exercise.yaml", "title: Greeter", "lesson: gamma\ntitle: Greeter"},
	} {
		p := filepath.Join(dir, f.name)
		data, err := os.ReadFile(p)
		if err != nil || !strings.Contains(string(data), f.old) {
			t.Fatalf("%s: %v", f.name, err)
		}
		os.WriteFile(p, []byte(strings.Replace(string(data), f.old, f.new, 1)), 0o644)
	}
	c, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	err = c.Check()
	for _, want := range []string{
		filepath.Join(dir, "exercises/loner/exercise.yaml") + `: challenge "loner" is used by no lesson`,
		filepath.Join(dir, "exercises/loner/exercise.yaml") + `:3: lesson: "beta" has no challenge step that names "loner"`,
		filepath.Join(dir, "exercises/greet/exercise.yaml") + `:3: lesson: "gamma" is not a lesson of this pack (lessons: alpha, beta)`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Check:\n%v\nwant %q", err, want)
		}
	}
}

func TestNotAPack(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope")); err == nil || !strings.Contains(err.Error(), "not a folder of lessons") {
		t.Errorf("a missing folder: %v", err)
	}
	dir := t.TempDir()
	copyDir(t, fixture+"/exercises", filepath.Join(dir, "exercises"))
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "no lessons/ folder") {
		t.Errorf("a pack without lessons: %v", err)
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		target := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
