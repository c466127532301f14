// Package lab is Lectern's local serverless platform: the learner's Go
// handler (func Handler(w http.ResponseWriter, r *http.Request) in one
// file) deployed behind a front door on 127.0.0.1, each request routed to
// a function instance — a sandbox worker process that has loaded the
// handler and serves one request at a time (Lambda's model).
//
//   - A request that finds no idle instance starts one: a cold start
//     (the process, the interpreter loading the code, the file's package
//     initialisation, all measured). An idle instance is reused: warm.
//   - An instance idle for longer than the idle timeout is shut down;
//     provisioned instances are kept started ahead and never idle out.
//   - At most MaxInstances run at once; a request beyond that is
//     throttled (429).
//   - Saving the file redeploys it: it is checked in a sandbox (the
//     compiler's messages when it is broken, and the old version keeps
//     serving); idle instances of the old version are shut down at once,
//     busy ones when their request ends; new requests cold-start the new
//     code.
//   - Limits: the request body and the response are capped, a request
//     runs at most Timeout (504, and the instance is replaced), an
//     instance's heap at most MemoryMB, and a handler that panics gets its
//     request a 502 with the panic and its line (the instance is replaced).
//
// Every request is recorded with Lambda's REPORT figures and its cost by
// the lesson's pricing (see Record). Close stops every instance.
package lab

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/grader/sandbox"
)

// Config is how the lab runs. The zero value of each field is its default.
type Config struct {
	// File is the handler file; it is watched, and redeployed when saved.
	File string
	// Exe is the executable instances are started from ("": this one,
	// which must call grader.RunWorkerIfRequested first thing).
	Exe string
	// IdleTimeout: an instance idle for longer is shut down (default 10 s).
	IdleTimeout time.Duration
	// Provisioned instances are kept started ahead (default 0).
	Provisioned int
	// MaxInstances caps the instances running at once (default 10).
	MaxInstances int
	// InitDelay is added to every cold start's init phase, labelled as
	// simulated (a heavy dependency, say).
	InitDelay time.Duration
	// Timeout is the most a request may run (default 3 s, Lambda's).
	Timeout time.Duration
	// MemoryMB is each instance's memory (its heap limit; default 128).
	MemoryMB int
	// MaxBody and MaxResponse cap a request's and a response's body
	// (default 1 MB each).
	MaxBody     int64
	MaxResponse int
	// NoWatch turns off redeploying on save (Deploy still redeploys).
	NoWatch bool
	// OnEvent, when set, is told of everything that happens, from the
	// goroutine where it happened (never with the lab's lock held).
	OnEvent func(Event)
}

// Defaults.
const (
	DefaultIdleTimeout  = 10 * time.Second
	DefaultMaxInstances = 10
	DefaultTimeout      = 3 * time.Second
	DefaultMemoryMB     = 128
	DefaultMaxBody      = 1 << 20
	DefaultMaxResponse  = 1 << 20
	// InitTimeout bounds a cold start's init phase (Lambda's limit).
	InitTimeout = 10 * time.Second
	// instanceLifetime is the most an instance lives, however busy (real
	// platforms recycle theirs after some hours too).
	instanceLifetime = 12 * time.Hour
	// outputLimit is what is kept of what one request printed.
	outputLimit = 8 << 10
	// keepRecords and keepStopped bound the history a Snapshot shows.
	keepRecords = 200
	keepStopped = 12
	debounce    = 150 * time.Millisecond
)

func (c *Config) defaults() {
	if c.IdleTimeout <= 0 {
		c.IdleTimeout = DefaultIdleTimeout
	}
	if c.MaxInstances <= 0 {
		c.MaxInstances = DefaultMaxInstances
	}
	c.Provisioned = max(0, min(c.Provisioned, c.MaxInstances))
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MemoryMB <= 0 {
		c.MemoryMB = DefaultMemoryMB
	}
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.MaxResponse <= 0 {
		c.MaxResponse = DefaultMaxResponse
	}
}

// State is an instance's state.
type State string

