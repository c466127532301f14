//go:build unix

package main

// The check helper: a lectern process that outlives one `lectern check`
// to make the next ones fast. A check in its own process pays for what
// every check repeats — starting a worker (~5 ms of package
// initialisation), loading the course, decoding the standard library's
// type information — before it grades anything; the helper has all of
// that ready, with a worker started, and answers in the time the grading
// takes.
//
// It is used only where it cannot change an answer: for the built-in
// course (a pack an author edits is loaded fresh by every check), for
// `lectern check CHALLENGE FILE` with FILE an ordinary file (nothing to
// ask or to create), and from the binary and the directories that
// started it (they are in the name of its socket). The client reads the
// file and sends its content; the helper grades it and renders the
// output for the client's terminal; the client records the attempt and
// prints — so a check the client gives up on (Ctrl-C) records nothing,
// and one the helper fails to answer is made by the client alone. The
// first check starts the helper and checks in its own process as before;
// the helper exits after helperIdle without a check, or when its socket,
// its executable or the state folder is gone. LECTERN_HELPER=0 turns it
// off.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gofrs/flock"

	"github.com/lectern-dev/lectern/catalog"
	"github.com/lectern-dev/lectern/exercises"
	"github.com/lectern-dev/lectern/grader"
	"github.com/lectern-dev/lectern/progress"
)

// helperArg is the hidden argument that makes lectern the check helper.
const helperArg = "__check-helper"

// helperProtocol is in the socket's name: a lectern that speaks another
// request never connects to this one.
const helperProtocol = 2

// helperIdle is how long the helper waits for a check before it exits.
const helperIdle = 10 * time.Minute

// helperWait bounds a client's wait for an answer: the longest a grade
// can take (the automatic time limit, retried at up to MaxTimeLimit, and
// the reference's run), with room to spare. The helper enforces the
// grading limits itself; this is only for a helper that stopped working.
const helperWait = 3*grader.MaxTimeLimit + time.Minute

// helperRequest is one check, as the client would have made it.
type helperRequest struct {
	Challenge    string
	Name         string // the file, as the learner named it
	Source       []byte // its content
	JSON         bool
	ScreenReader bool
	// The client's terminal, for the output.
	OutTTY, Colour bool
	Width          int
}

// helperResponse is what the check printed, its exit status, and the
// attempt for the client to record (nil: nothing to record).
type helperResponse struct {
	Out, Err []byte
	Code     int
	Attempt  *helperAttempt
}

type helperAttempt struct {
	Challenge string
	Attempt   progress.Attempt
	Holders   []progress.ChallengeStep
}

// helperAllowed reports whether a check of this app may use the helper:
// lectern's own process, the built-in course, not turned off.
func helperAllowed(app *App) bool {
	return app.IO.OwnProcess && app.LessonsDir == "" && app.Getenv("LECTERN_HELPER") != "0"
}

// helperSocket is where the helper for this binary and these directories
// listens: in $XDG_RUNTIME_DIR, or a folder of lectern's cache only its
// user can enter. ok is false when there is no such place.
func helperSocket(app *App) (path string, ok bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	st, err := os.Stat(exe)
	if err != nil {
		return "", false
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("%d\x00%s\x00%d\x00%d\x00%s\x00%s\x00%s", helperProtocol, exe, st.Size(),
		st.ModTime().UnixNano(), app.StateDir, app.DataDir, app.CacheDir)))
	dir := app.Getenv("XDG_RUNTIME_DIR")
	if !filepath.IsAbs(dir) || !privateDir(dir) {
		dir = filepath.Join(app.CacheDir, "run")
		if err := os.MkdirAll(dir, 0o700); err != nil || !privateDir(dir) {
			return "", false
		}
	}
	path = filepath.Join(dir, "lectern-check-"+hex.EncodeToString(sum[:8])+".sock")
	if len(path) > 100 { // a socket's path has room for 104 to 108 bytes
		return "", false
	}
	return path, true
}

