package tui

import (
	"fmt"
	"os/exec"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/progress"
	"github.com/lectern-dev/lectern/render"
)

// LabService runs the local serverless platform of lab steps; cmd/lectern
// implements it on package lab, so this package never imports it (nor the
// grader). Open does I/O; steps call it from a tea.Cmd.
type LabService interface {
	// Open starts a lab step's platform on the learner's handler (created
	// from the starter the first time) and its front door on 127.0.0.1.
	Open(lessonID, stepID string, lab *lessons.Lab) (LabSession, error)
	// EditorCmd is the command that opens path in the learner's editor.
	EditorCmd(path string) *exec.Cmd
	// ExternalEditor names the learner's own editor ($VISUAL or $EDITOR);
	// with neither set (configured false), e opens lectern's editor.
	ExternalEditor() (name string, configured bool)
}

// LabSession is one running lab. Snapshot reads memory only; Send and
// Close do I/O and wait, so steps call them from tea.Cmds (Send is safe to
// call from several at once: that is a burst).
type LabSession interface {
	// URL is the front door, http://127.0.0.1:PORT.
	URL() string
	// File is the learner's handler file; saving it redeploys.
	File() string
	// Source reads File; SaveSource writes it (from lectern's editor).
	Source() (string, error)
	SaveSource(code string) error
	Snapshot() LabSnapshot
	// Send sends one request through the front door, as curl would.
	Send(method, path, contentType, body string) LabExchange
	// SetProvisioned keeps n instances started ahead.
	SetProvisioned(n int)
	// Close stops every instance and the front door.
	Close()
}

// LabSnapshot is the platform as it is at At.
type LabSnapshot struct {
	At time.Time
	// Version is the version serving (0: none). The last deploy may have
	// failed (DeployOK false, Problems saying why), leaving it serving.
	Version     int
	Deploys     int
	DeployOK    bool
	Problems    []string
	Unsupported bool
	Source      string // the version serving
	Instances   []LabInstance
	Records     []LabRecord // oldest first
	IdleTimeout time.Duration
	InitDelay   time.Duration
	Provisioned int
	MaxInstance int
	MemoryMB    int
}

// LabInstance is one function instance.
type LabInstance struct {
	ID, Version int
	State       string // starting, idle, busy, stopped
	Provisioned bool
	Started     time.Time
	LastUsed    time.Time
	Stopped     time.Time
	StopReason  string // "idle timeout" when it idled out
	Requests    int
	// Init is its cold start, once it has started.
	Init time.Duration
}

// The states of a LabInstance, and the reason an idle one is stopped.
const (
	LabStarting = "starting"
	LabIdle     = "idle"
	LabBusy     = "busy"
	LabStopped  = "stopped"
	LabIdledOut = "idle timeout"
)

// LabRecord is one request as the lab saw it.
type LabRecord struct {
	ID, Method, URL string
	Status          int
	// Instance and Version served it (0: none did, it was Throttled).
	Instance, Version, InstanceRequest int
	Cold, Provisioned, Throttled       bool
	Init, InitSimulated                time.Duration
	Duration, Billed                   time.Duration
	MaxMemoryMB                        int64
	Cost                               float64
	Error, Allow, BodyDigest, Body     string
	Output                             string
	Start, End                         time.Time
	// Report is Lambda's REPORT line.
	Report string
}

// LabExchange is what the client saw of one request.
type LabExchange struct {
	RequestID string
	Status    int
	Latency   time.Duration
	Err       string
}

// Messages of a lab step (each names the step it is for).
type (
	labOpenedMsg struct {
		to   *labStep
		sess LabSession
		err  error
	}
	labTickMsg struct {
		to  *labStep
		gen int
	}
	labSnapMsg struct {
		to   *labStep
		gen  int
		snap LabSnapshot
		// tick: the refresh loop asked for it, and goes on from it.
		tick bool
	}
	labSentMsg struct {
		to        *labStep
		exchanges []LabExchange
	}
	labWaitedMsg struct {
		to  *labStep
		gen int
	}
	labEditedMsg struct {
		to  *labStep
		err error
	}
	// labSourceMsg is the handler read for lectern's editor; with saved,
	// the answer to a save of code.
	labSourceMsg struct {
		to    *labStep
		code  string
		saved bool
		err   error
	}
)

// labEvery makes a lab step's timers (tests replace it).
var labEvery = tea.Tick

// labTickEvery is how often a lab step refreshes its panel.
const labTickEvery = 250 * time.Millisecond

// labBurst is how many requests a burst sends at once.
const labBurst = 5

// labProvision is how many instances v keeps provisioned.
const labProvision = 2

