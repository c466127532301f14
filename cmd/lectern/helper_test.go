//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

// durations differ from one run to the next.
var durationRE = regexp.MustCompile(`"duration_ms": [0-9.]+`)

// fixtureEnv is the environment of run(t, dir, …) (the fixture pack, the
// state under dir), with extra "KEY=value" entries.
func fixtureEnv(dir string, extra ...string) func(string) string {
	vars := map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state"), "XDG_DATA_HOME": filepath.Join(dir, "data"),
		"HOME": dir, "LECTERN_LESSONS": fixturePack}
	for _, kv := range extra {
		k, v, _ := strings.Cut(kv, "=")
		vars[k] = v
	}
	return func(k string) string { return vars[k] }
}

// startTestHelper serves checks of the fixture pack on a socket in a
// fresh folder until the test ends.
func startTestHelper(t *testing.T) string {
	t.Helper()
	getenv := fixtureEnv(t.TempDir())
	cat, err := newApp(&IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, getenv).Catalog()
	if err != nil {
		t.Fatal(err)
	}
	g := warmGrading()
	path, ln, mine := listenTemp(t)
	h := &helper{serve: func(ctx context.Context, req helperRequest) helperResponse {
		return checkForClient(ctx, getenv, cat, g, req)
	}}
	done := make(chan struct{})
	go func() { h.run(ln, path, mine, time.Minute); close(done) }()
	t.Cleanup(func() {
		ln.Close()
		<-done
		g.Close()
	})
	return path
}

// viaHelper makes a check through the helper at path as a client whose
// state is under dir, on streams.
func viaHelper(t *testing.T, ctx context.Context, path, dir string, streams *IOStreams, opts checkOptions, env ...string) (code int) {
	t.Helper()
	client := newApp(streams, fixtureEnv(dir, env...))
	answered, err := checkViaHelperAt(ctx, client, &opts, path)
	if !answered {
		t.Fatal("the helper did not answer")
	}
	return exitStatus(err, streams.ErrOut)
}