// Instance states.
const (
	Starting State = "starting" // cold-starting: process, interpreter, init
	Idle     State = "idle"     // warm, waiting for a request
	Busy     State = "busy"     // serving a request
	Stopped  State = "stopped"  // shut down (StopReason says why)
)

// Why an instance was stopped.
const (
	StopIdle     = "idle timeout"
	StopRedeploy = "redeployed"
	StopPanic    = "handler panicked"
	StopTimeout  = "request timed out"
	StopMemory   = "out of memory"
	StopCrash    = "crashed"
	StopInit     = "init failed"
	StopLab      = "lab stopped"
	StopUnneeded = "no longer provisioned"
)

// Lab is a running local platform.
type Lab struct {
	cfg    Config
	ctx    context.Context // ends when the lab is closed
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu         sync.Mutex
	closed     bool
	current    *deployment // nil until a deploy succeeds
	lastDeploy Deploy
	deploys    int // attempts, successful or not
	nextID     int
	instances  []*instance // live ones, then recently stopped ones
	records    []Record
	deployMu   sync.Mutex // one deploy at a time
	watcher    *fsnotify.Watcher
}

type deployment struct {
	version int
	program *sandbox.Job
	source  []byte
	at      time.Time
	// initFailed: an instance of this version failed its init; no more
	// are provisioned (each would fail the same way), though requests
	// still try.
	initFailed bool
}

type instance struct {
	id          int
	dep         *deployment
	state       State
	provisioned bool
	started     time.Time
	readyAt     time.Time
	lastUsed    time.Time
	stoppedAt   time.Time
	stopReason  string
	requests    int
	init        time.Duration // the whole cold start
	inProcess   time.Duration // of which inside the worker
	initDelay   time.Duration // of which simulated
	sb          *sandbox.Instance
	pid         int
}

// Start deploys cfg.File and starts the platform: the idle reaper, the
// provisioned instances, and (unless cfg.NoWatch) redeploys on save. A
// file that does not check is not an error: the lab runs, says what is
// wrong (Snapshot, OnEvent) and deploys the file once it is fixed.
func Start(cfg Config) (*Lab, error) {
	cfg.defaults()
	if cfg.File == "" {
		return nil, errors.New("lab: no handler file")
	}
	abs, err := filepath.Abs(cfg.File)
	if err != nil {
		return nil, err
	}
	cfg.File = abs
	l := &Lab{cfg: cfg}
	l.ctx, l.cancel = context.WithCancel(context.Background())
	if !cfg.NoWatch {
		if l.watcher, err = fsnotify.NewWatcher(); err != nil {
			return nil, fmt.Errorf("lab: cannot watch %s: %w", cfg.File, err)
		}
		// The folder, not the file: editors that save by renaming a new
		// file over the old one would end a watch on the file itself.
		if err := l.watcher.Add(filepath.Dir(cfg.File)); err != nil {
			l.watcher.Close()
			return nil, fmt.Errorf("lab: cannot watch %s: %w", filepath.Dir(cfg.File), err)
		}
	}
	l.Deploy()
	l.wg.Add(1)
	go l.reap()
	if l.watcher != nil {
		l.wg.Add(1)
		go l.watch()
	}
	return l, nil
}

// Config is the lab's configuration, with its defaults filled in.
func (l *Lab) Config() Config { return l.cfg }

// Close stops the lab: every instance (and its process group) is stopped,
// and Close returns once none is left.
func (l *Lab) Close() {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return
	}
	l.closed = true
	var stop []*instance
	for _, in := range l.instances {
		if in.state != Stopped {
			stop = append(stop, in)
		}
	}
	for _, in := range stop {
		l.markStopped(in, StopLab)
	}
	l.mu.Unlock()
	// Requests and cold starts under way see the lab's context end, stop
	// their instance and return.
	l.cancel()
	if l.watcher != nil {
		l.watcher.Close()
	}
	l.wg.Wait()
	for _, in := range stop {
		l.mu.Lock()
		sb := in.sb
		l.mu.Unlock()
		if sb != nil {
			sb.Kill()
		}
		l.emit(Event{Kind: EventStopped, Instance: l.infoOf(in)})
	}
}