// labStep is a step of kind lab: a live panel — the platform's instances,
// the request log with Lambda's REPORT figures, the cold starts measured
// beside the lesson's real-world ones — above the tasks, the page and the
// learner's handler. The platform runs while the step is on screen (it is
// opened in Init and closed when shownMsg names another step). Keys send
// requests through its front door like curl; e edits the handler, and the
// lab redeploys it on save. Each task is checked on what the lab measured
// and recorded when first seen; the step is done when all are.
type labStep struct {
	env  *StepEnv
	lab  *lessons.Lab
	md   *markdown
	sc   scroller
	keys labKeys
	// every makes the refresh tick and the idle wait (labEvery).
	every func(time.Duration, func(time.Time) tea.Msg) tea.Cmd

	width, height int
	shown         bool
	opening       bool
	sess          LabSession
	openErr       string
	gen           int // ticks and waits of an older generation are ignored
	snap          LabSnapshot
	latency       map[string]time.Duration // request id -> as the client saw it
	sendErr       string
	waitUntil     time.Time // "wait past the idle timeout" under way
	notice        string
	// editor is lectern's editor on the handler while it is open.
	editor        *editorModel
	noticeDeploys int    // the notice goes once a deploy after this one shows
	panel         string // built by rebuild, drawn by View
	body          string
}

type labKeys struct {
	Get, Post, Delete, Burst, Wait, Provision key.Binding
}

func newLabKeys() labKeys {
	return labKeys{
		Get:       key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "GET")),
		Post:      key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "POST")),
		Delete:    key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "DELETE")),
		Burst:     key.NewBinding(key.WithKeys("b"), key.WithHelp("b", fmt.Sprintf("burst of %d", labBurst))),
		Wait:      key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "wait past idle timeout")),
		Provision: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", fmt.Sprintf("provision %d on/off", labProvision))),
	}
}

func newLabStep(env *StepEnv) Step {
	s := &labStep{env: env, lab: env.Step().Lab, md: newMarkdown(env.Common, env.Step().Markdown), sc: newScroller(env.Common),
		keys: newLabKeys(), every: labEvery, latency: map[string]time.Duration{}}
	if s.lab == nil {
		s.lab = &lessons.Lab{Path: "/"}
	}
	return s
}

// Init opens the lab (once) and starts refreshing the panel.
func (s *labStep) Init() tea.Cmd {
	s.sc.vp.GotoTop()
	s.shown = true
	cmds := []tea.Cmd{s.rebuild()}
	svc := s.env.Labs
	if svc != nil && s.sess == nil && !s.opening {
		s.opening, s.openErr = true, ""
		l, lessonID, stepID := s.lab, s.env.Lesson.ID, s.env.Step().ID
		cmds = append(cmds, func() tea.Msg {
			sess, err := svc.Open(lessonID, stepID, l)
			return labOpenedMsg{to: s, sess: sess, err: err}
		})
	}
	return tea.Batch(cmds...)
}

func (s *labStep) SetSize(w, h int) tea.Cmd {
	s.width, s.height = w, h
	if s.editor != nil {
		s.editor.setSize(w, h)
	}
	return s.rebuild()
}

// stop closes the lab: the step is no longer on screen.
func (s *labStep) stop() tea.Cmd {
	s.shown = false
	s.gen++
	s.waitUntil = time.Time{}
	sess := s.sess
	s.sess = nil
	if sess == nil {
		return nil
	}
	return func() tea.Msg { sess.Close(); return nil }
}

func (s *labStep) tick() tea.Cmd {
	gen := s.gen
	return s.every(labTickEvery, func(time.Time) tea.Msg { return labTickMsg{to: s, gen: gen} })
}

// snapshotCmd reads the lab's state; tick says the refresh loop asks, and
// goes on once it has the answer.
func (s *labStep) snapshotCmd(tick bool) tea.Cmd {
	sess, gen := s.sess, s.gen
	if sess == nil {
		return nil
	}
	return func() tea.Msg { return labSnapMsg{to: s, gen: gen, snap: sess.Snapshot(), tick: tick} }
}