// A check answered by the helper prints what the same check made in its
// own process prints, exits the same way and records the same: passing,
// failing, not compiling, an unknown challenge, as JSON, in the
// screen-reader mode, for a file named relative to the learner's folder,
// and wrapped to a 40-column terminal.
func TestCheckHelperAnswersAsACheckMadeHere(t *testing.T) {
	here, there := t.TempDir(), t.TempDir()
	path := startTestHelper(t)
	files := t.TempDir()
	good := writeFile(t, files, "good.go", "package adder\n\n// Add adds.\nfunc Add(a, b int) int { return a + b }\n")
	bad := writeFile(t, files, "bad.go", returnsOne)
	broken := writeFile(t, files, "broken.go", "package adder\n\nfunc Add(a, b int) int { return c }\n")
	for _, c := range []struct {
		name string
		opts checkOptions
		env  []string
	}{
		{"pass", checkOptions{Challenge: "adder", File: good}, nil},
		{"fail", checkOptions{Challenge: "adder", File: bad}, nil},
		{"fail as JSON", checkOptions{Challenge: "adder", File: bad, JSON: true}, nil},
		{"compile error", checkOptions{Challenge: "adder", File: broken}, nil},
		{"compile error as JSON", checkOptions{Challenge: "adder", File: broken, JSON: true}, nil},
		{"unknown challenge", checkOptions{Challenge: "nope", File: good}, nil},
		{"screen reader", checkOptions{Challenge: "adder", File: bad}, []string{"LECTERN_ACCESSIBLE=1"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			args := []string{"check", c.opts.Challenge, c.opts.File}
			if c.opts.JSON {
				args = append(args, "--json")
			}
			wantOut, wantErr, wantCode := run(t, here, "", c.env, args...)
			var out, errOut bytes.Buffer
			code := viaHelper(t, context.Background(), path, there, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, c.opts, c.env...)
			if code != wantCode || durationRE.ReplaceAllString(out.String(), "") != durationRE.ReplaceAllString(wantOut, "") || errOut.String() != wantErr {
				t.Fatalf("through the helper: exit %d\n%s\nstderr %q\nchecked here: exit %d\n%s\nstderr %q",
					code, out.String(), errOut.String(), wantCode, wantOut, wantErr)
			}
		})
	}
	t.Run("relative path", func(t *testing.T) {
		pack, _ := filepath.Abs(fixturePack)
		t.Chdir(files)
		wantOut, wantErr, wantCode := run(t, here, "", []string{"LECTERN_LESSONS=" + pack}, "check", "adder", "broken.go")
		var out, errOut bytes.Buffer
		code := viaHelper(t, context.Background(), path, there, &IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
			checkOptions{Challenge: "adder", File: "broken.go"}, "LECTERN_LESSONS="+pack)
		if code != wantCode || out.String() != wantOut || errOut.String() != wantErr || !strings.Contains(wantOut, "broken.go") {
			t.Fatalf("through the helper: exit %d\n%s\nstderr %q\nchecked here: exit %d\n%s\nstderr %q", code, out.String(), errOut.String(), wantCode, wantOut, wantErr)
		}
	})
	t.Run("terminal", func(t *testing.T) {
		tty := func(out, errOut *bytes.Buffer) *IOStreams {
			return &IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut, OutTTY: true, Width: 40}
		}
		var wantOut, wantErr, out, errOut bytes.Buffer
		wantCode := Main([]string{"check", "adder", bad}, tty(&wantOut, &wantErr), fixtureEnv(here))
		code := viaHelper(t, context.Background(), path, there, tty(&out, &errOut), checkOptions{Challenge: "adder", File: bad})
		if code != wantCode || out.String() != wantOut.String() || errOut.String() != wantErr.String() {
			t.Fatalf("through the helper: exit %d\n%s\nchecked here: exit %d\n%s", code, out.String(), wantCode, wantOut.String())
		}
		for _, l := range strings.Split(out.String(), "\n") {
			if len([]rune(l)) > 40 {
				t.Fatalf("a line wider than the terminal: %q", l)
			}
		}
	})
	// Both recorded the same attempts.
	want, _, _ := run(t, here, "", nil, "progress")
	got, _, _ := run(t, there, "", nil, "progress")
	before := func(s string) string { s, _, _ = strings.Cut(s, "Stored in"); return s }
	if before(got) != before(want) || !strings.Contains(got, "challenge adder") {
		t.Errorf("progress through the helper:\n%s\nchecking here:\n%s", got, want)
	}
}

// A file the client cannot hand over (missing, a pipe) is checked by the
// client itself.
func TestCheckHelperIsNotAskedAboutWhatItCannotRead(t *testing.T) {
	path := startTestHelper(t)
	client := newApp(&IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, fixtureEnv(t.TempDir()))
	for _, file := range []string{filepath.Join(t.TempDir(), "missing.go"), "/dev/stdin"} {
		if answered, _ := checkViaHelperAt(context.Background(), client, &checkOptions{Challenge: "adder", File: file}, path); answered {
			t.Errorf("the helper answered for %s", file)
		}
	}
}

// endless never returns: a check of it runs until the time limit.
const endless = "package adder\n\nfunc Add(a, b int) int {\n\tfor {\n\t}\n}\n"