func (l *Lab) emit(ev Event) {
	if ev.At.IsZero() {
		ev.At = time.Now()
	}
	if l.cfg.OnEvent != nil {
		l.cfg.OnEvent(ev)
	}
}

// ---- deploying ----

// Deploy is one deploy of the handler file.
type Deploy struct {
	// Version is the deployed version (1, 2...), or for a failed deploy
	// the version still serving (0: none).
	Version int
	OK      bool
	// Problems are the compiler's messages ("handler.go:3:1: ...") when
	// the file did not check.
	Problems []string
	// Unsupported: the problems are limitations of Lectern's interpreter,
	// not mistakes in the code.
	Unsupported bool
	// Unchanged: the file is the version serving; nothing was deployed.
	Unchanged bool
	Took      time.Duration
	At        time.Time
	Source    string // the file deployed (or that failed)
}

// Deploy reads the handler file, checks it in a sandbox and, when it
// checks, makes it the version new requests get. It returns the outcome
// (also Snapshot's LastDeploy). A file identical to the deployed one is
// not deployed again.
func (l *Lab) Deploy() Deploy {
	l.deployMu.Lock()
	defer l.deployMu.Unlock()
	start := time.Now()
	src, err := os.ReadFile(l.cfg.File)
	d := Deploy{At: start, Source: string(src)}
	if err == nil {
		l.mu.Lock()
		same := l.current != nil && bytes.Equal(l.current.source, src)
		d.Version = l.versionLocked()
		wasOK := l.lastDeploy.OK
		if same {
			d.OK, d.Unchanged = true, true
			l.lastDeploy = d
		}
		l.mu.Unlock()
		if same {
			if !wasOK { // back to the version serving, after a broken save
				l.emit(Event{Kind: EventDeployed, Deploy: &d})
			}
			return d
		}
	}
	var program *sandbox.Job
	switch {
	case err != nil:
		d.Problems = []string{fmt.Sprintf("cannot read %s: %v", l.cfg.File, err)}
	default:
		var diags []grader.Diagnostic
		program, diags, err = grader.BuildHandler(l.ctx, l.cfg.Exe, filepath.Base(l.cfg.File), src)
		if err != nil {
			d.Problems = []string{"could not check the file: " + err.Error()}
		}
		d.Unsupported = len(diags) > 0
		for _, diag := range diags {
			d.Problems = append(d.Problems, diag.String())
			d.Unsupported = d.Unsupported && diag.Unsupported
		}
	}
	d.Took = time.Since(start)
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return d
	}
	l.deploys++
	var drained []*instance
	if program != nil {
		program.MemoryLimit = int64(l.cfg.MemoryMB) << 20
		program.TimeLimit = instanceLifetime
		program.OutputLimit = outputLimit
		dep := &deployment{version: l.versionLocked() + 1, program: program, source: src, at: time.Now()}
		l.current = dep
		d.OK, d.Version = true, dep.version
		// Old instances drain: the idle ones stop now, the busy ones when
		// their request is answered (see release).
		for _, in := range l.instances {
			if in.dep != dep && in.state == Idle {
				l.markStopped(in, StopRedeploy)
				drained = append(drained, in)
			}
		}
	} else {
		d.Version = l.versionLocked()
	}
	l.lastDeploy = d
	l.mu.Unlock()
	kind := EventDeployed
	if !d.OK {
		kind = EventDeployFailed
	}
	l.emit(Event{Kind: kind, Deploy: &d})
	l.stopAll(drained)
	l.provision()
	return d
}

func (l *Lab) versionLocked() int {
	if l.current == nil {
		return 0
	}
	return l.current.version
}

// watch redeploys once the file has been quiet for a moment after a save.
func (l *Lab) watch() {
	defer l.wg.Done()
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	defer quiet.Stop()
	for {
		select {
		case <-l.ctx.Done():
			return
		case ev, ok := <-l.watcher.Events:
			if !ok {
				return
			}
			if filepath.Clean(ev.Name) == l.cfg.File && !ev.Has(fsnotify.Chmod) {
				quiet.Reset(debounce)
			}
		case _, ok := <-l.watcher.Errors:
			if !ok {
				return
			}
		case <-quiet.C:
			l.Deploy()
		}
	}
}

