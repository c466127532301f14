package progress

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The concurrency test re-runs this test binary as separate processes, each
// adding steps to the same file, to prove no update is lost across processes.
func TestMain(m *testing.M) {
	if dir := os.Getenv("PROGRESS_TEST_WRITER_DIR"); dir != "" {
		id := os.Getenv("PROGRESS_TEST_WRITER_ID")
		n, _ := strconv.Atoi(os.Getenv("PROGRESS_TEST_WRITER_N"))
		s := Open(dir)
		for i := 0; i < n; i++ {
			if _, _, err := s.Update(func(st *State) error {
				st.Lesson("serverless").MarkDone(fmt.Sprintf("%s-%d", id, i), time.Now())
				return nil
			}); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(3)
			}
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestMissingFileIsEmptyState(t *testing.T) {
	st, notice, err := Open(t.TempDir()).Load()
	if err != nil || notice != nil {
		t.Fatalf("Load() = notice %v, err %v; want neither", notice, err)
	}
	if len(st.Lessons) != 0 || st.Version != FormatVersion {
		t.Fatalf("Load() = %+v, want an empty version-%d state", st, FormatVersion)
	}
}

func TestUpdateRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := Open(dir)
	at := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	_, _, err := s.Update(func(st *State) error {
		l := st.Lesson("serverless")
		l.ContentVersion = 3
		l.CurrentStep = "visual"
		l.MarkDone("why", at)
		st.Challenge("cost-calculator").AddAttempt(Attempt{At: at, Verdict: "pass", Passed: 9, Total: 9})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	st, _, err := Open(dir).Load()
	if err != nil {
		t.Fatal(err)
	}
	l := st.Lessons["serverless"]
	if l == nil || l.CurrentStep != "visual" || !l.Done("why") || l.ContentVersion != 3 || !l.StepsDone["why"].Equal(at) {
		t.Fatalf("reloaded lesson = %+v, want current step visual, why done at %v, content version 3", l, at)
	}
	if c := st.Challenges["cost-calculator"]; c == nil || !c.Passed || len(c.Attempts) != 1 {
		t.Fatalf("reloaded challenge = %+v, want one passing attempt", c)
	}
	// No temporary files are left beside the progress file.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("left behind %s", e.Name())
		}
	}
}

func TestFailedChangeWritesNothing(t *testing.T) {
	s := Open(t.TempDir())
	_, _, err := s.Update(func(st *State) error {
		st.Lesson("serverless").CurrentStep = "code"
		return fmt.Errorf("changed my mind")
	})
	if err == nil {
		t.Fatal("Update returned nil, want the change's error")
	}
	if _, err := os.Stat(s.Path()); !os.IsNotExist(err) {
		t.Fatalf("progress file exists after a failed change (stat err %v)", err)
	}
}

func TestCorruptFileIsBackedUpAndReplaced(t *testing.T) {
	for _, garbage := range []string{"\x00\x01garbage{{{", "", "[1,2,3]", `{"version": 1, "lessons": 7}`, `{"lessons":{}}`} {
		t.Run(fmt.Sprintf("%q", garbage), func(t *testing.T) {
			dir := t.TempDir()
			s := Open(dir)
			if err := os.WriteFile(s.Path(), []byte(garbage), 0o600); err != nil {
				t.Fatal(err)
			}
			st, notice, err := s.Load()
			if err != nil {
				t.Fatalf("Load() error %v, want a notice and a fresh state", err)
			}
			if notice == nil || notice.Backup == "" {
				t.Fatalf("Load() notice = %v, want one naming a backup", notice)
			}
			if !strings.Contains(notice.Msg, notice.Backup) || !strings.Contains(notice.Msg, "Started fresh") {
				t.Errorf("notice %q should name the backup and say it started fresh", notice.Msg)
			}
			kept, err := os.ReadFile(notice.Backup)
			if err != nil || string(kept) != garbage {
				t.Fatalf("backup holds %q (err %v), want the original bytes %q", kept, err, garbage)
			}
			if len(st.Lessons) != 0 {
				t.Errorf("state after corruption = %+v, want empty", st)
			}
			// Told once: the damaged file was moved aside, not copied.
			if _, again, _ := s.Load(); again != nil {
				t.Fatalf("second Load warned again: %v", again.Msg)
			}
			// The next write replaces the damaged file with a good one.
			if _, _, err := s.Update(func(st *State) error { st.Lesson("serverless").CurrentStep = "why"; return nil }); err != nil {
				t.Fatal(err)
			}
			if st, notice, err := s.Load(); err != nil || notice != nil || st.Lessons["serverless"].CurrentStep != "why" {
				t.Fatalf("after rewrite: state %+v notice %v err %v", st, notice, err)
			}
		})
	}
}

func TestNewerFormatIsLeftAlone(t *testing.T) {
	for _, future := range []string{`{"version": 99, "lessons": {}}`, `{"version": 99, "lessons": ["a layout this lectern does not know"]}`} {
		testNewerFormatIsLeftAlone(t, future)
	}
}

func testNewerFormatIsLeftAlone(t *testing.T, future string) {
	s := Open(t.TempDir())
	os.WriteFile(s.Path(), []byte(future), 0o600)
	if _, _, err := s.Load(); err == nil || !strings.Contains(err.Error(), "newer version") {
		t.Fatalf("Load() err = %v, want it to mention a newer version", err)
	}
	if _, _, err := s.Update(func(*State) error { return nil }); err == nil {
		t.Fatal("Update over a newer-format file succeeded, want an error")
	}
	if data, _ := os.ReadFile(s.Path()); string(data) != future {
		t.Fatalf("newer-format file was changed to %q", data)
	}
}

func TestUnwritableDirectorySaysProgressWontBeSaved(t *testing.T) {
	// A path under a regular file can never be created, even by root.
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o600)
	s := Open(filepath.Join(blocker, "lectern"))
	if _, _, err := s.Load(); err != nil {
		t.Fatalf("Load() from an unreachable dir = %v, want an empty state", err)
	}
	_, _, err := s.Update(func(st *State) error { st.Lesson("x").CurrentStep = "y"; return nil })
	if err == nil || !strings.Contains(err.Error(), "won't be saved") {
		t.Fatalf("Update() err = %v, want one saying progress won't be saved", err)
	}
}