func (s *labStep) Update(msg tea.Msg) (bool, tea.Cmd) {
	switch msg := msg.(type) {
	case shownMsg:
		if msg.step != Step(s) && (s.shown || s.sess != nil) {
			return false, s.stop()
		}
		return false, nil
	case labOpenedMsg:
		if msg.to != s {
			return false, nil
		}
		s.opening = false
		if msg.err != nil {
			s.openErr = msg.err.Error()
			return true, s.rebuild()
		}
		if !s.shown { // the learner left before it was up
			sess := msg.sess
			return true, func() tea.Msg { sess.Close(); return nil }
		}
		s.sess = msg.sess
		s.gen++
		return true, s.snapshotCmd(true)
	case labTickMsg:
		if msg.to != s || msg.gen != s.gen || s.sess == nil {
			return false, nil
		}
		return true, s.snapshotCmd(true)
	case labSnapMsg:
		if msg.to != s || msg.gen != s.gen || s.sess == nil {
			return false, nil
		}
		s.snap = msg.snap
		if s.notice != "" && s.snap.Deploys > s.noticeDeploys {
			s.notice = ""
		}
		cmds := []tea.Cmd{s.observe(), s.rebuild()}
		if msg.tick {
			cmds = append(cmds, s.tick())
		}
		return true, tea.Batch(cmds...)
	case labSentMsg:
		if msg.to != s {
			return false, nil
		}
		s.sendErr = ""
		for _, x := range msg.exchanges {
			if x.RequestID != "" {
				s.latency[x.RequestID] = x.Latency
			}
			if x.Err != "" {
				s.sendErr = x.Err
			}
		}
		return true, tea.Batch(s.snapshotCmd(false), s.rebuild())
	case labWaitedMsg:
		if msg.to != s || msg.gen != s.gen || s.sess == nil || s.waitUntil.IsZero() {
			return false, nil
		}
		s.waitUntil = time.Time{}
		return true, tea.Batch(s.send("GET", s.lab.Path, "", ""), s.rebuild())
	case labSourceMsg:
		if msg.to != s {
			return false, nil
		}
		return true, s.sourceArrived(msg)
	case labEditedMsg:
		if msg.to != s {
			return false, nil
		}
		s.notice, s.noticeDeploys = "Not saved? The lab redeploys the file each time it is saved.", s.snap.Deploys
		if msg.err != nil {
			s.notice = "editor: " + msg.err.Error()
		}
		return true, tea.Batch(s.snapshotCmd(false), s.rebuild())
	case tea.KeyPressMsg:
		return s.key(msg)
	}
	if s.md.update(msg) {
		return true, s.rebuild()
	}
	return false, nil
}

func (s *labStep) key(msg tea.KeyPressMsg) (bool, tea.Cmd) {
	if s.editor != nil {
		switch s.editor.Update(msg) {
		case editorSave:
			s.editor.setStatus("Saving…", s.env.Styles.Muted)
			sess, code := s.sess, s.editor.content()
			return true, func() tea.Msg { return labSourceMsg{to: s, code: code, saved: true, err: sess.SaveSource(code)} }
		case editorLeave:
			s.editor = nil
			return true, tea.Batch(s.snapshotCmd(false), s.rebuild())
		}
		return true, nil
	}
	k := s.keys
	if s.sess == nil {
		return s.sc.keys(msg), nil
	}
	path := s.lab.Path
	switch {
	case key.Matches(msg, k.Get, k.Post, k.Delete, k.Burst) && s.notice != "" && s.waitUntil.IsZero():
		s.notice = ""
		return s.key(msg)
	case key.Matches(msg, k.Get):
		return true, s.send("GET", withQuery(path, "who=Ada"), "", "")
	case key.Matches(msg, k.Post):
		return true, s.send("POST", path, "application/json", `{"who":"Ada"}`)
	case key.Matches(msg, k.Delete):
		return true, s.send("DELETE", path, "", "")
	case key.Matches(msg, k.Burst):
		return true, s.burst(labBurst, withQuery(path, "who=burst"))
	case key.Matches(msg, k.Wait):
		if !s.waitUntil.IsZero() {
			return true, nil
		}
		d := s.snap.IdleTimeout + max(s.snap.IdleTimeout/10, 500*time.Millisecond)
		s.waitUntil = s.env.Now().Add(d)
		if s.snap.Provisioned > 0 {
			s.notice, s.noticeDeploys = "Provisioned instances never idle out: v turns them off.", s.snap.Deploys
		}
		gen := s.gen
		return true, tea.Batch(s.rebuild(), s.every(d, func(time.Time) tea.Msg { return labWaitedMsg{to: s, gen: gen} }))
	case key.Matches(msg, k.Provision):
		n := labProvision
		if s.snap.Provisioned > 0 {
			n = 0
		}
		sess := s.sess
		return true, func() tea.Msg { sess.SetProvisioned(n); return labSentMsg{to: s} }
	case key.Matches(msg, s.env.Keys.Edit):
		if _, configured := s.env.Labs.ExternalEditor(); configured {
			return true, s.editCmd()
		}
		sess := s.sess
		return true, func() tea.Msg {
			code, err := sess.Source()
			return labSourceMsg{to: s, code: code, err: err}
		}
	}
	return s.sc.keys(msg), nil
}

// sourceArrived opens lectern's editor on the handler read, or says how
// its save went: the lab redeploys the file each time it is saved.
func (s *labStep) sourceArrived(msg labSourceMsg) tea.Cmd {
	st := s.env.Styles
	switch {
	case !msg.saved && msg.err != nil:
		s.notice = "Could not read " + s.sess.File() + ": " + msg.err.Error()
		return s.rebuild()
	case !msg.saved:
		s.editor = newEditor(s.env.Common, s.sess.File(), msg.code)
		s.editor.saveDoes("redeploy")
		s.editor.setSize(s.width, s.height)
		s.editor.setStatus("ctrl+s saves, and the lab redeploys your handler · esc goes back to the lab", st.Muted)
		return nil
	case s.editor == nil:
		return nil
	case msg.err != nil:
		s.editor.setStatus("✗ Could not save: "+msg.err.Error(), st.Error)
		return nil
	}
	s.editor.markSaved(msg.code)
	s.editor.setStatus("Saved: the lab redeploys it. esc shows the instances and whether it deployed.", st.Success)
	return s.snapshotCmd(false)
}