// ---- instances ----

// newInstanceLocked adds a starting instance of the current deployment.
func (l *Lab) newInstanceLocked(provisioned bool) *instance {
	l.nextID++
	in := &instance{id: l.nextID, dep: l.current, state: Starting, provisioned: provisioned, started: time.Now()}
	l.instances = append(l.instances, in)
	return in
}

// coldStart starts in's process and waits until it has loaded the handler
// (plus the simulated init delay). On failure in is stopped and the error
// says why.
func (l *Lab) coldStart(in *instance) error {
	sb, err := sandbox.StartInstance(l.cfg.Exe, *in.dep.program)
	if err != nil {
		l.stop(in, StopCrash)
		return fmt.Errorf("could not start an instance: %w", err)
	}
	l.mu.Lock()
	in.sb, in.pid = sb, sb.Pid()
	closed := l.closed
	l.mu.Unlock()
	if closed {
		l.stop(in, StopLab)
		return errors.New("the lab is stopping")
	}
	ready, err := sb.WaitReady(l.ctx, InitTimeout)
	if err == nil && l.cfg.InitDelay > 0 {
		select {
		case <-time.After(l.cfg.InitDelay):
		case <-l.ctx.Done():
			err = l.ctx.Err()
		}
	}
	if err != nil {
		l.mu.Lock()
		in.dep.initFailed = in.dep.initFailed || l.ctx.Err() == nil
		l.mu.Unlock()
		l.stop(in, StopInit)
		var le *sandbox.LoadError
		switch {
		case errors.As(err, &le):
			return fmt.Errorf("init failed: %s", grader.HandlerMessage(le.Message))
		case errors.Is(err, sandbox.ErrTimeout):
			return fmt.Errorf("init did not finish within %s", InitTimeout)
		}
		return fmt.Errorf("init failed: %s", grader.HandlerMessage(err.Error()))
	}
	l.mu.Lock()
	in.readyAt = time.Now()
	in.init = in.readyAt.Sub(in.started)
	in.inProcess = ready.InProcess
	in.initDelay = l.cfg.InitDelay
	in.lastUsed = in.readyAt
	l.mu.Unlock()
	l.emit(Event{Kind: EventStarted, Instance: l.infoOf(in), Output: ready.Output})
	return nil
}

// markStopped records that in stops (the caller kills its process).
func (l *Lab) markStopped(in *instance, why string) {
	if in.state == Stopped {
		return
	}
	in.state, in.stopReason, in.stoppedAt = Stopped, why, time.Now()
	// Keep the live instances first and only the latest stopped ones.
	var live, stopped []*instance
	for _, x := range l.instances {
		if x.state == Stopped {
			stopped = append(stopped, x)
		} else {
			live = append(live, x)
		}
	}
	slices.SortStableFunc(stopped, func(a, b *instance) int { return b.stoppedAt.Compare(a.stoppedAt) })
	if len(stopped) > keepStopped {
		stopped = stopped[:keepStopped]
	}
	l.instances = append(live, stopped...)
}

// stop stops one instance.
func (l *Lab) stop(in *instance, why string) {
	l.mu.Lock()
	already := in.state == Stopped
	l.markStopped(in, why)
	l.mu.Unlock()
	if in.sb != nil {
		in.sb.Kill()
	}
	if !already {
		l.emit(Event{Kind: EventStopped, Instance: l.infoOf(in)})
	}
	l.provision()
}

// stopAll kills instances already marked stopped.
func (l *Lab) stopAll(ins []*instance) {
	for _, in := range ins {
		if in.sb != nil {
			in.sb.Kill()
		}
		l.emit(Event{Kind: EventStopped, Instance: l.infoOf(in)})
	}
}