func TestConcurrentUpdatesInOneProcess(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				Open(dir).Update(func(st *State) error {
					st.Lesson("serverless").MarkDone(fmt.Sprintf("g%d-%d", g, i), time.Now())
					return nil
				})
			}
		}()
	}
	wg.Wait()
	st, _, _ := Open(dir).Load()
	if got := len(st.Lessons["serverless"].StepsDone); got != 80 {
		t.Fatalf("%d steps recorded, want 80: updates were lost", got)
	}
}

func TestConcurrentUpdatesAcrossProcesses(t *testing.T) {
	dir := t.TempDir()
	const procs, each = 4, 25
	var cmds []*exec.Cmd
	for p := 0; p < procs; p++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(),
			"PROGRESS_TEST_WRITER_DIR="+dir,
			"PROGRESS_TEST_WRITER_ID=p"+strconv.Itoa(p),
			"PROGRESS_TEST_WRITER_N="+strconv.Itoa(each))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, c := range cmds {
		if err := c.Wait(); err != nil {
			t.Fatalf("writer process: %v", err)
		}
	}
	st, notice, err := Open(dir).Load()
	if err != nil || notice != nil {
		t.Fatalf("Load: notice %v err %v", notice, err)
	}
	if got := len(st.Lessons["serverless"].StepsDone); got != procs*each {
		t.Fatalf("%d steps recorded, want %d: updates were lost between processes", got, procs*each)
	}
}

func TestAttemptHistoryIsBounded(t *testing.T) {
	var c Challenge
	for i := 0; i < MaxAttempts+10; i++ {
		c.AddAttempt(Attempt{Verdict: "fail", Passed: i})
	}
	if len(c.Attempts) != MaxAttempts || c.Attempts[0].Passed != 10 {
		t.Fatalf("kept %d attempts starting at %d, want %d starting at 10", len(c.Attempts), c.Attempts[0].Passed, MaxAttempts)
	}
}

func TestSummary(t *testing.T) {
	steps := []string{"a", "b", "c"}
	var none *Lesson
	if d, s := none.Summary(steps); d != 0 || s != NotStarted {
		t.Errorf("nil lesson: %d %s", d, s)
	}
	l := (&State{}).Lesson("x")
	if d, s := l.Summary(steps); d != 0 || s != NotStarted {
		t.Errorf("fresh lesson: %d %s", d, s)
	}
	l.CurrentStep = "b"
	if _, s := l.Summary(steps); s != InProgress {
		t.Errorf("opened lesson: %s", s)
	}
	l.MarkDone("a", time.Now())
	l.MarkDone("gone", time.Now()) // a step the lesson no longer has
	if d, s := l.Summary(steps); d != 1 || s != InProgress {
		t.Errorf("one done: %d %s", d, s)
	}
	l.MarkDone("b", time.Now())
	l.MarkDone("c", time.Now())
	if d, s := l.Summary(steps); d != 3 || s != Completed {
		t.Errorf("all done: %d %s", d, s)
	}
}

