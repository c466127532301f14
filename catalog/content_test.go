package catalog

import "testing"

// Content test: the built-in course is a consistent pack — every lesson
// loads, every challenge step names a built-in challenge, and every
// challenge is used by a lesson. (cmd/lectern's content tests also grade
// each challenge's reference and starter, as dev check does.)
func TestBuiltinPackIsConsistent(t *testing.T) {
	c, err := LoadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	if c.Kind != Builtin || len(c.Lessons) == 0 || len(c.Challenges) == 0 {
		t.Fatalf("kind %s, %d lessons, %d challenges", c.Kind, len(c.Lessons), len(c.Challenges))
	}
	if err := c.Check(); err != nil {
		t.Fatal(err)
	}
}
