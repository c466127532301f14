package tui

import (
	"errors"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// fakeLab stands in for the lab platform: each request it is sent becomes
// a record (cold on a new instance when there is no instance yet), and
// tests can set the snapshot's records and instances directly.
type fakeLab struct {
	mu          sync.Mutex
	opened      int
	sessions    []*fakeSession
	openedWith  *lessons.Lab
	lessonStep  string
	provisioned []int
	external    string // the learner's $EDITOR ("": none, e opens lectern's)
}

func (f *fakeLab) Open(lessonID, stepID string, l *lessons.Lab) (LabSession, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.opened++
	f.openedWith, f.lessonStep = l, lessonID+"/"+stepID
	s := &fakeSession{lab: f, snap: LabSnapshot{Version: 1, DeployOK: true, IdleTimeout: 10 * time.Second, MaxInstance: 10,
		Source: "package handler\n\nfunc Handler(w http.ResponseWriter, r *http.Request) {}\n"}}
	f.sessions = append(f.sessions, s)
	return s, nil
}

func (f *fakeLab) EditorCmd(path string) *exec.Cmd { return exec.Command("true", path) }
func (f *fakeLab) ExternalEditor() (string, bool)  { return f.external, f.external != "" }

type fakeSession struct {
	lab    *fakeLab
	mu     sync.Mutex
	snap   LabSnapshot
	sent   []string // "METHOD path content-type body"
	closed bool
	source string // the handler file's content
	saves  []string
}

func (s *fakeSession) URL() string  { return "http://127.0.0.1:4321" }
func (s *fakeSession) File() string { return "/data/lab/handler.go" }
func (s *fakeSession) Source() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.source == "" {
		return "", errors.New("no such file")
	}
	return s.source, nil
}
func (s *fakeSession) SaveSource(code string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.source = code
	s.saves = append(s.saves, code)
	return nil
}
func (s *fakeSession) Close() {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
}
func (s *fakeSession) SetProvisioned(n int) {
	s.mu.Lock()
	s.snap.Provisioned = n
	s.mu.Unlock()
	s.lab.mu.Lock()
	s.lab.provisioned = append(s.lab.provisioned, n)
	s.lab.mu.Unlock()
}
func (s *fakeSession) Snapshot() LabSnapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	snap := s.snap
	snap.At = time.Now()
	snap.Records = append([]LabRecord(nil), s.snap.Records...)
	snap.Instances = append([]LabInstance(nil), s.snap.Instances...)
	return snap
}
func (s *fakeSession) Send(method, path, ctype, body string) LabExchange {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent = append(s.sent, strings.TrimSpace(method+" "+path+" "+ctype+" "+body))
	now := time.Now()
	cold := len(s.snap.Records) == 0
	r := LabRecord{ID: "r" + string(rune('a'+len(s.snap.Records))), Method: method, URL: path, Status: 200, Instance: 1, Version: 1,
		InstanceRequest: len(s.snap.Records) + 1, Cold: cold, Duration: 900 * time.Microsecond, Billed: time.Millisecond,
		MaxMemoryMB: 21, Cost: 0.0000002021, Start: now, End: now.Add(time.Millisecond)}
	if cold {
		r.Init = 38 * time.Millisecond
	}
	s.snap.Records = append(s.snap.Records, r)
	return LabExchange{RequestID: r.ID, Status: 200, Latency: 2 * time.Millisecond}
}

func (s *fakeSession) sentRequests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.sent...)
}

// labLesson is a page, then a lab step.
func labLesson() *lessons.Lesson {
	return &lessons.Lesson{ID: "demo", Title: "Demo", Track: "Testing", Minutes: 5, Version: 1, Steps: []lessons.Step{
		{ID: "intro", Title: "Intro", Kind: lessons.KindPage, Markdown: "# Intro\n\nHello."},
		{ID: "try", Title: "Try It", Kind: lessons.KindLab, Markdown: "# Try it\n\nThe lab's page.",
			Lab: &lessons.Lab{Path: "/api/greet", Handler: "package handler\n", RealWorld: []lessons.Figure{{Platform: "AWS Lambda", ColdStart: "100–1000 ms", Note: "a micro-VM"}}}},
	}}
}