// privateDir reports whether dir is a folder that only this user can
// enter.
func privateDir(dir string) bool {
	st, err := os.Lstat(dir)
	if err != nil || !st.IsDir() || st.Mode().Perm()&0o077 != 0 {
		return false
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	return ok && int(sys.Uid) == os.Getuid()
}

// checkViaHelper sends the check to a running helper, records the
// attempt and prints the answer. answered is false when there is no
// helper to answer (none runs, or it failed): the check is then made
// here.
func checkViaHelper(ctx context.Context, app *App, opts *checkOptions) (answered bool, err error) {
	path, ok := helperSocket(app)
	if !ok {
		return false, nil
	}
	return checkViaHelperAt(ctx, app, opts, path)
}

func checkViaHelperAt(ctx context.Context, app *App, opts *checkOptions, path string) (answered bool, err error) {
	// An ordinary file that fits: anything else (a pipe, a missing or
	// unreadable file, one too large) is for the usual path and messages.
	st, err := os.Stat(opts.File)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxSourceBytes {
		return false, nil
	}
	src, err := os.ReadFile(opts.File)
	if err != nil || len(src) > maxSourceBytes {
		return false, nil
	}
	conn, err := net.DialTimeout("unix", path, 100*time.Millisecond)
	if err != nil {
		return false, nil
	}
	defer conn.Close()
	req := helperRequest{Challenge: opts.Challenge, Name: opts.File, Source: src, JSON: opts.JSON,
		ScreenReader: app.ScreenReader, OutTTY: app.IO.OutTTY, Colour: app.IO.Colour}
	if app.IO.OutTTY {
		req.Width = app.IO.TextWidth()
	}
	_ = conn.SetDeadline(time.Now().Add(helperWait))
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		return false, nil
	}
	ahead := app.Progress().ReadAhead() // decoded while the helper grades
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()
	answer := make(chan *helperResponse, 1)
	go func() {
		var resp helperResponse
		if json.NewDecoder(conn).Decode(&resp) != nil {
			answer <- nil
			return
		}
		answer <- &resp
	}()
	select {
	case <-ctx.Done():
		// Ctrl-C: hanging up cancels the grade in the helper; nothing is
		// recorded.
		fmt.Fprintln(app.IO.ErrOut, "cancelled")
		return true, &exitError{code: 130}
	case resp := <-answer:
		if resp == nil {
			return false, nil
		}
		// As a check made here: recorded, then printed.
		if a := resp.Attempt; a != nil {
			saveAttempt(app, a.Challenge, a.Attempt, a.Holders, ahead)
		}
		_, _ = app.IO.Out.Write(resp.Out)
		_, _ = app.IO.ErrOut.Write(resp.Err)
		if resp.Code == 0 {
			return true, nil
		}
		return true, &exitError{code: resp.Code}
	}
}

// startHelper starts a helper for the next checks, detached from this
// process and its terminal; it says nothing if it cannot.
func startHelper(app *App) {
	exe, err := os.Executable()
	if err != nil {
		return
	}
	path, ok := helperSocket(app)
	if !ok {
		return
	}
	if c, err := net.DialTimeout("unix", path, 50*time.Millisecond); err == nil {
		c.Close() // one is running (the check was not for it: a pipe, a missing file)
		return
	}
	cmd := exec.Command(exe, helperArg)
	// The same directories, so the same socket; the built-in course.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "LECTERN_LESSONS=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Dir = "/"
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if cmd.Start() == nil {
		_ = cmd.Process.Release()
	}
}

// runHelper is the helper's process: it loads the built-in course and a
// grading once, then serves checks until it has been idle for helperIdle
// or what it serves is gone.
func runHelper(app *App) int {
	closeInherited()
	app.LessonsDir = "" // the built-in course, whatever the environment says
	path, ok := helperSocket(app)
	if !ok {
		return 1
	}
	// One helper per socket: a second one started meanwhile leaves.
	lock := flock.New(path + ".lock")
	if locked, err := lock.TryLock(); err != nil || !locked {
		return 0
	}
	defer lock.Unlock()
	cat, err := app.Catalog()
	if err != nil {
		return 1
	}
	g := warmGrading()
	defer g.Close()
	// Bound beside its path and moved there once it listens: a socket
	// that is bound but not yet listening refuses a client, which would
	// then check alone although a helper was there (a loaded machine can
	// pause the helper between the two).
	fresh := strings.TrimSuffix(path, ".sock") + ".new"
	_ = os.Remove(fresh)
	ln, err := net.Listen("unix", fresh)
	if err != nil {
		return 1
	}
	// Closing the listener must not remove a socket that is no longer
	// ours (a successor's, after ours was deleted).
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	defer ln.Close()
	if err := os.Rename(fresh, path); err != nil { // over one left by a helper that died: the lock says none is alive
		os.Remove(fresh)
		return 1
	}
	mine, err := os.Lstat(path)
	if err != nil {
		return 1
	}
	defer func() {
		if now, err := os.Lstat(path); err == nil && os.SameFile(now, mine) {
			os.Remove(path)
		}
	}()
	exe, _ := os.Executable()
	_, stateErr := os.Stat(app.StateDir)
	hadState := stateErr == nil
	h := &helper{
		serve: func(ctx context.Context, req helperRequest) helperResponse {
			return checkForClient(ctx, app.Getenv, cat, g, req)
		},
		gone: func() bool {
			if _, err := os.Stat(exe); err != nil {
				return true // a new binary's checks have a helper of their own
			}
			_, err := os.Stat(app.StateDir)
			return hadState && err != nil // a test's or a script's home removed
		},
	}
	h.run(ln, path, mine, helperIdle)
	return 0
}