// A reader that opens the file at any moment sees a whole state, never a
// half-written one: writes go to a temporary file renamed over the old.
func TestReadersNeverSeeAPartialFile(t *testing.T) {
	dir := t.TempDir()
	s := Open(dir)
	big := strings.Repeat("x", 200_000)
	stop := make(chan struct{})
	var bad []string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			data, err := os.ReadFile(s.Path())
			if err == nil && !json.Valid(data) {
				bad = append(bad, fmt.Sprintf("%d bytes", len(data)))
			}
		}
	}()
	for i := 0; i < 60; i++ {
		if _, _, err := s.Update(func(st *State) error {
			st.Lesson("serverless").CurrentStep = fmt.Sprintf("%s-%d", big, i)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	if len(bad) > 0 {
		t.Fatalf("a reader saw %d partial files (%v)", len(bad), bad[:min(len(bad), 3)])
	}
}

func TestWritable(t *testing.T) {
	if err := Open(t.TempDir()).Writable(); err != nil {
		t.Fatalf("temp dir not writable: %v", err)
	}
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, nil, 0o600)
	if err := Open(filepath.Join(blocker, "x")).Writable(); err == nil || !strings.Contains(err.Error(), "won't be saved") {
		t.Fatalf("Writable under a file = %v", err)
	}
}

func TestRecordAttemptAndRevealHint(t *testing.T) {
	st := &State{Version: FormatVersion}
	at := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	holder := []ChallengeStep{{Lesson: "serverless", Step: "challenge", Challenges: []string{"calc"}}}
	st.RecordAttempt("calc", Attempt{At: at, Verdict: "fail", Passed: 3, Total: 21}, holder)
	if st.Lessons["serverless"].Done("challenge") || len(st.Challenges["calc"].Attempts) != 1 {
		t.Fatalf("a failing attempt: %+v %+v", st.Lessons["serverless"], st.Challenges["calc"])
	}
	st.RecordAttempt("calc", Attempt{At: at, Verdict: "pass", Passed: 21, Total: 21}, holder)
	if !st.Lessons["serverless"].Done("challenge") || !st.Challenges["calc"].Passed {
		t.Fatal("a pass did not complete the step")
	}
	st.RecordAttempt("other", Attempt{At: at, Verdict: "pass"}, nil)
	if !st.Challenges["other"].Passed || len(st.Lessons) != 1 {
		t.Fatal("a challenge in no lesson")
	}
	c := st.Challenge("calc")
	for want := 1; want <= 3; want++ {
		if got := c.RevealHint(3); got != want {
			t.Fatalf("hint %d revealed %d", want, got)
		}
	}
	if got := c.RevealHint(3); got != 3 {
		t.Fatalf("past the last hint: %d", got)
	}
}

// A step holding several challenges is done once all of them pass, in any
// order, whichever step or command graded the last one.
func TestStepWithSeveralChallengesIsDoneWhenAllPass(t *testing.T) {
	st := &State{Version: FormatVersion}
	at := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	pair := ChallengeStep{Lesson: "l", Step: "pair", Challenges: []string{"a", "b"}}
	solo := ChallengeStep{Lesson: "l", Step: "solo", Challenges: []string{"b"}}
	st.RecordAttempt("b", Attempt{At: at, Verdict: "pass"}, []ChallengeStep{pair, solo})
	if st.Lessons["l"].Done("pair") || !st.Lessons["l"].Done("solo") {
		t.Fatalf("after b passed: %+v", st.Lessons["l"])
	}
	st.RecordAttempt("a", Attempt{At: at, Verdict: "fail"}, []ChallengeStep{pair})
	if st.Lessons["l"].Done("pair") {
		t.Fatal("a failing attempt completed the step")
	}
	st.RecordAttempt("a", Attempt{At: at, Verdict: "pass"}, []ChallengeStep{pair})
	if !st.Lessons["l"].Done("pair") || !st.AllPassed([]string{"a", "b"}) || st.AllPassed(nil) {
		t.Fatalf("after both passed: %+v", st.Lessons["l"])
	}
}

// The first quiz step's record stays where a lesson's one quiz always was
// (old files keep their meaning); other quiz steps have their own.
func TestQuizRecordsPerStep(t *testing.T) {
	var st State
	if err := json.Unmarshal([]byte(`{"version":1,"lessons":{"l":{"quiz":{"attempts":2,"best_score":3,"best_total":4}}}}`), &st); err != nil {
		t.Fatal(err)
	}
	l := st.Lessons["l"]
	if q := l.QuizOf("quiz", true); q == nil || q.Attempts != 2 {
		t.Fatalf("the old record is not the first quiz step's: %+v", q)
	}
	if q := l.QuizOf("second", false); q != nil {
		t.Fatalf("a second quiz step sees %+v", q)
	}
	l.QuizRecord("second", false).Attempts = 1
	if l.Quiz.Attempts != 2 || l.QuizOf("second", false).Attempts != 1 || (*Lesson)(nil).QuizOf("x", true) != nil {
		t.Fatalf("records mixed up: %+v %+v", l.Quiz, l.Quizzes)
	}
}

func TestPlacesAreKept(t *testing.T) {
	s := Open(t.TempDir())
	if _, _, err := s.Update(func(st *State) error {
		l := st.Lesson("serverless")
		l.SetPlace("visual", Place{Stop: 4})
		l.SetPlace("why", Place{Scroll: 30})
		l.SetPlace("why", Place{Scroll: 12})
		l.SetPlace("terms", Place{Scroll: 5})
		l.SetPlace("terms", Place{}) // back at the top: nothing to keep
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st, _, err := s.Load()
	if err != nil {
		t.Fatal(err)
	}
	l := st.Lessons["serverless"]
	if l.PlaceOf("visual") != (Place{Stop: 4}) || l.PlaceOf("why") != (Place{Scroll: 12}) || len(l.Places) != 2 {
		t.Fatalf("places: %+v", l.Places)
	}
	var none *Lesson
	if none.PlaceOf("x") != (Place{}) {
		t.Fatal("a missing lesson has a place")
	}
}

// An update from the file as read ahead is the update from the file read
// now; a save by another lectern in between is not lost, and a damaged
// file read ahead is moved aside as Update does.
func TestUpdateAhead(t *testing.T) {
	s := Open(t.TempDir())
	mark := func(step string) func(*State) error {
		return func(st *State) error { st.Lesson("serverless").MarkDone(step, time.Now()); return nil }
	}
	if _, _, err := s.Update(mark("why")); err != nil {
		t.Fatal(err)
	}
	// Unchanged since read ahead.
	ra := s.ReadAhead()
	if _, _, err := s.UpdateAhead(ra, mark("terms")); err != nil {
		t.Fatal(err)
	}
	// Another save between the read-ahead and the update.
	ra = s.ReadAhead()
	<-ra.done
	other := Open(filepath.Dir(s.Path()))
	if _, _, err := other.Update(mark("visual")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.UpdateAhead(ra, mark("code")); err != nil {
		t.Fatal(err)
	}
	st, _, _ := s.Load()
	for _, step := range []string{"why", "terms", "visual", "code"} {
		if !st.Lessons["serverless"].Done(step) {
			t.Errorf("step %s is not done after the updates: %+v", step, st.Lessons["serverless"])
		}
	}
	// Changed in place between the two, to the same size and time: the
	// content decides.
	ra = s.ReadAhead()
	<-ra.done
	info, _ := os.Stat(s.Path())
	data, _ := os.ReadFile(s.Path())
	changed := bytes.Replace(data, []byte(`"code"`), []byte(`"edit"`), 1)
	if len(changed) != len(data) || bytes.Equal(changed, data) {
		t.Fatalf("the test's edit did not work: %s", data)
	}
	os.WriteFile(s.Path(), changed, 0o600)
	os.Chtimes(s.Path(), info.ModTime(), info.ModTime())
	if _, _, err := s.UpdateAhead(ra, mark("usage")); err != nil {
		t.Fatal(err)
	}
	if st, _, _ := s.Load(); !st.Lessons["serverless"].Done("edit") || st.Lessons["serverless"].Done("code") {
		t.Errorf("an edit made between the read-ahead and the update was lost: %+v", st.Lessons["serverless"])
	}
	// A damaged file read ahead.
	os.WriteFile(s.Path(), []byte("{{{"), 0o600)
	_, notice, err := s.UpdateAhead(s.ReadAhead(), mark("why"))
	if err != nil || notice == nil || notice.Backup == "" {
		t.Fatalf("update over a damaged file read ahead: notice %v, err %v", notice, err)
	}
}
