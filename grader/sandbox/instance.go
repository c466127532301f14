package sandbox

// Function instances: a worker that loads a program once and then serves
// HTTP requests, one at a time, for as long as its host keeps it (the lab's
// local serverless platform). The program is made once per deploy by a
// build (KindBuild: the Preparer only, its program sent back), and each
// instance then starts from that program (KindInstance: load, whose
// package initialisation is the instance's init phase, then serve).
//
// The instance protocol, besides the job pipe (fd 3) and the event pipe
// (fd 4) every worker has:
//
//   - fd 5 carries requests to the worker, one JSON InstanceRequest a
//     line; the host sends the next only after the previous response;
//   - the worker answers on the event pipe: "ready" once the handler is
//     loaded (Micros: how long since the worker's own start), then one
//     "response" event per request (Data: an InstanceResponse). A request
//     whose handler panicked is answered (with the panic and its line),
//     and the worker then exits: the instance is not reused.
//
// Limits are the job's as for any worker (memory, address space, an empty
// environment, no stdin, the packages offered), and the host kills the
// worker's process group when a request runs past its timeout.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Job kinds of function instances.
const (
	// KindBuild runs only the Preparer, then reports the program it made
	// (a "program" event whose Data is a Job holding Files, Packages,
	// Load, Tests, Lines and LineArray), without loading it. Tests[0]
	// names the handler function.
	KindBuild = "build"
	// KindInstance loads the program (Load, as for KindTests) and serves
	// requests with the function Tests[0] names, a
	// func(http.ResponseWriter, *http.Request).
	KindInstance = "instance"
)

// processStart is about when this process began running Go code: a
// worker reports its time since then, which splits a cold start into the
// process's own start and the loading of the code.
var processStart = time.Now()

// InstanceRequest is one HTTP request for an instance.
type InstanceRequest struct {
	ID         string              `json:"id"`
	Method     string              `json:"method"`
	URL        string              `json:"url"` // the request URI: path and query
	Proto      string              `json:"proto,omitempty"`
	Host       string              `json:"host,omitempty"`
	RemoteAddr string              `json:"remote,omitempty"`
	Header     map[string][]string `json:"header,omitempty"`
	Body       []byte              `json:"body,omitempty"`
	// Timeout is the request's deadline, as r.Context() carries it (the
	// host enforces it by stopping the instance).
	Timeout time.Duration `json:"timeout,omitempty"`
	// MaxResponse caps the response body, in bytes (0: 1 MB).
	MaxResponse int `json:"max_response,omitempty"`
}

// InstanceResponse is an instance's answer to one request.
type InstanceResponse struct {
	ID     string              `json:"id"`
	Status int                 `json:"status"`
	Header map[string][]string `json:"header,omitempty"`
	Body   []byte              `json:"body,omitempty"`
	// TooLarge: the handler wrote more than MaxResponse bytes (Body holds
	// the first MaxResponse).
	TooLarge bool `json:"too_large,omitempty"`
	// Output is what the handler printed (up to the job's OutputLimit of
	// Printed bytes).
	Output  string `json:"output,omitempty"`
	Printed int    `json:"printed,omitempty"`
	// Panic, when set, is the handler's panic as Go words it, with where
	// it happened ("panic: ...\n    at handler.go:12 (in Handler)"); Fault
	// then says whether the interpreter, not the code, was to blame.
	Panic string `json:"panic,omitempty"`
	Fault string `json:"fault,omitempty"`
	// Micros is how long the handler ran.
	Micros int64 `json:"us"`
	// MaxRSS is the most memory the instance's process has used so far
	// (its peak resident set), in bytes; 0 where it cannot be read.
	MaxRSS int64 `json:"max_rss,omitempty"`
}

// DefaultMaxResponse caps a response body when the request names no cap.
const DefaultMaxResponse = 1 << 20

// ---- host side ----

