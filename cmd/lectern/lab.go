package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/lectern-dev/lectern/lab"
	"github.com/lectern-dev/lectern/lessons"
	"github.com/lectern-dev/lectern/tui"
)

type labOptions struct {
	Lesson, Step, File string
	Port               int
	IdleTimeout        time.Duration
	Provisioned        int
	MaxInstances       int
	InitDelay          time.Duration
	Timeout            time.Duration
	MemoryMB           int
	MaxRequests        int // for tests: stop after this many requests (0: never)
}

func newLabCmd(app *App) *cobra.Command {
	opts := &labOptions{}
	const usage = "lab [lesson] [file]"
	cmd := &cobra.Command{
		Use:   usage,
		Short: "Run your Go handler on a local serverless platform",
		Long: `lab deploys your handler (a Go file declaring
func Handler(w http.ResponseWriter, r *http.Request); default: your workspace
file for the lesson's lab step, created from its starter the first time) on a
local serverless platform and serves it on 127.0.0.1 (a free port unless
--port is given). Each request goes to an instance — a sandboxed process that
has loaded your handler and serves one request at a time: a request that finds
no idle instance starts one (a cold start: the process, the interpreter
loading your code, its package init), an idle one is reused (warm), one idle
for longer than --idle-timeout is shut down, --provisioned instances are kept
started ahead, and beyond --max-instances a request is throttled (429).

Every response carries X-Lectern-Instance, X-Lectern-Cold-Start,
X-Lectern-Init-Ms and X-Lectern-Duration-Ms; every request is logged with
Lambda's REPORT line and its cost. Saving the file redeploys it. Ctrl-C stops
every instance.`,
		Args: challengeArgs(2, usage),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := labArgs(app, opts, args); err != nil {
				return err
			}
			return runLab(cmd.Context(), app, opts, usage)
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.Port, "port", 0, "the port to listen on, on 127.0.0.1 (0: a free one)")
	f.DurationVar(&opts.IdleTimeout, "idle-timeout", 0, "shut an instance down after it has been idle this long (default: the lab step's, else 10s)")
	f.IntVar(&opts.Provisioned, "provisioned", 0, "keep this many instances started ahead")
	f.IntVar(&opts.MaxInstances, "max-instances", lab.DefaultMaxInstances, "run at most this many instances at once (429 beyond)")
	f.DurationVar(&opts.InitDelay, "init-delay", 0, "add this simulated delay to every cold start's init phase")
	f.DurationVar(&opts.Timeout, "timeout", lab.DefaultTimeout, "the most one request may run (504 beyond)")
	f.IntVar(&opts.MemoryMB, "memory", lab.DefaultMemoryMB, "each instance's memory, in MB")
	f.StringVar(&opts.Step, "step", "", "the lab step (its number or id), when the lesson has several")
	f.IntVar(&opts.MaxRequests, "max-requests", 0, "stop after this many requests")
	_ = f.MarkHidden("max-requests")
	return withExamples(app, cmd, func(lesson, _ string) string {
		return fmt.Sprintf("  lectern lab %s\n  lectern lab %s --idle-timeout 1s --provisioned 2\n  lectern lab mine.go --port 8080", lesson, lesson)
	})
}

// labArgs sorts the arguments: a lesson (an id of the pack), a file.
func labArgs(app *App, opts *labOptions, args []string) error {
	cat, _ := app.Catalog()
	for _, a := range args {
		switch {
		case opts.Lesson == "" && opts.File == "" && cat.Lesson(a) != nil:
			opts.Lesson = a
		case opts.File == "":
			opts.File = a
		default:
			return usageErrorf("too many arguments: usage: lectern lab [lesson] [file]")
		}
	}
	return nil
}

