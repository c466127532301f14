//go:build unix

package main

// The check helper: a lectern process that outlives one `lectern check`
// to make the next ones fast. A check in its own process pays for what
// every check repeats — starting a worker (~5 ms of package
// initialisation), loading the pack, decoding the standard library's type
// information — before it grades anything; the helper has all of that
// ready, with a worker started, and answers a check in the time the
// grading takes.
//
// It is used only where it cannot change an answer: for the built-in
// course (a pack an author edits is loaded fresh by every check), for
// `lectern check CHALLENGE FILE` (nothing to ask or to create), and from
// the binary and the directories that started it (they are in the name
// of its socket). The first check starts it and checks in its own process
// as before; the helper exits after helperIdle without a check, or when
// its socket is removed. LECTERN_HELPER=0 turns it off.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/gofrs/flock"

	"github.com/lectern-dev/lectern/catalog"
)

// helperArg is the hidden argument that makes lectern the check helper.
const helperArg = "__check-helper"

// helperProtocol is in the socket's name: a lectern that speaks another
// request never connects to this one.
const helperProtocol = 1

// helperIdle is how long the helper waits for a check before it exits.
const helperIdle = 10 * time.Minute

// helperWait bounds a client's wait for an answer (the longest time limit
// a challenge may set is 30 s); after it the client checks by itself.
const helperWait = 45 * time.Second

// helperRequest is one check, as the client would have run it.
type helperRequest struct {
	Challenge    string
	File         string // absolute
	JSON         bool
	ScreenReader bool
	// The client's terminal, for the output.
	OutTTY, Colour bool
	Width          int
}

// helperResponse is what the check printed and its exit status.
type helperResponse struct {
	Out, Err []byte
	Code     int
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

// checkViaHelper sends the check to a running helper and prints its
// answer. answered is false when there is no helper to answer (none
// runs, or it failed): the check is then made here.
func checkViaHelper(ctx context.Context, app *App, opts *checkOptions) (answered bool, err error) {
	path, ok := helperSocket(app)
	if !ok {
		return false, nil
	}
	return checkViaHelperAt(ctx, app, opts, path)
}

func checkViaHelperAt(ctx context.Context, app *App, opts *checkOptions, path string) (answered bool, err error) {
	file, err := filepath.Abs(opts.File)
	if err != nil {
		return false, nil
	}
	// An ordinary file only: a pipe (/dev/stdin) is this process's to
	// read, and a missing file is for the usual message.
	if st, err := os.Stat(file); err != nil || !st.Mode().IsRegular() {
		return false, nil
	}
	conn, err := net.DialTimeout("unix", path, 100*time.Millisecond)
	if err != nil {
		return false, nil
	}
	defer conn.Close()
	req := helperRequest{Challenge: opts.Challenge, File: file, JSON: opts.JSON, ScreenReader: app.ScreenReader,
		OutTTY: app.IO.OutTTY, Colour: app.IO.Colour}
	if app.IO.OutTTY {
		req.Width, _, _ = app.IO.Size()
	}
	_ = conn.SetDeadline(time.Now().Add(helperWait))
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		return false, nil
	}
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
		// Ctrl-C: closing the connection cancels the grade in the helper,
		// which then records nothing.
		fmt.Fprintln(app.IO.ErrOut, "cancelled")
		return true, &exitError{code: 130}
	case resp := <-answer:
		if resp == nil {
			return false, nil
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
	if _, ok := helperSocket(app); !ok {
		return
	}
	cmd := exec.Command(exe, helperArg)
	cmd.Env = os.Environ() // the same directories, so the same socket
	cmd.Dir = "/"
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if cmd.Start() == nil {
		_ = cmd.Process.Release()
	}
}

// runHelper is the helper's process: it loads the built-in course and a
// grading once, then serves checks until it has been idle for helperIdle
// or its socket is gone.
func runHelper(app *App) int {
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
	_ = os.Remove(path) // left by a helper that died: the lock says none is alive
	ln, err := net.Listen("unix", path)
	if err != nil {
		return 1
	}
	defer ln.Close()
	mine, err := os.Lstat(path)
	if err != nil {
		return 1
	}
	h := &helper{serve: func(ctx context.Context, req helperRequest) helperResponse {
		return checkForClient(ctx, app.Getenv, cat, g, req)
	}}
	h.run(ln, path, mine, helperIdle)
	return 0
}

// helper serves checks on a listener, one at a time.
type helper struct {
	serve func(context.Context, helperRequest) helperResponse
}

// run serves until idle passes with no check, or the socket at path is no
// longer mine, the listener's (removed, or replaced).
func (h *helper) run(ln net.Listener, path string, mine os.FileInfo, idle time.Duration) {
	conns := make(chan net.Conn)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				close(conns)
				return
			}
			conns <- c
		}
	}()
	idleTimer := time.NewTimer(idle)
	defer idleTimer.Stop()
	watch := time.NewTicker(min(2*time.Second, idle))
	defer watch.Stop()
	for {
		select {
		case c, ok := <-conns:
			if !ok {
				return
			}
			h.handle(c)
			idleTimer.Reset(idle)
		case <-idleTimer.C:
			return
		case <-watch.C:
			if now, err := os.Lstat(path); err != nil || !os.SameFile(now, mine) {
				return
			}
		}
	}
}

// handle answers one client. The client closing the connection (Ctrl-C)
// cancels its check.
func (h *helper) handle(c net.Conn) {
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(helperWait))
	dec := json.NewDecoder(c)
	var req helperRequest
	if dec.Decode(&req) != nil {
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		// The client sends nothing more: a read ends when it hangs up.
		_, _ = io.Copy(io.Discard, io.MultiReader(dec.Buffered(), c))
		cancel()
	}()
	resp := h.serve(ctx, req)
	if ctx.Err() != nil {
		return
	}
	_ = json.NewEncoder(c).Encode(resp)
}

// checkForClient makes the check the client asked for, as that client's
// `lectern check` would have, with the helper's pack and grading.
func checkForClient(ctx context.Context, getenv func(string) string, cat *catalog.Catalog, g *grading, req helperRequest) helperResponse {
	var out, errOut bytes.Buffer
	streams := &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut,
		OutTTY: req.OutTTY, Colour: req.Colour, Width: req.Width}
	app := newApp(streams, getenv)
	app.ScreenReader = req.ScreenReader
	app.useCatalog(cat)
	err := checkWith(ctx, app, &checkOptions{Challenge: req.Challenge, File: req.File, JSON: req.JSON}, checkUsage, g, nil)
	if errors.Is(ctx.Err(), context.Canceled) {
		return helperResponse{}
	}
	code := exitStatus(err, &errOut)
	return helperResponse{Out: out.Bytes(), Err: errOut.Bytes(), Code: code}
}