// editCmd opens the handler in the learner's editor, the same path as the
// challenge steps. The lab redeploys on the file's save, whoever saves it,
// so an in-app editor only has to write the file.
func (s *labStep) editCmd() tea.Cmd {
	if s.sess == nil || s.env.Labs == nil {
		return nil
	}
	return tea.ExecProcess(s.env.Labs.EditorCmd(s.sess.File()), func(err error) tea.Msg { return labEditedMsg{to: s, err: err} })
}

func withQuery(path, q string) string {
	if strings.Contains(path, "?") {
		return path + "&" + q
	}
	return path + "?" + q
}

func (s *labStep) send(method, path, ctype, body string) tea.Cmd {
	sess := s.sess
	if sess == nil {
		return nil
	}
	return func() tea.Msg {
		return labSentMsg{to: s, exchanges: []LabExchange{sess.Send(method, path, ctype, body)}}
	}
}

// burst sends n requests at once, each from its own goroutine.
func (s *labStep) burst(n int, path string) tea.Cmd {
	sess := s.sess
	if sess == nil {
		return nil
	}
	return func() tea.Msg {
		out := make([]LabExchange, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				out[i] = sess.Send("GET", path, "", "")
			}()
		}
		wg.Wait()
		return labSentMsg{to: s, exchanges: out}
	}
}

// observe records the tasks the latest snapshot shows done for the first
// time.
func (s *labStep) observe() tea.Cmd {
	lessonID, stepID, now := s.env.Lesson.ID, s.env.Step().ID, s.env.Now()
	lp := s.env.State.Lessons[lessonID]
	var newly []string
	for _, t := range labTasks {
		if ok, _ := t.check(&s.snap); ok && !lp.LabTask(stepID, t.id) {
			newly = append(newly, t.id)
		}
	}
	if len(newly) == 0 {
		return nil
	}
	return s.env.Save(func(st *progress.State) {
		for _, id := range newly {
			st.Lesson(lessonID).LabTaskDone(stepID, id, now)
		}
	})
}

func (s *labStep) View() string {
	if s.editor != nil {
		return s.editor.view()
	}
	if s.panel == "" {
		return s.sc.view()
	}
	return s.panel + "\n" + s.sc.view()
}

func (s *labStep) ShortHelp() []key.Binding {
	k := s.keys
	if s.editor != nil {
		return s.editor.shortHelp()
	}
	if s.sess == nil {
		return []key.Binding{s.env.Keys.Down}
	}
	return []key.Binding{k.Get, k.Post, k.Burst, k.Wait, s.editKey()}
}

// editKey is e as it is for this learner: their editor, or lectern's.
func (s *labStep) editKey() key.Binding {
	help := "edit here"
	if name, configured := s.env.Labs.ExternalEditor(); configured {
		help = "edit in " + name
	}
	return key.NewBinding(key.WithKeys(s.env.Keys.Edit.Keys()...), key.WithHelp("e", help))
}

func (s *labStep) FullHelp() [][]key.Binding {
	k := s.keys
	if s.editor != nil {
		return s.editor.fullHelp()
	}
	if s.sess == nil {
		return [][]key.Binding{scrollHelp(s.env.Keys)}
	}
	return [][]key.Binding{{k.Get, k.Post, k.Delete, k.Burst}, {k.Wait, k.Provision, s.editKey()}, scrollHelp(s.env.Keys)}
}

func (s *labStep) Capturing() Capture {
	if s.editor != nil {
		return CaptureText
	}
	return CaptureNone
}

// Cursor is the editor's cursor, relative to the step's area.
func (s *labStep) Cursor() *tea.Cursor { return s.editor.cursor() }

// Unsaved says what leaving lectern would lose: edits not saved.
func (s *labStep) Unsaved() string { return s.editor.unsaved() }

// Complete: every task has been observed.
func (s *labStep) Complete() bool {
	lp := s.env.State.Lessons[s.env.Lesson.ID]
	for _, t := range labTasks {
		if !lp.LabTask(s.env.Step().ID, t.id) {
			return false
		}
	}
	return true
}

// ---- the tasks ----

// labTask is one experiment, checked on what the lab measured: check
// reports whether the snapshot shows it done, and what it saw.
type labTask struct {
	id, title, how string
	check          func(*LabSnapshot) (bool, string)
}