// reap shuts down instances idle for longer than the idle timeout, and
// keeps the provisioned ones topped up.
func (l *Lab) reap() {
	defer l.wg.Done()
	tick := time.NewTicker(max(min(l.cfg.IdleTimeout/20, 250*time.Millisecond), 5*time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-l.ctx.Done():
			return
		case <-tick.C:
		}
		now := time.Now()
		l.mu.Lock()
		var idle []*instance
		for _, in := range l.instances {
			if in.state == Idle && !in.provisioned && now.Sub(in.lastUsed) > l.cfg.IdleTimeout {
				l.markStopped(in, StopIdle)
				idle = append(idle, in)
			}
		}
		l.mu.Unlock()
		l.stopAll(idle)
		l.provision()
	}
}

// SetProvisioned changes how many instances are kept started ahead.
func (l *Lab) SetProvisioned(n int) {
	l.mu.Lock()
	l.cfg.Provisioned = max(0, min(n, l.cfg.MaxInstances))
	// Extra provisioned instances become on-demand ones (and idle out).
	count := 0
	for _, in := range l.instances {
		if in.provisioned && in.state != Stopped && in.dep == l.current {
			count++
			if count > l.cfg.Provisioned {
				in.provisioned = false
			}
		}
	}
	l.mu.Unlock()
	l.provision()
}

// provision starts the provisioned instances that are missing.
func (l *Lab) provision() {
	l.mu.Lock()
	if l.closed || l.current == nil || l.current.initFailed {
		l.mu.Unlock()
		return
	}
	have, live := 0, 0
	for _, in := range l.instances {
		if in.state == Stopped {
			continue
		}
		live++
		if in.provisioned && in.dep == l.current {
			have++
		}
	}
	var start []*instance
	for ; have < l.cfg.Provisioned && live < l.cfg.MaxInstances; have, live = have+1, live+1 {
		start = append(start, l.newInstanceLocked(true))
	}
	l.wg.Add(len(start))
	l.mu.Unlock()
	for _, in := range start {
		l.emit(Event{Kind: EventStarting, Instance: l.infoOf(in)})
		go func() {
			defer l.wg.Done()
			if err := l.coldStart(in); err != nil {
				l.emit(Event{Kind: EventInitFailed, Instance: l.infoOf(in), Message: err.Error()})
				return
			}
			l.release(in)
		}()
	}
}

// release makes a started or busy instance idle again, or stops it when a
// newer version has been deployed meanwhile.
func (l *Lab) release(in *instance) {
	l.mu.Lock()
	if in.state == Stopped {
		l.mu.Unlock()
		return
	}
	if in.dep != l.current {
		l.mu.Unlock()
		l.stop(in, StopRedeploy)
		return
	}
	in.state, in.lastUsed = Idle, time.Now()
	l.mu.Unlock()
}

// ---- requests ----

// Request is one HTTP request for the handler.
type Request struct {
	Method     string
	URL        string // the request URI: path and query
	Proto      string
	Host       string
	RemoteAddr string
	Header     http.Header
	Body       []byte
}

// Response is what the front door sends back.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
	Record Record
}