// labHarness opens the demo lesson at its lab step; timers do not fire on
// their own: wait returns the last one asked for.
type labHarness struct {
	*harness
	lab   *fakeLab
	timer func(time.Time) tea.Msg
	after time.Duration
}

func newLabHarness(t *testing.T) *labHarness {
	lh := &labHarness{lab: &fakeLab{}}
	old := labEvery
	labEvery = func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
		if d != labTickEvery {
			lh.timer, lh.after = fn, d
		}
		return nil
	}
	t.Cleanup(func() { labEvery = old })
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: []*lessons.Lesson{labLesson()}, Store: store, Labs: lh.lab, Now: time.Now})
	lh.harness = &harness{t: t, m: m, store: store}
	lh.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	lh.key("enter", "n")
	return lh
}

func (lh *labHarness) session() *fakeSession {
	lh.lab.mu.Lock()
	defer lh.lab.mu.Unlock()
	return lh.lab.sessions[len(lh.lab.sessions)-1]
}

func (lh *labHarness) step() *labStep { return lh.m.lesson.steps[1].(*labStep) }

func TestLabStepRunsOnlyWhileShown(t *testing.T) {
	lh := newLabHarness(t)
	s := lh.screen()
	for _, want := range []string{"Step 2/2: Try It", "▶ v1 · http://127.0.0.1:4321 · idle timeout 10s", "Instances: none running",
		"no requests yet: press 1", "Tasks: 0 of 6 observed", "1 GET", "2 POST", "b burst of 5"} {
		if !strings.Contains(s, want) {
			t.Errorf("lab step lacks %q:\n%s", want, s)
		}
	}
	if lh.lab.opened != 1 || lh.lab.lessonStep != "demo/try" || lh.lab.openedWith.Path != "/api/greet" {
		t.Fatalf("opened %d times, for %s with %+v", lh.lab.opened, lh.lab.lessonStep, lh.lab.openedWith)
	}
	for _, l := range strings.Split(s, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Fatalf("a line wider than 80 columns: %q", l)
		}
	}
	if n := strings.Count(s, "\n") + 1; n != 24 {
		t.Fatalf("%d lines at 80×24", n)
	}
	lh.key("p")
	if !lh.session().closed {
		t.Fatal("the lab kept running after the learner left the step")
	}
	lh.key("n")
	if lh.lab.opened != 2 || lh.session().closed {
		t.Fatalf("coming back: opened %d times, closed %v", lh.lab.opened, lh.session().closed)
	}
	lh.key("esc")
	if !lh.session().closed {
		t.Fatal("closing the lesson left the lab running")
	}
}

func TestLabKeysSendRequests(t *testing.T) {
	lh := newLabHarness(t)
	lh.key("1", "2", "3")
	got := lh.session().sentRequests()
	want := []string{"GET /api/greet?who=Ada", `POST /api/greet application/json {"who":"Ada"}`, "DELETE /api/greet"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("sent %q, want %q", got, want)
	}
	s := lh.screen()
	if !strings.Contains(s, "#1 GET    200    cold") || !strings.Contains(s, "#1 POST   200    warm") {
		t.Fatalf("the log:\n%s", s)
	}
	lh.key("b")
	if n := len(lh.session().sentRequests()); n != 3+labBurst {
		t.Fatalf("%d requests after a burst", n)
	}
	lh.key("v")
	lh.key("v")
	if p := lh.lab.provisioned; len(p) != 2 || p[0] != labProvision || p[1] != 0 {
		t.Fatalf("provisioned %v", p)
	}
	// w waits past the idle timeout, then sends a GET.
	lh.key("w")
	if lh.after <= 10*time.Second || lh.timer == nil || !strings.Contains(lh.screen(), "waiting past the 10s idle timeout") {
		t.Fatalf("w waits %v:\n%s", lh.after, lh.screen())
	}
	lh.send(lh.timer(time.Now()))
	if got := lh.session().sentRequests(); got[len(got)-1] != "GET /api/greet" {
		t.Fatalf("after the wait: %q", got)
	}
	if strings.Contains(lh.screen(), "waiting past") {
		t.Fatal("still waiting")
	}
}