// A check the client gives up on (Ctrl-C) records nothing, and the
// helper goes on answering; a check sent while another runs is answered
// without waiting for it.
func TestCheckHelperCancelledAndSideBySide(t *testing.T) {
	path := startTestHelper(t)
	dir, files := t.TempDir(), t.TempDir()
	loop := writeFile(t, files, "loop.go", endless)
	good := writeFile(t, files, "good.go", "package adder\n\n// Add adds.\nfunc Add(a, b int) int { return a + b }\n")
	broken := writeFile(t, files, "broken.go", "package adder\n\nfunc Add(a, b int) int { return c }\n")
	quiet := func() *IOStreams {
		return &IOStreams{In: strings.NewReader(""), Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}
	}

	// Given up on at once: a compile error (answered without running
	// anything) and an endless loop.
	for _, file := range []string{broken, loop} {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if code := viaHelper(t, ctx, path, dir, quiet(), checkOptions{Challenge: "adder", File: file}); code != 130 {
			t.Fatalf("a cancelled check of %s exits %d, want 130", filepath.Base(file), code)
		}
	}
	if out, _, _ := run(t, dir, "", nil, "progress"); strings.Contains(out, "challenge adder") {
		t.Fatalf("a cancelled check was recorded:\n%s", out)
	}

	// A loop, and while it runs, a good file.
	loopDone := make(chan int, 1)
	go func() {
		loopDone <- viaHelper(t, context.Background(), path, t.TempDir(), quiet(), checkOptions{Challenge: "adder", File: loop})
	}()
	time.Sleep(100 * time.Millisecond) // the loop's check is under way
	if code := viaHelper(t, context.Background(), path, dir, quiet(), checkOptions{Challenge: "adder", File: good}); code != 0 {
		t.Fatalf("the good file beside a loop: exit %d", code)
	}
	select {
	case code := <-loopDone:
		t.Fatalf("the loop's check ended (exit %d) before the good file's was answered: they were not side by side", code)
	default:
	}
	if code := <-loopDone; code != 1 {
		t.Fatalf("the loop: exit %d, want 1 (time limit)", code)
	}
}

// The helper leaves when it has been idle long enough (not before), and
// when its socket is removed or replaced, or what it serves is gone;
// leaving, it does not remove a socket that is not its own.
func TestCheckHelperLeaves(t *testing.T) {
	serve := func(context.Context, helperRequest) helperResponse { return helperResponse{Code: 7} }
	for _, how := range []string{"idle", "socket removed", "socket replaced", "gone"} {
		t.Run(how, func(t *testing.T) {
			path, ln, mine := listenTemp(t)
			ln.(*net.UnixListener).SetUnlinkOnClose(false)
			defer ln.Close()
			idle := time.Hour
			if how == "idle" {
				idle = 600 * time.Millisecond
			}
			var gone atomic.Bool
			h := &helper{serve: serve, gone: gone.Load}
			done := make(chan struct{})
			go func() { h.run(ln, path, mine, idle); close(done) }()
			// It answers.
			client := newApp(&IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, fixtureEnv(t.TempDir()))
			file := writeFile(t, t.TempDir(), "x.go", "package x\n")
			answered, err := checkViaHelperAt(context.Background(), client, &checkOptions{Challenge: "adder", File: file}, path)
			var ee *exitError
			if !answered || !errors.As(err, &ee) || ee.code != 7 {
				t.Fatalf("answered %v, %v", answered, err)
			}
			var successor net.Listener
			switch how {
			case "idle":
				time.Sleep(idle / 3)
				select {
				case <-done:
					t.Fatal("the helper left before it was idle for long")
				default:
				}
			case "socket removed":
				os.Remove(path)
			case "socket replaced":
				os.Remove(path)
				if successor, err = net.Listen("unix", path); err != nil {
					t.Fatal(err)
				}
				defer successor.Close()
			case "gone":
				gone.Store(true)
			}
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the helper is still serving")
			}
			if successor != nil {
				if _, err := os.Lstat(path); err != nil {
					t.Fatal("leaving, the helper removed its successor's socket")
				}
			}
		})
	}
}

// The socket is only ever in a folder that no other user can enter.
func TestCheckHelperSocketIsPrivate(t *testing.T) {
	open := t.TempDir()
	os.Chmod(open, 0o755)
	if privateDir(open) {
		t.Fatal("a folder others can enter counts as private")
	}
	home := shortTempDir(t)
	app := newApp(&IOStreams{}, func(k string) string {
		return map[string]string{"HOME": home, "XDG_RUNTIME_DIR": open}[k]
	})
	path, ok := helperSocket(app)
	if !ok {
		t.Fatal("no place for the socket under", home)
	}
	if filepath.Dir(path) == open || !privateDir(filepath.Dir(path)) {
		t.Fatalf("socket %s: want it in a private folder of the cache, not %s", path, open)
	}
}