// labStepOf is the lesson's lab step (--step: its number or id).
func labStepOf(l *lessons.Lesson, which string) (lessons.Step, error) {
	labs := l.StepsOfKind(lessons.KindLab)
	if len(labs) == 0 {
		return lessons.Step{}, usageErrorf("lesson %s has no lab step", l.ID)
	}
	for _, i := range labs {
		if which == "" || l.Steps[i].ID == which || strconv.Itoa(i+1) == which {
			if l.Steps[i].Lab == nil {
				return lessons.Step{}, fmt.Errorf("lesson %s: step %s has no lab", l.ID, l.Steps[i].ID)
			}
			return l.Steps[i], nil
		}
	}
	return lessons.Step{}, usageErrorf("lesson %s has no lab step %q", l.ID, which)
}

// labConfig is the platform's configuration for a step and the flags.
func labConfig(step lessons.Step, file string, opts *labOptions) lab.Config {
	cfg := lab.Config{File: file, IdleTimeout: opts.IdleTimeout, Provisioned: opts.Provisioned, MaxInstances: opts.MaxInstances,
		InitDelay: opts.InitDelay, Timeout: opts.Timeout, MemoryMB: opts.MemoryMB}
	if cfg.IdleTimeout <= 0 && step.Lab != nil {
		cfg.IdleTimeout = step.Lab.IdleTimeout
	}
	return cfg
}

func runLab(ctx context.Context, app *App, opts *labOptions, usage string) error {
	// In full: an outline from the index has no lab.yaml.
	l, err := app.FullLesson(opts.Lesson, usage)
	if err != nil {
		return err
	}
	step, err := labStepOf(l, opts.Step)
	if err != nil {
		return err
	}
	path := step.Lab.Path
	file := opts.File
	if file != "" {
		if st, err := os.Stat(file); err != nil || st.IsDir() {
			return usageErrorf("%s: not a handler file", file)
		}
	} else {
		var created bool
		if file, created, err = workspaceOf(app).EnsureLab(l.ID, step.ID, []byte(step.Lab.Handler)); err != nil {
			return err
		}
		if created {
			fmt.Fprintf(app.IO.Out, "Created %s from the lab's starter handler.\n", file)
		}
	}
	if opts.Port < 0 || opts.Port > 65535 {
		return usageErrorf("--port %d is not a port", opts.Port)
	}
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	out := &labLog{w: app.IO.Out}
	served := make(chan struct{}, 1024)
	cfg := labConfig(step, file, opts)
	cfg.OnEvent = func(ev lab.Event) {
		out.event(ev)
		if ev.Kind == lab.EventRequest {
			select {
			case served <- struct{}{}:
			default:
			}
		}
	}
	fmt.Fprintf(app.IO.Out, "Deploying %s …\n", file)
	platform, err := lab.Start(cfg)
	if err != nil {
		return err
	}
	defer func() {
		platform.Close()
		fmt.Fprintln(app.IO.Out, "Stopped: every instance is shut down.")
	}()
	srv, err := lab.Listen(platform, opts.Port)
	if err != nil {
		return err
	}
	defer srv.Close()
	c := platform.Config()
	url := srv.URL()
	fmt.Fprintf(app.IO.Out, "Listening on %s\n", url)
	fmt.Fprintf(app.IO.Out, `
Every path reaches your Handler. Try, in another terminal:

  curl -i '%[1]s%[2]s?who=Ada'          # the first request: a cold start
  curl -i '%[1]s%[2]s?who=Ada'          # the second: warm
  curl -i -X POST -H 'Content-Type: application/json' -d '{"who":"Ada"}' '%[1]s%[2]s'
  curl -i -X DELETE '%[1]s%[2]s'
  for i in 1 2 3 4 5; do curl -s -o /dev/null -D - '%[1]s%[2]s' | grep X-Lectern & done; wait   # a burst

Idle instances shut down after %[3]s; provisioned: %[4]d; at most %[5]d at once.
Saving %[6]s redeploys it. Ctrl-C stops the lab.

`, url, path, c.IdleTimeout, c.Provisioned, c.MaxInstances, filepath.Base(file))
	out.ready()
	for n := 0; opts.MaxRequests == 0 || n < opts.MaxRequests; n++ {
		select {
		case <-ctx.Done():
			fmt.Fprintln(app.IO.Out)
			return nil
		case <-served:
		}
	}
	return nil
}