// Tasks the lab shows done are recorded, and the step is done with all six.
func TestLabTasksAreRecordedAndCompleteTheStep(t *testing.T) {
	lh := newLabHarness(t)
	lh.key("1", "1")
	if s := lh.screen(); !strings.Contains(s, "Tasks: 1 of 6 observed") && !strings.Contains(lh.step().body, "Tasks: 1 of 6 observed") {
		t.Fatalf("after a cold and a warm request:\n%s", lh.step().body)
	}
	if !lh.disk().Lessons["demo"].LabTask("try", "cold-warm") {
		t.Fatal("the cold-then-warm task was not saved")
	}
	if !strings.Contains(labWords(lh.step().body), "instance 1: cold 38.9 ms (init 38.0 ms + handler 0.90 ms) → warm 0.90 ms") {
		t.Fatalf("the times side by side:\n%s", lh.step().body)
	}
	if lh.step().Complete() {
		t.Fatal("complete with one task")
	}
	// The rest, as a snapshot that shows them all.
	sess := lh.session()
	sess.mu.Lock()
	sess.snap = allTasksSnapshot()
	sess.mu.Unlock()
	lh.key("1")
	for _, task := range labTasks {
		if !lh.disk().Lessons["demo"].LabTask("try", task.id) {
			t.Errorf("task %s not recorded", task.id)
		}
	}
	if !lh.step().Complete() || !strings.Contains(lh.step().body, "Tasks: 6 of 6 observed — step done") {
		t.Fatalf("not complete:\n%s", lh.step().body)
	}
	lh.key("n")
	if !lh.disk().Lessons["demo"].Done("try") {
		t.Fatal("moving on did not mark the lab step done")
	}
}

// flat is s with every run of white space one space (wrapping aside).
func labWords(s string) string { return strings.Join(strings.Fields(s), " ") }

// allTasksSnapshot shows every task done.
func allTasksSnapshot() LabSnapshot {
	t0 := time.Now().Add(-time.Minute)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	rec := func(id string, method string, status, inst, version, nth int, cold bool, start, end int) LabRecord {
		r := LabRecord{ID: id, Method: method, URL: "/api/greet", Status: status, Instance: inst, Version: version, InstanceRequest: nth,
			Cold: cold, Start: at(start), End: at(end), Duration: 41 * time.Millisecond, BodyDigest: method}
		if cold {
			r.Init = 12 * time.Millisecond
		}
		return r
	}
	recs := []LabRecord{
		rec("a", "GET", 200, 1, 1, 1, true, 0, 60),
		rec("b", "GET", 200, 1, 1, 2, false, 100, 141),
		rec("c", "GET", 200, 2, 1, 1, true, 200, 260), // a burst: two cold at once
		rec("d", "GET", 200, 3, 1, 1, true, 205, 262),
		rec("e", "GET", 200, 4, 1, 1, true, 20000, 20060), // after instance 1 idled out
	}
	// v2 moved the set-up into init: warm is fast, init slower.
	v2 := []LabRecord{rec("f", "GET", 200, 5, 2, 1, true, 30000, 30060), rec("g", "GET", 200, 5, 2, 2, false, 30100, 30101),
		rec("h", "POST", 201, 5, 2, 3, false, 30200, 30201), rec("i", "DELETE", 405, 5, 2, 4, false, 30300, 30301)}
	v2[0].Init = 55 * time.Millisecond
	for i := 1; i < len(v2); i++ {
		v2[i].Duration = 800 * time.Microsecond
	}
	v2[3].Allow = "GET, POST"
	prov := rec("j", "GET", 200, 6, 2, 1, false, 40000, 40001)
	prov.Provisioned = true
	recs = append(append(recs, v2...), prov)
	return LabSnapshot{Version: 2, DeployOK: true, IdleTimeout: 10 * time.Second, MaxInstance: 10, Records: recs,
		Instances: []LabInstance{{ID: 1, Version: 1, State: LabStopped, StopReason: LabIdledOut, Stopped: at(15000)}}}
}