// labTasks are a lab step's experiments, in order.
var labTasks = []labTask{
	{"cold-warm", "First request cold, second warm", "press 1 twice", taskColdWarm},
	{"burst", fmt.Sprintf("A burst of %d makes several cold starts", labBurst), "press b", taskBurst},
	{"idle", "After the idle timeout the next request is cold again", "press w, or wait", taskIdle},
	{"init", "Slow set-up moved into package init makes warm requests faster", "edit with e (the handler's Task 4), then 1 a few times", taskInit},
	{"methods", "GET and POST answered differently, anything else 405 with Allow", "edit with e (Task 5), then 1, 2 and 3", taskMethods},
	{"provisioned", "Provisioned instances remove the cold start", "press v, then 1", taskProvisioned},
}

func okRec(r *LabRecord) bool { return r.Served() && r.Status < 500 }

// Served reports whether an instance ran the request.
func (r *LabRecord) Served() bool { return r.Instance > 0 && !r.Throttled }

func taskColdWarm(s *LabSnapshot) (bool, string) {
	for i := len(s.Records) - 1; i >= 0; i-- {
		warm := &s.Records[i]
		if !okRec(warm) || warm.Cold {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			cold := &s.Records[j]
			if cold.Instance == warm.Instance && cold.Cold && okRec(cold) {
				return true, fmt.Sprintf("instance %d: cold %s (init %s + handler %s) → warm %s",
					cold.Instance, msText(cold.Init+cold.Duration), msText(cold.Init), msText(cold.Duration), msText(warm.Duration))
			}
		}
	}
	return false, ""
}

func taskBurst(s *LabSnapshot) (bool, string) {
	// The most cold starts under way at one moment.
	type edge struct {
		at time.Time
		d  int
	}
	var edges []edge
	for _, r := range s.Records {
		if r.Cold && r.Served() {
			edges = append(edges, edge{r.Start, 1}, edge{r.End, -1})
		}
	}
	sort.Slice(edges, func(i, j int) bool {
		if !edges[i].at.Equal(edges[j].at) {
			return edges[i].at.Before(edges[j].at)
		}
		return edges[i].d < edges[j].d
	})
	most, n := 0, 0
	for _, e := range edges {
		n += e.d
		most = max(most, n)
	}
	if most < 2 {
		return false, ""
	}
	return true, fmt.Sprintf("%d cold starts at once, one new instance for each request no warm instance was free for", most)
}

func taskIdle(s *LabSnapshot) (bool, string) {
	for _, in := range s.Instances {
		if in.StopReason != LabIdledOut {
			continue
		}
		for _, r := range s.Records {
			if r.Cold && okRec(&r) && r.Start.After(in.Stopped) {
				return true, fmt.Sprintf("instance %d shut down after %s idle; the next request cold-started instance %d (%s)",
					in.ID, durText(s.IdleTimeout), r.Instance, msText(r.Init))
			}
		}
	}
	return false, ""
}

// median of the durations d picks from the records keep accepts.
func median(recs []LabRecord, keep func(*LabRecord) bool, d func(*LabRecord) time.Duration) (time.Duration, bool) {
	var ds []time.Duration
	for i := range recs {
		if keep(&recs[i]) {
			ds = append(ds, d(&recs[i]))
		}
	}
	if len(ds) == 0 {
		return 0, false
	}
	slices.Sort(ds)
	return ds[len(ds)/2], true
}

// inits are the cold starts of each version's instances: those the
// requests waited for and those started ahead (provisioned).
func inits(s *LabSnapshot) map[int][]time.Duration {
	seen := map[int]bool{}
	out := map[int][]time.Duration{}
	for _, r := range s.Records {
		if r.Cold && okRec(&r) && !seen[r.Instance] {
			seen[r.Instance] = true
			out[r.Version] = append(out[r.Version], r.Init)
		}
	}
	for _, in := range s.Instances {
		if in.Init > 0 && !seen[in.ID] {
			seen[in.ID] = true
			out[in.Version] = append(out[in.Version], in.Init)
		}
	}
	return out
}

func taskInit(s *LabSnapshot) (bool, string) {
	type figures struct{ warm, init time.Duration }
	byVersion := map[int]figures{}
	var versions []int
	for _, r := range s.Records {
		if r.Version > 0 && !slices.Contains(versions, r.Version) {
			versions = append(versions, r.Version)
		}
	}
	initsOf := inits(s)
	for _, v := range versions {
		warm, okW := median(s.Records, func(r *LabRecord) bool { return r.Version == v && !r.Cold && okRec(r) }, func(r *LabRecord) time.Duration { return r.Duration })
		ds := slices.Clone(initsOf[v])
		slices.Sort(ds)
		if okW && len(ds) > 0 {
			byVersion[v] = figures{warm, ds[len(ds)/2]}
		}
	}
	for _, a := range versions {
		for _, b := range versions {
			fa, okA := byVersion[a]
			fb, okB := byVersion[b]
			if !okA || !okB || b <= a {
				continue
			}
			saved := fa.warm - fb.warm
			if saved >= 5*time.Millisecond && fb.warm <= fa.warm/2 && fb.init-fa.init >= saved/2 {
				return true, fmt.Sprintf("warm %s (v%d) → %s (v%d); the cold start went %s → %s: init pays once, not every request",
					msText(fa.warm), a, msText(fb.warm), b, msText(fa.init), msText(fb.init))
			}
		}
	}
	return false, ""
}