// Build runs a KindBuild job (one with a Prepare payload) in a fresh worker
// and returns the program the Preparer made — a job to start instances
// from (its Kind is KindInstance) — or, when the Preparer turned the code
// down, its rejection. Other failures (a crash, the time limit) come back
// as res with a nil program.
func Build(ctx context.Context, exe string, job Job) (program *Job, rejection []byte, res *Result, err error) {
	job.Kind = KindBuild
	job.defaults()
	w, err := Start(exe)
	if err != nil {
		return nil, nil, nil, err
	}
	defer w.Kill()
	if err := w.send(job); err != nil {
		return nil, nil, nil, err
	}
	evs := readEvents(w.events)
	timer := time.NewTimer(job.TimeLimit)
	defer timer.Stop()
	res = &Result{}
	for {
		select {
		case ev, ok := <-evs:
			if !ok {
				w.Kill()
				res.Stderr = w.stderr.String()
				report, death := finalReport(res.Stderr)
				res.Outcome, res.Message = Crashed, report
				if death == Memory {
					res.Outcome = Memory
				}
				if res.Message == "" {
					res.Message = fmt.Sprintf("the worker exited unexpectedly (%v)", w.cmd.ProcessState)
				}
				return nil, nil, res, nil
			}
			switch ev.Kind {
			case "rejected":
				return nil, ev.Data, nil, nil
			case "program":
				var p Job
				if err := json.Unmarshal(ev.Data, &p); err != nil {
					return nil, nil, nil, fmt.Errorf("sandbox: a malformed program: %w", err)
				}
				p.Kind = KindInstance
				return &p, nil, nil, nil
			case "memory":
				res.Outcome, res.Message = Memory, ev.Message
			}
		case <-timer.C:
			res.Outcome = Timeout
			return nil, nil, res, nil
		case <-ctx.Done():
			return nil, nil, nil, ctx.Err()
		}
	}
}

// send writes the job to the worker and closes the job pipe.
func (w *Worker) send(job Job) error {
	data, err := json.Marshal(job)
	if err != nil {
		w.Kill()
		return err
	}
	_, err = w.jobW.Write(data)
	if cerr := w.jobW.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		w.Kill()
		return fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	return nil
}

// readEvents decodes the event pipe until it is closed.
func readEvents(r io.Reader) <-chan Event {
	ch := make(chan Event, 16)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
		for sc.Scan() {
			var ev Event
			if json.Unmarshal(sc.Bytes(), &ev) == nil {
				ch <- ev
			}
		}
	}()
	return ch
}

// Instance is a started function instance.
type Instance struct {
	w       *Worker
	req     *os.File   // the worker's fd 5
	replies chan Event // ready, load_error, response
	gone    chan struct{}

	mu     sync.Mutex
	memory string // the worker's last words about memory
	trace  []string
	dead   error // why the worker is gone (once gone is closed)
}

// StartInstance starts a worker from exe ("" means this executable) and
// sends it job (a program from Build). WaitReady then says when it can
// serve.
func StartInstance(exe string, job Job) (*Instance, error) {
	job.Kind = KindInstance
	job.defaults()
	w, reqW, err := startInstanceProcess(exe)
	if err != nil {
		return nil, err
	}
	in := &Instance{w: w, req: reqW, replies: make(chan Event, 16), gone: make(chan struct{})}
	if err := w.send(job); err != nil {
		reqW.Close()
		return nil, err
	}
	go in.read()
	return in, nil
}

// startInstanceProcess is Start with one more pipe, for the requests.
func startInstanceProcess(exe string) (*Worker, *os.File, error) {
	if exe == "" {
		var err error
		if exe, err = selfExe(); err != nil {
			return nil, nil, fmt.Errorf("sandbox: locate executable: %w", err)
		}
	}
	var pipes [6]*os.File // jobR, jobW, evR, evW, reqR, reqW
	for i := 0; i < 6; i += 2 {
		r, w, err := os.Pipe()
		if err != nil {
			for _, f := range pipes[:i] {
				f.Close()
			}
			return nil, nil, err
		}
		pipes[i], pipes[i+1] = r, w
	}
	jobR, jobW, evR, evW, reqR, reqW := pipes[0], pipes[1], pipes[2], pipes[3], pipes[4], pipes[5]
	stderr := &capBuffer{max: 64 << 10}
	cmd := exec.Command(exe, WorkerArg)
	cmd.Env = []string{}
	cmd.Dir = "/"
	cmd.Stdin = nil
	cmd.Stdout = stderr
	cmd.Stderr = stderr
	cmd.ExtraFiles = []*os.File{jobR, evW, reqR} // fd 3, 4, 5
	cmd.SysProcAttr = sysProcAttr()
	err := startCmd(cmd)
	jobR.Close()
	evW.Close()
	reqR.Close()
	if err != nil {
		jobW.Close()
		evR.Close()
		reqW.Close()
		return nil, nil, fmt.Errorf("sandbox: start worker: %w", err)
	}
	w := &Worker{cmd: cmd, jobW: jobW, events: evR, stderr: stderr, waitDone: make(chan struct{}), started: time.Now()}
	go func() {
		_ = cmd.Wait()
		close(w.waitDone)
	}()
	return w, reqW, nil
}