func TestLabTaskChecks(t *testing.T) {
	all := allTasksSnapshot()
	for _, task := range labTasks {
		if done, detail := task.check(&all); !done || detail == "" {
			t.Errorf("task %s is not done on the full snapshot (%q)", task.id, detail)
		}
	}
	// Each check fails when what it looks for is missing.
	drop := func(ids ...string) *LabSnapshot {
		s := allTasksSnapshot()
		var keep []LabRecord
		for _, r := range s.Records {
			if !strings.Contains(strings.Join(ids, ","), r.ID) {
				keep = append(keep, r)
			}
		}
		s.Records = keep
		return &s
	}
	for _, c := range []struct {
		task string
		snap *LabSnapshot
	}{
		{"cold-warm", drop("b", "g", "h", "i", "j")}, // no warm request after a cold one on its instance
		{"burst", drop("d")},                         // no two cold starts at once
		{"idle", drop("e", "f")},                     // nothing cold after the idle shutdown
		{"init", drop("f")},                          // v2 has no cold start to compare
		{"methods", drop("i")},                       // no 405
		{"provisioned", drop("j")},                   // no provisioned first request
		{"provisioned", func() *LabSnapshot { s := allTasksSnapshot(); s.Records[len(s.Records)-1].Cold = true; return &s }()},
		{"methods", func() *LabSnapshot { s := allTasksSnapshot(); s.Records[8].Allow = "GET"; return &s }()},
		{"methods", func() *LabSnapshot {
			s := allTasksSnapshot()
			s.Records[7].Status, s.Records[7].BodyDigest = 200, "GET"
			return &s
		}()},
		{"init", func() *LabSnapshot { // faster warm requests, but no slower init: not set-up moved into init
			s := allTasksSnapshot()
			s.Records[5].Init = 12 * time.Millisecond
			return &s
		}()},
		{"idle", func() *LabSnapshot { s := allTasksSnapshot(); s.Instances[0].StopReason = "redeployed"; return &s }()},
	} {
		for _, task := range labTasks {
			if task.id != c.task {
				continue
			}
			if done, detail := task.check(c.snap); done {
				t.Errorf("task %s done on a snapshot without it: %q", c.task, detail)
			}
		}
	}
}

func TestLabStepWithoutAServiceIsItsPage(t *testing.T) {
	store := progress.Open(t.TempDir())
	m := New(Options{Lessons: []*lessons.Lesson{labLesson()}, Store: store, Now: time.Now})
	h := &harness{t: t, m: m, store: store}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.key("enter", "n")
	if s := h.screen(); !strings.Contains(s, "The lab's page.") || strings.Contains(s, "Instances") {
		t.Fatalf("without a lab service:\n%s", s)
	}
}

