package progress

import (
	"path/filepath"
	"testing"
	"time"
)

func TestLabTasksAreKeptOnce(t *testing.T) {
	st := &State{}
	first := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	l := st.Lesson("serverless")
	if l.LabTask("experiment", "cold-warm") {
		t.Fatal("done before anything")
	}
	l.LabTaskDone("experiment", "cold-warm", first)
	l.LabTaskDone("experiment", "cold-warm", first.Add(time.Hour))
	if !l.LabTask("experiment", "cold-warm") || l.Labs["experiment"]["cold-warm"] != first || l.LabTask("other", "cold-warm") {
		t.Fatalf("labs %v", l.Labs)
	}
	var none *Lesson
	if none.LabTask("experiment", "cold-warm") {
		t.Fatal("a nil lesson has tasks")
	}
	// They survive the file.
	s := Open(filepath.Join(t.TempDir(), "state"))
	if _, _, err := s.Update(func(st *State) error {
		st.Lesson("serverless").LabTaskDone("experiment", "burst", first)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	got, _, err := s.Load()
	if err != nil || !got.Lessons["serverless"].LabTask("experiment", "burst") {
		t.Fatalf("after a reload: %+v %v", got.Lessons["serverless"], err)
	}
}