// With the real binary: the first check starts a helper (and checks by
// itself), the helper answers the next as the first was answered, even
// when the first check's environment named a pack, and leaves when its
// socket goes.
func TestCheckHelperEndToEnd(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "lectern")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	home := shortTempDir(t)
	sol, err := os.ReadFile("../../exercises/cost-calculator/solution.go")
	if err != nil {
		t.Fatal(err)
	}
	file := writeFile(t, t.TempDir(), "mine.go", string(bytes.TrimPrefix(sol, []byte("//go:build !lectern_starter\n"))))
	pack, _ := filepath.Abs(fixturePack)
	env := append(os.Environ(), "HOME="+home, "XDG_STATE_HOME=", "XDG_DATA_HOME=", "XDG_CACHE_HOME=", "XDG_RUNTIME_DIR=", "LECTERN_HELPER=",
		"LECTERN_LESSONS="+pack) // overridden by --lessons "": the helper must serve the built-in course all the same
	cmd := exec.Command(bin, "--lessons", "", "check", "cost-calculator", file, "--json")
	cmd.Env = env
	first, err := cmd.Output()
	if err != nil {
		t.Fatalf("check: %v\n%s", err, first)
	}
	glob := filepath.Join(home, ".cache", "lectern", "run", "lectern-check-*.sock")
	socks, _ := filepath.Glob(glob)
	for deadline := time.Now().Add(10 * time.Second); len(socks) == 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		socks, _ = filepath.Glob(glob)
	}
	if len(socks) != 1 {
		t.Fatalf("the first check started no helper (sockets %v)", socks)
	}
	// Ask the helper directly: it answers, with the built-in course.
	var out bytes.Buffer
	client := newApp(&IOStreams{Out: &out, ErrOut: &bytes.Buffer{}}, func(k string) string { return map[string]string{"HOME": home}[k] })
	answered, err := checkViaHelperAt(context.Background(), client, &checkOptions{Challenge: "cost-calculator", File: file, JSON: true}, socks[0])
	if !answered || err != nil || durationRE.ReplaceAllString(out.String(), "") != durationRE.ReplaceAllString(string(first), "") {
		t.Fatalf("the helper (answered %v, %v) said\n%s\nthe first check said\n%s", answered, err, out.String(), first)
	}
	// Its socket removed, and another in its place (a successor's): it
	// leaves, and leaves the other alone.
	os.Remove(socks[0])
	if err := os.WriteFile(socks[0], nil, 0o600); err != nil {
		t.Fatal(err)
	}
	lock := flock.New(socks[0] + ".lock")
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if ok, _ := lock.TryLock(); ok {
			lock.Unlock()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the helper did not leave when its socket was removed")
		}
	}
	if _, err := os.Lstat(socks[0]); err != nil {
		t.Fatal("leaving, the helper removed what was at its socket's path:", err)
	}
}

// A listener closed under the helper (as a test's cleanup does) while a
// check is under way: the check finishes and the helper returns.
func TestCheckHelperListenerClosedMidCheck(t *testing.T) {
	path, ln, mine := listenTemp(t)
	started, release := make(chan struct{}), make(chan struct{})
	h := &helper{serve: func(context.Context, helperRequest) helperResponse {
		close(started)
		<-release
		return helperResponse{}
	}}
	done := make(chan struct{})
	go func() { h.run(ln, path, mine, time.Hour); close(done) }()
	client := newApp(&IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, fixtureEnv(t.TempDir()))
	file := writeFile(t, t.TempDir(), "x.go", "package x\n")
	go checkViaHelperAt(context.Background(), client, &checkOptions{Challenge: "adder", File: file}, path)
	<-started
	ln.Close()
	close(release)
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the helper hangs after its listener closed mid-check")
	}
}

// shortTempDir is a temporary folder removed after the test, with a path
// short enough for sockets in it (a socket's path has room for ~100
// bytes; t.TempDir's can be longer).
func shortTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "lh")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// listenTemp listens on a Unix socket in a shortTempDir, and returns its
// path, the listener and the socket file as it is (helper.run's mine).
func listenTemp(t *testing.T) (string, net.Listener, os.FileInfo) {
	t.Helper()
	path := filepath.Join(shortTempDir(t), "h.sock")
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	mine, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, ln, mine
}