// closeInherited closes the files the helper inherited beyond standard
// input, output and error that are not close-on-exec (a shell's or a
// build system's pipes): a parent waiting for one to close must not wait
// for the helper.
func closeInherited() {
	entries, err := os.ReadDir("/dev/fd")
	if err != nil {
		return
	}
	for _, e := range entries {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd < 3 {
			continue
		}
		if flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0); errno == 0 && flags&syscall.FD_CLOEXEC == 0 {
			syscall.Close(fd)
		}
	}
}

// helper serves checks on a listener, each on its own goroutine.
type helper struct {
	serve func(context.Context, helperRequest) helperResponse
	// gone reports that what the helper serves is gone (nil: never).
	gone func() bool
}

// run serves until idle passes with no check, or the socket at path is no
// longer mine, the listener's (removed, or replaced), or gone says so.
func (h *helper) run(ln net.Listener, path string, mine os.FileInfo, idle time.Duration) {
	conns := make(chan net.Conn)
	go func() {
		defer close(conns)
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns <- c
		}
	}()
	finished := make(chan struct{}) // a check answered
	active := 0
	// stop closes the listener and lets the checks under way finish.
	stop := func() {
		ln.Close()
		for c := range conns {
			c.Close() // accepted as the listener closed: the client checks by itself
		}
		for ; active > 0; active-- {
			<-finished
		}
	}
	defer stop()
	idleTimer := time.NewTimer(idle)
	defer idleTimer.Stop()
	watch := time.NewTicker(min(2*time.Second, idle))
	defer watch.Stop()
	for {
		select {
		case c, ok := <-conns:
			if !ok {
				return // the listener was closed
			}
			active++
			go func() {
				h.handle(c)
				finished <- struct{}{}
			}()
		case <-finished:
			active--
			idleTimer.Reset(idle)
		case <-idleTimer.C:
			if active == 0 {
				return
			}
			idleTimer.Reset(idle)
		case <-watch.C:
			if now, err := os.Lstat(path); err != nil || !os.SameFile(now, mine) || (h.gone != nil && h.gone()) {
				return
			}
		}
	}
}

// handle answers one client. The client hanging up (Ctrl-C) cancels its
// check.
func (h *helper) handle(c net.Conn) {
	defer c.Close()
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	dec := json.NewDecoder(c)
	var req helperRequest
	if dec.Decode(&req) != nil {
		return
	}
	_ = c.SetReadDeadline(time.Time{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		// The client sends nothing more: a read ends when it hangs up.
		_, _ = io.Copy(io.Discard, io.MultiReader(dec.Buffered(), c))
		cancel()
	}()
	resp := h.serve(ctx, req)
	if ctx.Err() != nil {
		return // no one to answer
	}
	_ = c.SetWriteDeadline(time.Now().Add(10 * time.Second))
	_ = json.NewEncoder(c).Encode(resp)
}

// checkForClient makes the check the client asked for, as that client's
// `lectern check` would have, with the helper's course and grading, and
// leaves the attempt for the client to record.
func checkForClient(ctx context.Context, getenv func(string) string, cat *catalog.Catalog, g *grading, req helperRequest) helperResponse {
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut,
		OutTTY: req.OutTTY, Colour: req.Colour, Width: req.Width}
	app := newApp(streams, getenv)
	app.ScreenReader = req.ScreenReader
	app.useCatalog(cat)
	var attempt *helperAttempt
	record := func(ch *exercises.Challenge, r *result) {
		attempt = &helperAttempt{Challenge: ch.ID, Attempt: r.attempt(app.Now()), Holders: cat.Holders(ch.ID)}
	}
	source := req.Source
	if source == nil {
		source = []byte{} // an empty file is still the file's content
	}
	opts := &checkOptions{Challenge: req.Challenge, File: req.Name, Source: source, JSON: req.JSON}
	err := checkWith(ctx, app, opts, checkUsage, g, record)
	code := exitStatus(err, &errOut)
	return helperResponse{Out: out.Bytes(), Err: errOut.Bytes(), Code: code, Attempt: attempt}
}