func taskMethods(s *LabSnapshot) (bool, string) {
	versions := map[int]bool{}
	for _, r := range s.Records {
		versions[r.Version] = true
	}
	for v := range versions {
		var get, post, other *LabRecord
		for i := range s.Records {
			r := &s.Records[i]
			if r.Version != v || !r.Served() {
				continue
			}
			switch {
			case r.Method == "GET" && r.Status >= 200 && r.Status < 300:
				get = r
			case r.Method == "POST" && r.Status >= 200 && r.Status < 300:
				post = r
			case r.Method != "GET" && r.Method != "POST" && r.Method != "HEAD" && r.Status == 405 &&
				strings.Contains(r.Allow, "GET") && strings.Contains(r.Allow, "POST"):
				other = r
			}
		}
		if get != nil && post != nil && other != nil && (get.Status != post.Status || get.BodyDigest != post.BodyDigest) {
			return true, fmt.Sprintf("v%d: GET %d, POST %d, %s %d (Allow: %s)", v, get.Status, post.Status, other.Method, other.Status, other.Allow)
		}
	}
	return false, ""
}

func taskProvisioned(s *LabSnapshot) (bool, string) {
	for _, r := range s.Records {
		if r.Provisioned && !r.Cold && r.InstanceRequest == 1 && okRec(&r) {
			return true, fmt.Sprintf("instance %d was started ahead: its first request was warm (%s)", r.Instance, msText(r.Duration))
		}
	}
	return false, ""
}

// ---- drawing ----

func msText(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case ms >= 100:
		return fmt.Sprintf("%.0f ms", ms)
	case ms >= 10:
		return fmt.Sprintf("%.1f ms", ms)
	}
	return fmt.Sprintf("%.2f ms", ms)
}

func durText(d time.Duration) string {
	switch {
	case d < 10*time.Second:
		return fmt.Sprintf("%.1fs", d.Seconds())
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	}
	return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
}

// rebuild lays out the panel and the scrolling body for the latest
// snapshot; it is called from Update whenever one of them changes, never
// from View.
func (s *labStep) rebuild() tea.Cmd {
	w := max(s.width, 10)
	page, ready, cmd := s.md.page(pageWidth(s.width))
	s.panel = ""
	if s.env.Labs != nil {
		s.panel = s.panelText(w)
	}
	panelH := 0
	if s.panel != "" {
		panelH = strings.Count(s.panel, "\n") + 1
	}
	s.sc.setSize(s.width, max(s.height-panelH-1, 1))
	var b strings.Builder
	b.WriteString(s.tasksText(w) + "\n\n")
	b.WriteString(page)
	if code := s.codeText(w); code != "" {
		b.WriteString("\n\n" + code)
	}
	if body := b.String(); body != s.body || !ready {
		s.body = body
		s.sc.setContent(body, ready)
	}
	return cmd
}

// logLines is how many requests the panel lists, for the height.
func (s *labStep) logLines() int {
	switch {
	case s.height >= 40:
		return 10
	case s.height >= 28:
		return 6
	case s.height >= 20:
		return 4
	}
	return 2
}