// read sorts the worker's events: replies for WaitReady and Serve, the
// rest kept for the account of its death.
func (in *Instance) read() {
	for ev := range readEvents(in.w.events) {
		switch ev.Kind {
		case "loaded", "ready", "load_error", "response":
			select {
			case in.replies <- ev:
			default: // nobody will ask for it (the host stopped waiting)
			}
		case "memory":
			in.mu.Lock()
			in.memory = ev.Message
			in.mu.Unlock()
		case "trace":
			in.mu.Lock()
			if len(in.trace) == maxTrace {
				in.trace = in.trace[1:]
			}
			in.trace = append(in.trace, ev.Message)
			in.mu.Unlock()
		}
	}
	// The pipe is closed: the worker is gone (or going). Say why.
	select {
	case <-in.w.waitDone:
	case <-time.After(200 * time.Millisecond):
		in.w.once.Do(func() { killGroup(in.w.cmd.Process) })
		<-in.w.waitDone
	}
	in.mu.Lock()
	in.dead = in.death()
	in.mu.Unlock()
	close(in.gone)
}

// Died is why an instance stopped on its own.
type Died struct {
	Outcome Outcome // Memory or Crashed
	Message string
	Fault   string // the interpreter's fault, if it was
}

func (d *Died) Error() string {
	if d.Outcome == Memory {
		return d.Message
	}
	return "the instance crashed: " + d.Message
}

// ErrStopped: the instance was stopped by its host (Kill).
var ErrStopped = errors.New("sandbox: instance stopped")

func (in *Instance) death() error {
	stderr := in.w.stderr.String()
	report, how := finalReport(stderr)
	switch {
	case in.memory != "" || how == Memory:
		msg := in.memory
		if msg == "" {
			msg = firstLines(report, 2)
		}
		return &Died{Outcome: Memory, Message: msg}
	case report != "":
		msg := report
		if len(in.trace) > 0 {
			msg = capReport(msg + "\n" + strings.Join(in.trace, "\n"))
		}
		return &Died{Outcome: Crashed, Message: msg, Fault: InterpreterFault(firstLines(report, 1))}
	}
	return ErrStopped
}

// Pid is the instance's process id (also its process group's).
func (in *Instance) Pid() int { return in.w.Pid() }

// Gone is closed once the instance's process has ended.
func (in *Instance) Gone() <-chan struct{} { return in.gone }

// Kill stops the instance's process group and waits for it.
func (in *Instance) Kill() {
	in.w.once.Do(func() { killGroup(in.w.cmd.Process) })
	<-in.w.waitDone
	in.req.Close()
	<-in.gone
}

func (in *Instance) err() error {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.dead
}

// LoadError is an instance that could not load its program: the
// interpreter rejected it (Status compile or interp) or its package
// initialisation panicked (panic).
type LoadError struct {
	Status, Message, Output, Fault string
}

func (e *LoadError) Error() string { return e.Message }

// Ready is an instance that loaded its program.
type Ready struct {
	// InProcess is how long the worker took from its own start to being
	// ready (loading the code and running its initialisation, mostly).
	InProcess time.Duration
	// Output is what the initialisation printed.
	Output string
}

// WaitReady waits until the instance has loaded its program and can serve.
// A *LoadError says the program did not load; the instance is then gone.
func (in *Instance) WaitReady(ctx context.Context, timeout time.Duration) (Ready, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	var ready Ready
	for {
		ev, gone := in.next(timer.C, ctx.Done())
		switch {
		case gone == errNext:
			in.Kill()
			if ctx.Err() != nil {
				return ready, ctx.Err()
			}
			return ready, ErrTimeout
		case gone != nil:
			return ready, gone
		}
		switch ev.Kind {
		case "loaded":
			ready.Output = ev.Output
		case "ready":
			ready.InProcess = time.Duration(ev.Micros) * time.Microsecond
			return ready, nil
		case "load_error":
			in.Kill()
			return ready, &LoadError{Status: ev.Status, Message: ev.Message, Output: ev.Output, Fault: ev.Fault}
		}
	}
}

// errNext is next's answer when the timer fired or the context ended.
var errNext = errors.New("sandbox: stopped waiting")