// labLog prints the lab's events as a log, one request at a time. Events
// that come before the banner is printed are held back until it is.
type labLog struct {
	mu      sync.Mutex
	w       io.Writer
	started bool
	held    []lab.Event
}

func (g *labLog) ready() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.started = true
	for _, ev := range g.held {
		g.print(ev)
	}
	g.held = nil
}

func (g *labLog) event(ev lab.Event) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.started && ev.Kind != lab.EventDeployed && ev.Kind != lab.EventDeployFailed {
		g.held = append(g.held, ev)
		return
	}
	g.print(ev)
}

func (g *labLog) print(ev lab.Event) {
	at := ev.At.Format("15:04:05.000")
	p := func(format string, args ...any) { fmt.Fprintf(g.w, "%s  "+format+"\n", append([]any{at}, args...)...) }
	indent := func(text, prefix string) {
		for _, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			fmt.Fprintf(g.w, "%s%s\n", prefix, l)
		}
	}
	switch ev.Kind {
	case lab.EventDeployed:
		d := ev.Deploy
		if d.Unchanged {
			p("the file is back to v%d, which is serving", d.Version)
			return
		}
		p("deployed v%d (checked in %s)", d.Version, labMS(d.Took))
	case lab.EventDeployFailed:
		d := ev.Deploy
		serving := "nothing is deployed yet"
		if d.Version > 0 {
			serving = fmt.Sprintf("v%d still serving", d.Version)
		}
		what := "did not deploy"
		if d.Unsupported {
			what = "did not deploy: Lectern's interpreter can't run this yet (not a mistake in your code)"
		}
		p("the file %s (%s):", what, serving)
		indent(strings.Join(d.Problems, "\n"), "    ")
	case lab.EventStarted:
		in := ev.Instance
		p("instance %d started (v%d) in %s: starting the process (Lectern's own initialisation included) %s, then your handler loaded and its init run in %s",
			in.ID, in.Version, labMS(in.Init), labMS(in.Init-in.InProcess-in.InitDelay), labMS(in.InProcess))
		if in.InitDelay > 0 {
			fmt.Fprintf(g.w, "    (and %s of simulated init delay, --init-delay)\n", labMS(in.InitDelay))
		}
		if ev.Output != "" {
			indent(ev.Output, "    │ ")
		}
	case lab.EventInitFailed:
		p("instance %d: %s", ev.Instance.ID, ev.Message)
	case lab.EventStopped:
		in := ev.Instance
		p("instance %d shut down (%s) after %d request(s)", in.ID, in.StopReason, in.Requests)
	case lab.EventRequest:
		r := ev.Record
		p("%s", r.Summary())
		if r.Output != "" {
			indent(r.Output, "    │ ")
		}
		if r.Error != "" {
			indent(r.Error, "    ")
		}
		if rep := r.Report(); rep != "" {
			fmt.Fprintln(g.w, rep)
			fmt.Fprintln(g.w, r.CostLine())
		}
	}
}

func labMS(d time.Duration) string { return lab.MS(d) + " ms" }

// ---- the TUI's lab service ----

// labSvc runs the lab steps' platforms for the TUI. It closes whatever is
// still open when the program ends.
type labSvc struct {
	app  *App
	mu   sync.Mutex
	open map[*labSession]bool
}

func newLabSvc(app *App) *labSvc { return &labSvc{app: app, open: map[*labSession]bool{}} }

func (s *labSvc) Open(lessonID, stepID string, l *lessons.Lab) (tui.LabSession, error) {
	if l == nil {
		return nil, errors.New("this step has no lab")
	}
	file, _, err := workspaceOf(s.app).EnsureLab(lessonID, stepID, []byte(l.Handler))
	if err != nil {
		return nil, err
	}
	platform, err := lab.Start(lab.Config{File: file, IdleTimeout: l.IdleTimeout})
	if err != nil {
		return nil, err
	}
	srv, err := lab.Listen(platform, 0)
	if err != nil {
		platform.Close()
		return nil, err
	}
	sess := &labSession{svc: s, lab: platform, srv: srv, file: file, client: &http.Client{Timeout: 30 * time.Second}}
	s.mu.Lock()
	s.open[sess] = true
	s.mu.Unlock()
	return sess, nil
}