func TestLabStepText(t *testing.T) {
	text, err := StepText(labLesson(), 1, TextOptions{Width: 80, Style: render.Plain})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"The lab's page.", "lectern lab demo", "1. First request cold, second warm", "6. Provisioned instances remove the cold start"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

func TestLabStepShowsAFailedDeploy(t *testing.T) {
	lh := newLabHarness(t)
	sess := lh.session()
	sess.mu.Lock()
	sess.snap.DeployOK, sess.snap.Problems = false, []string{"handler.go:3:14: syntax error: unexpected comma"}
	sess.mu.Unlock()
	lh.key("1")
	s := lh.screen()
	if !strings.Contains(s, "✗ Your last save did not deploy (v1 still serving):") || !strings.Contains(s, "handler.go:3:14: syntax error") {
		t.Fatalf("a failed deploy:\n%s", s)
	}
}

// A version whose instances were all provisioned still has its init
// measured: the instances' own cold starts count.
func TestLabInitTaskCountsProvisionedInstances(t *testing.T) {
	s := allTasksSnapshot()
	var keep []LabRecord
	for _, r := range s.Records {
		if r.ID != "f" {
			keep = append(keep, r)
		}
	}
	s.Records = keep
	if done, _ := taskInit(&s); done {
		t.Fatal("done without any init of v2")
	}
	s.Instances = append(s.Instances, LabInstance{ID: 5, Version: 2, State: LabIdle, Provisioned: true, Init: 55 * time.Millisecond})
	if done, detail := taskInit(&s); !done {
		t.Fatalf("not done with a provisioned instance's init: %q", detail)
	}
}

func TestLabInstanceChips(t *testing.T) {
	lh := newLabHarness(t)
	now := time.Now()
	sess := lh.session()
	sess.mu.Lock()
	for i := 1; i <= 9; i++ {
		in := LabInstance{ID: i, Version: 1, State: LabIdle, Started: now.Add(-3 * time.Second)}
		if i > 6 {
			in.State, in.StopReason, in.Stopped = LabStopped, LabIdledOut, now.Add(-time.Second)
		}
		sess.snap.Instances = append(sess.snap.Instances, in)
	}
	sess.snap.Instances[0].State = LabBusy
	sess.snap.Instances[1].State = LabStarting
	sess.snap.Instances[2].Provisioned = true
	sess.mu.Unlock()
	lh.key("1")
	s := lh.screen()
	for _, want := range []string{"Instances: #1 busy · #2 cold start… · #3 warm, provisioned, idle 3.0s", "#4 warm, idle 3.0s · #5 warm, idle 3.0s · #6 warm, idle 3.0s +2 more"} {
		if !strings.Contains(s, want) {
			t.Errorf("instances lack %q:\n%s", want, s)
		}
	}
}

// After the editor closes the step says saving redeploys, until a deploy
// shows; w with provisioned instances says they never idle out.
func TestLabStepNotices(t *testing.T) {
	lh := newLabHarness(t)
	lh.lab.external = "vim"
	lh.key("e")
	lh.send(labEditedMsg{to: lh.step()})
	if !strings.Contains(lh.screen(), "redeploys the file each time it is saved") {
		t.Fatalf("after editing:\n%s", lh.screen())
	}
	sess := lh.session()
	sess.mu.Lock()
	sess.snap.Deploys, sess.snap.Version = 2, 2
	sess.mu.Unlock()
	lh.send(labTickMsg{to: lh.step(), gen: lh.step().gen})
	if s := lh.screen(); strings.Contains(s, "redeploys the file") || !strings.Contains(s, "▶ v2") {
		t.Fatalf("after the deploy:\n%s", s)
	}
	lh.key("v", "w")
	if s := lh.screen(); !strings.Contains(s, "Provisioned instances never idle out") {
		t.Fatalf("w with provisioned instances:\n%s", s)
	}
}

// With no editor of the learner's own, e opens lectern's editor on the
// handler: ctrl+s writes the file (the lab redeploys it), esc goes back to
// the lab; with $EDITOR set, e is that editor.
func TestLabStepEditsInLecternsEditor(t *testing.T) {
	lh := newLabHarness(t)
	sess := lh.session()
	sess.mu.Lock()
	sess.source = "package handler\n\nfunc Handler() {}\n"
	sess.mu.Unlock()
	editHelp := func() string {
		for _, b := range lh.step().ShortHelp() {
			if b.Help().Key == "e" {
				return b.Help().Desc
			}
		}
		return ""
	}
	if got := editHelp(); got != "edit here" {
		t.Fatalf("e without an editor of one's own: %q", got)
	}
	lh.key("e")
	if s := lh.screen(); !strings.Contains(s, "handler.go · line 1 of 3") || !strings.Contains(s, "func Handler() {}") {
		t.Fatalf("the editor did not open on the handler:\n%s", s)
	}
	if f := footer(lh.harness); !strings.Contains(f, "ctrl+s save & redeploy") {
		t.Fatalf("the editor's footer: %s", f)
	}
	if lh.step().Capturing() != CaptureText {
		t.Fatal("the editor does not take the keys it is typed")
	}
	typeIn(lh.step().editor, "down", "down", "end", "enter", "// v2")
	lh.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(sess.saves) != 1 || !strings.Contains(sess.saves[0], "func Handler() {}\n// v2") {
		t.Fatalf("ctrl+s saved %q", sess.saves)
	}
	if s := flat(lh.screen()); !strings.Contains(s, "Saved: the lab redeploys it") {
		t.Fatalf("after saving:\n%s", lh.screen())
	}
	if lh.step().Unsaved() != "" {
		t.Fatal("saved edits count as unsaved")
	}
	lh.key("esc")
	if s := lh.screen(); strings.Contains(s, "line 1 of") || !strings.Contains(s, "Instances:") {
		t.Fatalf("esc did not go back to the lab:\n%s", s)
	}
	lh.lab.external = "vim"
	if got := editHelp(); got != "edit in vim" {
		t.Fatalf("e with $EDITOR=vim: %q", got)
	}
}