// next is the instance's next reply. Once the worker is gone, what it
// said before it went is still answered first (its reader closes gone only
// after queueing every reply); then next returns why it went. When timer
// or done fire first it returns errNext.
func (in *Instance) next(timer <-chan time.Time, done <-chan struct{}) (Event, error) {
	select {
	case ev := <-in.replies:
		return ev, nil
	case <-in.gone:
		select {
		case ev := <-in.replies:
			return ev, nil
		default:
			return Event{}, in.err()
		}
	case <-timer:
		return Event{}, errNext
	case <-done:
		return Event{}, errNext
	}
}

// ErrTimeout: the instance did not answer in time, and was stopped.
var ErrTimeout = errors.New("sandbox: the instance did not answer in time")

// Serve sends one request and waits for the answer, at most timeout: past
// it the instance is stopped and ErrTimeout returned. A *Died says the
// instance stopped on its own (its memory limit, a crash); after a
// response with a Panic the instance is gone too.
func (in *Instance) Serve(ctx context.Context, req *InstanceRequest, timeout time.Duration) (*InstanceResponse, error) {
	if req.Timeout <= 0 {
		req.Timeout = timeout
	}
	data, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	if _, err := in.req.Write(append(data, '\n')); err != nil {
		select {
		case <-in.gone:
			return nil, in.err()
		case <-time.After(time.Second):
			in.Kill()
			return nil, fmt.Errorf("sandbox: the instance takes no requests: %w", err)
		}
	}
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		ev, gone := in.next(timer.C, ctx.Done())
		switch {
		case gone == errNext:
			in.Kill()
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, ErrTimeout
		case gone != nil:
			return nil, gone
		}
		if ev.Kind != "response" {
			continue
		}
		var resp InstanceResponse
		if err := json.Unmarshal(ev.Data, &resp); err != nil {
			in.Kill()
			return nil, fmt.Errorf("sandbox: a malformed response: %w", err)
		}
		if resp.Panic != "" {
			in.Kill()
		}
		return &resp, nil
	}
}

// ---- worker side ----

// emitProgram is a build's result: the program the Preparer made.
func (h *harness) emitProgram() {
	p := Job{Files: h.job.Files, Packages: h.job.Packages, Load: h.job.Load, Tests: h.job.Tests,
		Lines: h.job.Lines, LineArray: h.job.LineArray}
	data, err := json.Marshal(p)
	if err != nil {
		h.em.emit(Event{Kind: "load_error", Status: "compile", Message: err.Error()})
		return
	}
	h.em.emit(Event{Kind: "program", Data: data})
}

// handlerType is what a handler must be.
var handlerType = reflect.TypeOf(func(http.ResponseWriter, *http.Request) {})

// serve is an instance's life once its program is loaded: it answers
// requests from fd 5 until the host closes the pipe (or a handler panics).
func (h *harness) serve() {
	if len(h.job.Tests) == 0 {
		h.em.emit(Event{Kind: "load_error", Status: "interp", Message: "no handler named"})
		return
	}
	entry := h.job.Tests[0]
	v, err := h.function(entry.Package, entry.Name)
	var fn func(http.ResponseWriter, *http.Request)
	if err == nil {
		if !v.IsValid() || !v.Type().ConvertibleTo(handlerType) {
			err = fmt.Errorf("%s is not a func(http.ResponseWriter, *http.Request)", entry.Name)
		} else {
			fn, _ = v.Convert(handlerType).Interface().(func(http.ResponseWriter, *http.Request))
		}
	}
	if err != nil || fn == nil {
		h.em.emit(Event{Kind: "load_error", Status: "interp", Message: fmt.Sprintf("cannot call %s: %v", entry.Name, err),
			Fault: fmt.Sprintf("this code (the interpreter could not call %s: %v)", entry.Name, err)})
		return
	}
	reqF := os.NewFile(5, "requests")
	if reqF == nil {
		h.em.emit(Event{Kind: "load_error", Status: "interp", Message: "started without the request pipe"})
		return
	}
	defer reqF.Close()
	h.em.emit(Event{Kind: "ready", Micros: time.Since(processStart).Microseconds()})
	dec := json.NewDecoder(bufio.NewReaderSize(reqF, 64<<10))
	for {
		var req InstanceRequest
		if err := dec.Decode(&req); err != nil {
			return // the host closed the pipe: the instance is shut down
		}
		resp := h.handle(fn, &req)
		data, err := json.Marshal(resp)
		if err != nil {
			data, _ = json.Marshal(&InstanceResponse{ID: req.ID, Status: http.StatusBadGateway, Panic: "panic: " + err.Error()})
		}
		h.em.emit(Event{Kind: "response", Data: data})
		if resp.Panic != "" {
			return // a panicking handler is not trusted again: the host replaces the instance
		}
	}
}