func (s *labSvc) EditorCmd(path string) *exec.Cmd { return editorCmd(s.app.Getenv, path) }

func (s *labSvc) ExternalEditor() (string, bool) { return s.app.ExternalEditor() }

// Close stops every lab still running.
func (s *labSvc) Close() {
	s.mu.Lock()
	var all []*labSession
	for sess := range s.open {
		all = append(all, sess)
	}
	s.mu.Unlock()
	for _, sess := range all {
		sess.Close()
	}
}

type labSession struct {
	svc    *labSvc
	lab    *lab.Lab
	srv    *lab.Server
	file   string
	client *http.Client
	once   sync.Once
}

func (s *labSession) URL() string  { return s.srv.URL() }
func (s *labSession) File() string { return s.file }

func (s *labSession) Source() (string, error) {
	data, err := os.ReadFile(s.file)
	return string(data), err
}

// SaveSource writes the handler; the platform's watcher redeploys it.
func (s *labSession) SaveSource(code string) error {
	return workspaceOf(s.svc.app).WriteLab(s.file, []byte(code))
}

func (s *labSession) Close() {
	s.once.Do(func() {
		s.srv.Close()
		s.lab.Close()
		s.client.CloseIdleConnections()
		s.svc.mu.Lock()
		delete(s.svc.open, s)
		s.svc.mu.Unlock()
	})
}

func (s *labSession) SetProvisioned(n int) { s.lab.SetProvisioned(n) }

func (s *labSession) Send(method, path, contentType, body string) tui.LabExchange {
	req, err := http.NewRequest(method, s.srv.URL()+path, strings.NewReader(body))
	if err != nil {
		return tui.LabExchange{Err: err.Error()}
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	start := time.Now()
	resp, err := s.client.Do(req)
	if err != nil {
		return tui.LabExchange{Err: err.Error(), Latency: time.Since(start)}
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return tui.LabExchange{RequestID: resp.Header.Get("X-Lectern-Request-Id"), Status: resp.StatusCode, Latency: time.Since(start)}
}

func (s *labSession) Snapshot() tui.LabSnapshot {
	snap := s.lab.Snapshot()
	d := snap.LastDeploy
	out := tui.LabSnapshot{At: time.Now(), Version: snap.Version, Deploys: snap.Deploys, DeployOK: d.OK, Problems: d.Problems,
		Unsupported: d.Unsupported, IdleTimeout: snap.Config.IdleTimeout, InitDelay: snap.Config.InitDelay,
		Provisioned: snap.Config.Provisioned, MaxInstance: snap.Config.MaxInstances, MemoryMB: snap.Config.MemoryMB}
	out.Source = snap.Source
	for _, in := range snap.Instances {
		out.Instances = append(out.Instances, tui.LabInstance{ID: in.ID, Version: in.Version, State: string(in.State),
			Provisioned: in.Provisioned, Started: in.Started, LastUsed: in.LastUsed, Stopped: in.Stopped, StopReason: in.StopReason,
			Requests: in.Requests, Init: in.Init})
	}
	for _, r := range snap.Records {
		out.Records = append(out.Records, tui.LabRecord{ID: r.ID, Method: r.Method, URL: r.URL, Status: r.Status,
			Instance: r.Instance, Version: r.Version, InstanceRequest: r.InstanceRequest, Cold: r.Cold, Provisioned: r.Provisioned,
			Throttled: r.Throttled, Init: r.Init, InitSimulated: r.InitSimulated, Duration: r.Duration, Billed: r.Billed,
			MaxMemoryMB: (r.MaxMemory + 1<<20 - 1) >> 20, Cost: r.Cost, Error: r.Error, Allow: r.Allow, BodyDigest: r.BodyDigest,
			Body: r.Body, Output: r.Output, Start: r.Start, End: r.End, Report: r.Report()})
	}
	return out
}