// Invoke routes one request to an instance: an idle one (warm), else a new
// one (cold), else — at MaxInstances — none (429).
func (l *Lab) Invoke(req *Request) *Response {
	rec := Record{ID: requestID(), Method: req.Method, URL: req.URL, Start: time.Now(), MemoryMB: l.cfg.MemoryMB}
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return l.fail(rec, http.StatusServiceUnavailable, "the lab is stopping")
	}
	dep := l.current
	if dep == nil {
		d := l.lastDeploy
		l.mu.Unlock()
		return l.fail(rec, http.StatusServiceUnavailable, "nothing is deployed: "+strings.Join(d.Problems, "\n"))
	}
	// A provisioned instance first, then the one used last (so that the
	// others idle out).
	var in *instance
	for _, x := range l.instances {
		if x.state != Idle || x.dep != dep {
			continue
		}
		if in == nil || x.provisioned && !in.provisioned || x.provisioned == in.provisioned && x.lastUsed.After(in.lastUsed) {
			in = x
		}
	}
	cold := in == nil
	if cold {
		live := 0
		for _, x := range l.instances {
			if x.state != Stopped {
				live++
			}
		}
		if live >= l.cfg.MaxInstances {
			l.mu.Unlock()
			rec.Throttled = true
			return l.fail(rec, http.StatusTooManyRequests,
				fmt.Sprintf("Rate exceeded: all %d instances are busy (at most %d run at once)", live, l.cfg.MaxInstances))
		}
		in = l.newInstanceLocked(false)
	} else {
		in.state = Busy
	}
	l.wg.Add(1)
	defer l.wg.Done()
	l.mu.Unlock()

	rec.Instance, rec.Version, rec.Cold, rec.Provisioned = in.id, dep.version, cold, in.provisioned
	if cold {
		l.emit(Event{Kind: EventStarting, Instance: l.infoOf(in)})
		if err := l.coldStart(in); err != nil {
			l.emit(Event{Kind: EventInitFailed, Instance: l.infoOf(in), Message: err.Error()})
			rec.Init = time.Since(rec.Start)
			return l.fail(rec, http.StatusBadGateway, err.Error())
		}
		l.mu.Lock()
		in.state = Busy
		rec.Init, rec.InitSimulated = in.init, l.cfg.InitDelay
		l.mu.Unlock()
	}
	l.mu.Lock()
	in.requests++
	rec.InstanceRequest = in.requests
	l.mu.Unlock()

	ireq := &sandbox.InstanceRequest{ID: rec.ID, Method: req.Method, URL: req.URL, Proto: req.Proto, Host: req.Host,
		RemoteAddr: req.RemoteAddr, Header: req.Header, Body: req.Body, Timeout: l.cfg.Timeout, MaxResponse: l.cfg.MaxResponse}
	served := time.Now()
	resp, err := in.sb.Serve(l.ctx, ireq, l.cfg.Timeout)
	var died *sandbox.Died
	switch {
	case errors.Is(err, sandbox.ErrTimeout):
		rec.Duration = l.cfg.Timeout
		defer l.stop(in, StopTimeout)
		return l.fail(rec, http.StatusGatewayTimeout, fmt.Sprintf("Task timed out after %.2f seconds", l.cfg.Timeout.Seconds()))
	case errors.As(err, &died) && died.Outcome == sandbox.Memory:
		rec.Duration, rec.MaxMemory = time.Since(served), int64(l.cfg.MemoryMB)<<20
		defer l.stop(in, StopMemory)
		return l.fail(rec, http.StatusBadGateway, fmt.Sprintf("the handler used more than its %d MB of memory; the instance was stopped", l.cfg.MemoryMB))
	case err != nil && l.ctx.Err() != nil:
		rec.Duration = time.Since(served)
		return l.fail(rec, http.StatusServiceUnavailable, "the lab is stopping")
	case err != nil:
		rec.Duration = time.Since(served)
		defer l.stop(in, StopCrash)
		msg := err.Error()
		if died != nil {
			msg = "the instance crashed: " + grader.HandlerMessage(died.Message)
		}
		return l.fail(rec, http.StatusBadGateway, msg)
	}
	rec.Duration = time.Duration(resp.Micros) * time.Microsecond
	rec.MaxMemory = resp.MaxRSS
	rec.Output, rec.Printed = resp.Output, resp.Printed
	out := &Response{Status: resp.Status, Header: http.Header(resp.Header), Body: resp.Body}
	if out.Header == nil {
		out.Header = http.Header{}
	}
	switch {
	case resp.Panic != "":
		// The request is logged first, then the instance's end.
		defer l.stop(in, StopPanic)
		rec.Panic = grader.HandlerMessage(resp.Panic)
		return l.fail(rec, http.StatusBadGateway, "the handler panicked:\n"+rec.Panic)
	case resp.TooLarge:
		l.release(in)
		return l.fail(rec, http.StatusBadGateway, fmt.Sprintf("the response is larger than %s, the lab's limit", sizeText(int64(l.cfg.MaxResponse))))
	}
	l.release(in)
	rec.Status = out.Status
	rec.Allow = out.Header.Get("Allow")
	rec.BodyDigest, rec.Body = digest(out.Body), preview(out.Body, 160)
	l.finish(&rec)
	out.Record = rec
	return out
}