// handle calls the handler on one request.
func (h *harness) handle(fn func(http.ResponseWriter, *http.Request), req *InstanceRequest) *InstanceResponse {
	resp := &InstanceResponse{ID: req.ID}
	r, err := newHTTPRequest(req)
	if err != nil {
		resp.Status = http.StatusBadRequest
		resp.Body = []byte(err.Error() + "\n")
		return resp
	}
	ctx, cancel := context.WithTimeout(context.Background(), req.Timeout)
	defer cancel()
	r = r.WithContext(ctx)
	limit := req.MaxResponse
	if limit <= 0 {
		limit = DefaultMaxResponse
	}
	w := &responseWriter{header: http.Header{}, limit: limit}
	out := &output{}
	prev := h.out.switchTo(out)
	start := time.Now()
	func() {
		defer func() {
			if p := recover(); p != nil {
				resp.Panic = h.panicMessage(p, h.trace.lines())
				resp.Fault = h.faultOf(p)
			}
		}()
		h.trace.reset()
		fn(w, r)
	}()
	resp.Micros = time.Since(start).Microseconds()
	h.out.switchTo(prev)
	resp.Output, resp.Printed = out.text(), out.printed
	resp.Status, resp.Header, resp.Body, resp.TooLarge = w.result()
	if resp.Panic != "" {
		resp.Status = http.StatusBadGateway // as a platform answers for a function that crashed
	}
	resp.MaxRSS = maxRSS()
	return resp
}

// newHTTPRequest builds the *http.Request a handler receives, as net/http's
// server would have.
func newHTTPRequest(req *InstanceRequest) (*http.Request, error) {
	u, err := url.ParseRequestURI(req.URL)
	if err != nil {
		return nil, fmt.Errorf("bad request URI %q: %v", req.URL, err)
	}
	r := &http.Request{
		Method:     req.Method,
		URL:        u,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     http.Header(req.Header),
		Host:       req.Host,
		RemoteAddr: req.RemoteAddr,
		RequestURI: req.URL,
	}
	if req.Proto != "" {
		if major, minor, ok := http.ParseHTTPVersion(req.Proto); ok {
			r.Proto, r.ProtoMajor, r.ProtoMinor = req.Proto, major, minor
		}
	}
	if r.Header == nil {
		r.Header = http.Header{}
	}
	r.ContentLength = int64(len(req.Body))
	r.Body = http.NoBody
	if len(req.Body) > 0 {
		r.Body = io.NopCloser(bytes.NewReader(req.Body))
	}
	return r.WithContext(context.Background()), nil
}

// responseWriter collects a handler's response as net/http's server would
// send it: the status and headers are fixed by the first WriteHeader (or
// Write), the body is capped.
type responseWriter struct {
	header   http.Header
	sent     http.Header // the headers as they were at WriteHeader
	status   int
	body     bytes.Buffer
	limit    int
	tooLarge bool
}

func (w *responseWriter) Header() http.Header { return w.header }

func (w *responseWriter) WriteHeader(code int) {
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	if w.status != 0 || (code >= 100 && code <= 199 && code != http.StatusSwitchingProtocols) {
		return // superfluous, or informational (not the final status)
	}
	w.status = code
	w.sent = w.header.Clone()
}

func (w *responseWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if !bodyAllowed(w.status) {
		return 0, http.ErrBodyNotAllowed
	}
	if room := w.limit - w.body.Len(); len(p) > room {
		w.body.Write(p[:max(room, 0)])
		w.tooLarge = true
		return len(p), nil
	}
	return w.body.Write(p)
}

// WriteString lets io.WriteString write without a copy, as net/http's does.
func (w *responseWriter) WriteString(s string) (int, error) { return w.Write([]byte(s)) }

func bodyAllowed(status int) bool {
	return !(status >= 100 && status <= 199 || status == http.StatusNoContent || status == http.StatusNotModified)
}

func (w *responseWriter) result() (int, map[string][]string, []byte, bool) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	return w.status, w.sent, w.body.Bytes(), w.tooLarge
}

// maxRSS is the process's peak resident set (VmHWM), 0 where unknown.
func maxRSS() int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