func (s *labStep) panelText(w int) string {
	st := s.env.Styles
	line := func(style func(...string) string, text string) string { return style(ansi.Truncate(text, w, "…")) }
	var lines []string
	switch {
	case s.openErr != "":
		return st.Error.Render(ansi.Wordwrap("✗ The lab could not start: "+s.openErr, w, ""))
	case s.sess == nil:
		return st.Muted.Render("Starting the lab…")
	}
	snap := &s.snap
	head := fmt.Sprintf("▶ %s · idle timeout %s · provisioned %d · max %d", s.sess.URL(), durText(snap.IdleTimeout), snap.Provisioned, snap.MaxInstance)
	if snap.Version > 0 {
		head = fmt.Sprintf("▶ v%d · %s", snap.Version, head[len("▶ "):])
	}
	lines = append(lines, line(st.Accent.Render, head))
	if !snap.DeployOK && len(snap.Problems) > 0 {
		serving := "nothing is deployed"
		if snap.Version > 0 {
			serving = fmt.Sprintf("v%d still serving", snap.Version)
		}
		mark, style := "✗", st.Error
		if snap.Unsupported {
			mark, style = "⚠", st.Warning
		}
		lines = append(lines, line(style.Render, fmt.Sprintf("%s Your last save did not deploy (%s):", mark, serving)))
		for i, p := range snap.Problems {
			if i == 2 {
				break
			}
			lines = append(lines, line(style.Render, "  "+p))
		}
	}
	lines = append(lines, s.instanceLines(w)...)
	lines = append(lines, line(st.Subtitle.Render, "inst method status start   init ms   run ms  billed ms used MB  cost $"))
	recs := snap.Records
	n := s.logLines()
	if len(recs) == 0 {
		lines = append(lines, line(st.Muted.Render, "  no requests yet: press 1 to send a GET"))
	}
	if len(recs) > n {
		recs = recs[len(recs)-n:]
	}
	for i := range recs {
		lines = append(lines, s.recordLine(&recs[i], w))
	}
	switch {
	case !s.waitUntil.IsZero():
		left := max(s.waitUntil.Sub(snap.At), 0)
		wait := fmt.Sprintf("⏳ waiting past the %s idle timeout: %s, then a GET…", durText(snap.IdleTimeout), durText(left))
		lines = append(lines, line(st.Warning.Render, wait))
		if s.notice != "" {
			lines = append(lines, line(st.Muted.Render, s.notice))
		}
	case s.sendErr != "":
		lines = append(lines, line(st.Error.Render, "✗ "+s.sendErr))
	case s.notice != "":
		lines = append(lines, line(st.Muted.Render, s.notice))
	default:
		// Wrapped, not cut: the comparison with the real platforms is
		// the point of it.
		for _, l := range strings.Split(wrapProse(s.coldStartLine(), w), "\n") {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	return strings.Join(lines, "\n") + "\n" + st.Muted.Render(strings.Repeat("─", w))
}

// instanceLines are the instances as short chips over at most two lines:
// the live ones (with their age), then the two stopped last (how long ago,
// and why); "+N more" when they do not all fit.
func (s *labStep) instanceLines(w int) []string {
	st := s.env.Styles
	snap := &s.snap
	var chips []string
	stopped := 0
	for _, in := range snap.Instances {
		var chip string
		switch in.State {
		case LabStarting:
			chip = st.Warning.Render(fmt.Sprintf("#%d cold start…", in.ID))
		case LabBusy:
			chip = st.Accent.Render(fmt.Sprintf("#%d busy", in.ID))
		case LabIdle:
			// How long it has waited, the figure the idle timeout is
			// measured against (a provisioned one never times out).
			since := in.LastUsed
			if since.IsZero() {
				since = in.Started
			}
			idle := "idle " + durText(snap.At.Sub(since))
			if in.Provisioned {
				idle = "provisioned, " + idle
			}
			chip = st.Success.Render(fmt.Sprintf("#%d warm, %s", in.ID, idle))
		default:
			if stopped++; stopped > 2 {
				continue
			}
			chip = st.Muted.Render(fmt.Sprintf("#%d shut down %s ago (%s)", in.ID, durText(snap.At.Sub(in.Stopped)), in.StopReason))
		}
		chips = append(chips, chip)
	}
	if len(chips) == 0 {
		return []string{st.Muted.Render(ansi.Truncate("Instances: none running — the next request cold-starts one", w, "…"))}
	}
	const sep = " · "
	lines := []string{"Instances: "}
	for i, c := range chips {
		cur := &lines[len(lines)-1]
		fresh := *cur == "Instances: " || *cur == "  "
		if !fresh && ansi.StringWidth(*cur+sep+c) > w {
			if len(lines) == 2 {
				more := fmt.Sprintf(" +%d more", len(chips)-i)
				if ansi.StringWidth(*cur+more) > w {
					*cur = ansi.Truncate(*cur, w-len(more), "")
				}
				*cur += st.Muted.Render(more)
				break
			}
			lines = append(lines, "  ")
			cur, fresh = &lines[1], true
		}
		if !fresh {
			*cur += sep
		}
		*cur += c
	}
	for i := range lines {
		lines[i] = ansi.Truncate(lines[i], w, "…")
	}
	return lines
}

func (s *labStep) recordLine(r *LabRecord, w int) string {
	st := s.env.Styles
	inst := "  - "
	if r.Instance > 0 {
		inst = fmt.Sprintf("%4s", fmt.Sprintf("#%d", r.Instance))
	}
	start := "warm"
	switch {
	case r.Provisioned && !r.Cold:
		start = "prov"
	case r.Throttled:
		start = "none"
	case r.Cold:
		start = "cold"
	case r.Instance == 0:
		start = "-"
	}
	text := fmt.Sprintf("%s %-6s %-6d %-5s", inst, ansi.Truncate(r.Method, 6, ""), r.Status, start)
	style := st.Success
	if r.Cold {
		style = st.Warning
	}
	switch {
	case r.Error != "":
		first, _, _ := strings.Cut(r.Error, "\n")
		if rest := strings.Split(r.Error, "\n"); len(rest) > 2 && strings.HasPrefix(strings.TrimSpace(rest[2]), "at ") {
			first = strings.TrimSpace(rest[1]) + " " + strings.TrimSpace(rest[2])
		}
		text += " " + first
		style = st.Error
	default:
		init := "-"
		if r.Cold {
			init = fmt.Sprintf("%.2f", float64(r.Init)/1e6)
		}
		text += fmt.Sprintf(" %9s %8.2f %10d %7d  %.8f", init, float64(r.Duration)/1e6, r.Billed.Milliseconds(), r.MaxMemoryMB, r.Cost)
	}
	return style.Render(ansi.Truncate(text, w, "…"))
}

// coldStartLine puts the last cold start measured here beside the
// lesson's real-world figures.
func (s *labStep) coldStartLine() string {
	var cold, warm string
	for i := len(s.snap.Records) - 1; i >= 0; i-- {
		r := &s.snap.Records[i]
		if !okRec(r) {
			continue
		}
		if r.Cold && cold == "" {
			cold = msText(r.Init)
		}
		if !r.Cold && warm == "" {
			warm = msText(r.Duration)
		}
	}
	here := "here: no cold start yet"
	if cold != "" {
		here = "Cold start here: " + cold
		if warm != "" {
			here += " (a warm request " + warm + ")"
		}
	}
	for _, f := range s.lab.RealWorld {
		here += " · " + f.Platform + ": " + f.ColdStart
	}
	return here
}

func (s *labStep) tasksText(w int) string {
	st := s.env.Styles
	lp := s.env.State.Lessons[s.env.Lesson.ID]
	done := 0
	for _, t := range labTasks {
		if lp.LabTask(s.env.Step().ID, t.id) {
			done++
		}
	}
	var b strings.Builder
	title := fmt.Sprintf("Tasks: %d of %d observed", done, len(labTasks))
	if done == len(labTasks) {
		title += " — step done"
	}
	b.WriteString(st.Subtitle.Render(ansi.Truncate(title, w, "…")))
	for i, t := range labTasks {
		seen := lp.LabTask(s.env.Step().ID, t.id)
		_, detail := t.check(&s.snap)
		mark, style := "·", st.Muted
		if seen {
			mark, style = "✓", st.Success
		}
		b.WriteString("\n" + style.Render(wrapIndent(fmt.Sprintf("%s %d %s", mark, i+1, t.title), w, "", "    ")))
		switch {
		case detail != "":
			b.WriteString("\n" + st.Muted.Render(wrapIndent(detail, w, "    ", "    ")))
		case !seen && s.sess != nil:
			b.WriteString("\n" + st.Muted.Render(wrapIndent("("+t.how+")", w, "    ", "    ")))
		}
	}
	if len(s.lab.RealWorld) > 0 {
		b.WriteString("\n\n" + st.Subtitle.Render("Cold starts: here, and as the lesson quotes them"))
		cold, measured := median(s.snap.Records, func(r *LabRecord) bool { return r.Cold && okRec(r) }, func(r *LabRecord) time.Duration { return r.Init })
		here := "—"
		if measured {
			here = msText(cold) + " (median, measured)"
		}
		b.WriteString("\n" + ansi.Truncate(fmt.Sprintf("  %-20s %s", "this lab", here), w, "…"))
		for _, f := range s.lab.RealWorld {
			b.WriteString("\n" + wrapIndent(fmt.Sprintf("%-20s %s — %s", f.Platform, f.ColdStart, f.Note), w, "  ", strings.Repeat(" ", 23)))
		}
	}
	return b.String()
}

// codeText is the learner's handler as deployed.
func (s *labStep) codeText(w int) string {
	if s.sess == nil {
		return ""
	}
	st := s.env.Styles
	var b strings.Builder
	title := "Your handler"
	if s.snap.Version > 0 {
		title += fmt.Sprintf(" (v%d, as deployed)", s.snap.Version)
	}
	b.WriteString(st.Subtitle.Render(title) + "\n")
	b.WriteString(st.Muted.Render(ansi.Wordwrap(s.sess.File()+" — e edits it; every save redeploys", w, "")) + "\n")
	for i, l := range strings.Split(strings.TrimRight(s.snap.Source, "\n"), "\n") {
		b.WriteString(st.Code.Render(ansi.Truncate(fmt.Sprintf("%3d  %s", i+1, strings.ReplaceAll(l, "\t", "    ")), w, "…")) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// Text is the page, the tasks, and how to run the lab in a terminal.
func (s *labStep) Text(width int, style render.Style) (string, error) {
	out, err := renderText(s.md.text, style, width)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString(out + "\n\n")
	b.WriteString(ansi.Wordwrap(fmt.Sprintf("Run this step's lab with: lectern lab %s (it prints curl commands to try), or open the step in lectern. Its tasks, each checked on what the lab measures:",
		s.env.Lesson.ID), width, ""))
	for i, t := range labTasks {
		item := ansi.Wordwrap(fmt.Sprintf("%d. %s", i+1, t.title), max(width-5, 10), "")
		b.WriteString("\n  " + strings.ReplaceAll(item, "\n", "\n     "))
	}
	return b.String(), nil
}