// fail answers a request the handler did not answer itself.
func (l *Lab) fail(rec Record, status int, msg string) *Response {
	rec.Status, rec.Error = status, msg
	l.finish(&rec)
	h := http.Header{}
	h.Set("Content-Type", "text/plain; charset=utf-8")
	return &Response{Status: status, Header: h, Body: []byte(http.StatusText(status) + ": " + msg + "\n"), Record: rec}
}

// finish prices and keeps a record, and tells of it.
func (l *Lab) finish(rec *Record) {
	rec.End = time.Now()
	rec.price()
	l.mu.Lock()
	l.records = append(l.records, *rec)
	if len(l.records) > keepRecords {
		l.records = slices.Delete(l.records, 0, len(l.records)-keepRecords)
	}
	l.mu.Unlock()
	r := *rec
	l.emit(Event{Kind: EventRequest, Record: &r})
}

// requestID is a random id in Lambda's (UUID) form.
func requestID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// ---- what is going on ----

// InstanceInfo is an instance as a Snapshot shows it.
type InstanceInfo struct {
	ID, Version int
	State       State
	Provisioned bool
	Pid         int
	// Started is when its cold start began; Ready when it ended.
	Started, Ready, LastUsed, Stopped time.Time
	StopReason                        string
	Requests                          int
	// Init is its whole cold start; InProcess the part inside the worker
	// (loading the code and its initialisation) and InitDelay the
	// simulated part, the rest being the process's own start.
	Init, InProcess, InitDelay time.Duration
}

func (l *Lab) infoOf(in *instance) *InstanceInfo {
	l.mu.Lock()
	defer l.mu.Unlock()
	i := infoLocked(in)
	return &i
}

func infoLocked(in *instance) InstanceInfo {
	return InstanceInfo{ID: in.id, Version: in.dep.version, State: in.state, Provisioned: in.provisioned, Pid: in.pid,
		Started: in.started, Ready: in.readyAt, LastUsed: in.lastUsed, Stopped: in.stoppedAt, StopReason: in.stopReason,
		Requests: in.requests, Init: in.init, InProcess: in.inProcess, InitDelay: in.initDelay}
}

// Snapshot is the lab as it is now.
type Snapshot struct {
	// Version is the version serving (0: none yet).
	Version int
	// LastDeploy is the latest deploy (a failed one leaves the previous
	// version serving).
	LastDeploy Deploy
	// Deploys counts the deploys tried.
	Deploys int
	// Instances are the live instances, then the latest stopped ones.
	Instances []InstanceInfo
	// Records are the latest requests, oldest first.
	Records []Record
	// Source is the version serving.
	Source string
	Config Config
}

// Snapshot returns the lab's state.
func (l *Lab) Snapshot() Snapshot {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := Snapshot{Version: l.versionLocked(), LastDeploy: l.lastDeploy, Deploys: l.deploys,
		Records: slices.Clone(l.records), Config: l.cfg}
	s.Config.OnEvent = nil
	if l.current != nil {
		s.Source = string(l.current.source)
	}
	for _, in := range l.instances {
		s.Instances = append(s.Instances, infoLocked(in))
	}
	// Live ones first, by id; then the stopped ones, latest first.
	slices.SortStableFunc(s.Instances, func(a, b InstanceInfo) int {
		switch {
		case (a.State == Stopped) != (b.State == Stopped):
			if a.State == Stopped {
				return 1
			}
			return -1
		case a.State == Stopped:
			return b.Stopped.Compare(a.Stopped)
		}
		return a.ID - b.ID
	})
	return s
}

// EventKind says what happened.
type EventKind string

// Events.
const (
	EventDeployed     EventKind = "deployed"
	EventDeployFailed EventKind = "deploy failed"
	EventStarting     EventKind = "starting" // a cold start began
	EventStarted      EventKind = "started"  // ... and ended: the instance is warm
	EventInitFailed   EventKind = "init failed"
	EventStopped      EventKind = "stopped"
	EventRequest      EventKind = "request"
)

// Event is something that happened in the lab.
type Event struct {
	Kind     EventKind
	At       time.Time
	Deploy   *Deploy
	Instance *InstanceInfo
	Record   *Record
	// Message says why an init failed; Output is what an init printed.
	Message, Output string
}
