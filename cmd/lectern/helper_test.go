//go:build unix

package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gofrs/flock"
)

// durations differ from one run to the next.
var durationRE = regexp.MustCompile(`"duration_ms": [0-9.]+`)

// startTestHelper serves checks of the fixture pack on a socket in a
// fresh folder, with the state in stateDir, until the test ends.
func startTestHelper(t *testing.T, stateDir string) string {
	t.Helper()
	getenv := func(k string) string {
		return map[string]string{"XDG_STATE_HOME": filepath.Join(stateDir, "state"), "XDG_DATA_HOME": filepath.Join(stateDir, "data"),
			"HOME": stateDir, "LECTERN_LESSONS": fixturePack}[k]
	}
	app := newApp(&IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, getenv)
	cat, err := app.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	g := warmGrading()
	sockDir, err := os.MkdirTemp("", "lh")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(sockDir, "h.sock")
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	mine, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	h := &helper{serve: func(ctx context.Context, req helperRequest) helperResponse {
		return checkForClient(ctx, getenv, cat, g, req)
	}}
	done := make(chan struct{})
	go func() { h.run(ln, path, mine, time.Minute); close(done) }()
	t.Cleanup(func() {
		ln.Close()
		<-done
		g.Close()
		os.RemoveAll(sockDir)
	})
	return path
}

// A check answered by the helper prints what the same check made in its
// own process prints, and exits the same way: passing, failing, not
// compiling, an unknown challenge, as JSON and in the screen-reader mode.
func TestCheckHelperAnswersAsACheckMadeHere(t *testing.T) {
	here, there := t.TempDir(), t.TempDir()
	path := startTestHelper(t, there)
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
			client := newApp(&IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, func(k string) string {
				for _, kv := range c.env {
					if name, v, _ := strings.Cut(kv, "="); name == k {
						return v
					}
				}
				return ""
			})
			client.ScreenReader = screenReader(client.Getenv)
			opts := c.opts
			answered, err := checkViaHelperAt(context.Background(), client, &opts, path)
			if !answered {
				t.Fatal("the helper did not answer")
			}
			code := exitStatus(err, &errOut)
			if code != wantCode || durationRE.ReplaceAllString(out.String(), "") != durationRE.ReplaceAllString(wantOut, "") || errOut.String() != wantErr {
				t.Fatalf("through the helper: exit %d\n%s\nstderr %q\nchecked here: exit %d\n%s\nstderr %q", code, out.String(), errOut.String(), wantCode, wantOut, wantErr)
			}
		})
	}
	// A file named relative to the learner's folder is read there and
	// named as they named it.
	t.Run("relative path", func(t *testing.T) {
		pack, _ := filepath.Abs(fixturePack)
		t.Chdir(files)
		wantOut, wantErr, wantCode := run(t, here, "", []string{"LECTERN_LESSONS=" + pack}, "check", "adder", "broken.go")
		var out, errOut bytes.Buffer
		client := newApp(&IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}, func(string) string { return "" })
		answered, err := checkViaHelperAt(context.Background(), client, &checkOptions{Challenge: "adder", File: "broken.go"}, path)
		if code := exitStatus(err, &errOut); !answered || code != wantCode || out.String() != wantOut || errOut.String() != wantErr || !strings.Contains(wantOut, "broken.go") {
			t.Fatalf("through the helper: exit %d\n%s\nstderr %q\nchecked here: exit %d\n%s\nstderr %q", code, out.String(), errOut.String(), wantCode, wantOut, wantErr)
		}
	})
	// On a terminal 40 columns wide, wrapped to it.
	t.Run("terminal", func(t *testing.T) {
		tty := func(out, errOut *bytes.Buffer) *IOStreams {
			return &IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut, OutTTY: true, Width: 40}
		}
		env := map[string]string{"XDG_STATE_HOME": filepath.Join(here, "state"), "XDG_DATA_HOME": filepath.Join(here, "data"),
			"HOME": here, "LECTERN_LESSONS": fixturePack}
		var wantOut, wantErr, out, errOut bytes.Buffer
		wantCode := Main([]string{"check", "adder", bad}, tty(&wantOut, &wantErr), func(k string) string { return env[k] })
		client := newApp(tty(&out, &errOut), func(string) string { return "" })
		answered, err := checkViaHelperAt(context.Background(), client, &checkOptions{Challenge: "adder", File: bad}, path)
		if code := exitStatus(err, &errOut); !answered || code != wantCode || out.String() != wantOut.String() || errOut.String() != wantErr.String() {
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
	if strip := func(s string) string { return s[:strings.Index(s, "Stored in")] }; strip(got) != strip(want) {
		t.Errorf("progress through the helper:\n%s\nchecking here:\n%s", got, want)
	}
}

// A file the client cannot hand over (missing, a pipe) is checked by the
// client itself.
func TestCheckHelperIsNotAskedAboutWhatItCannotRead(t *testing.T) {
	path := startTestHelper(t, t.TempDir())
	client := newApp(&IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, func(string) string { return "" })
	for _, file := range []string{filepath.Join(t.TempDir(), "missing.go"), "/dev/stdin"} {
		if answered, _ := checkViaHelperAt(context.Background(), client, &checkOptions{Challenge: "adder", File: file}, path); answered {
			t.Errorf("the helper answered for %s", file)
		}
	}
}

// The helper leaves when it has been idle long enough, and when its
// socket is removed (a test's or a script's folder deleted).
func TestCheckHelperLeaves(t *testing.T) {
	for _, how := range []string{"idle", "socket removed"} {
		t.Run(how, func(t *testing.T) {
			dir, err := os.MkdirTemp("", "lh")
			if err != nil {
				t.Fatal(err)
			}
			defer os.RemoveAll(dir)
			path := filepath.Join(dir, "h.sock")
			ln, err := net.Listen("unix", path)
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			idle := 100 * time.Millisecond
			if how != "idle" {
				idle = time.Hour
			}
			mine, err := os.Lstat(path)
			if err != nil {
				t.Fatal(err)
			}
			done := make(chan struct{})
			go func() {
				(&helper{serve: func(context.Context, helperRequest) helperResponse { return helperResponse{} }}).run(ln, path, mine, idle)
				close(done)
			}()
			if how != "idle" {
				os.Remove(path)
			}
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("the helper is still serving")
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
	home, err := os.MkdirTemp("", "lh") // short: a socket's path has ~100 bytes
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(home)
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
// itself), the next is answered the same, and the helper leaves when its
// socket goes.
func TestCheckHelperEndToEnd(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "lectern")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	home, err := os.MkdirTemp("", "lh")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(home)
	sol, err := os.ReadFile("../../exercises/cost-calculator/solution.go")
	if err != nil {
		t.Fatal(err)
	}
	file := writeFile(t, t.TempDir(), "mine.go", string(bytes.TrimPrefix(sol, []byte("//go:build !lectern_starter\n"))))
	env := append(os.Environ(), "HOME="+home, "XDG_STATE_HOME=", "XDG_DATA_HOME=", "XDG_CACHE_HOME=", "XDG_RUNTIME_DIR=", "LECTERN_LESSONS=", "LECTERN_HELPER=")
	check := func() string {
		cmd := exec.Command(bin, "check", "cost-calculator", file, "--json")
		cmd.Env = env
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("check: %v\n%s", err, out)
		}
		return durationRE.ReplaceAllString(string(out), "")
	}
	first := check()
	socks, _ := filepath.Glob(filepath.Join(home, ".cache", "lectern", "run", "lectern-check-*.sock"))
	for deadline := time.Now().Add(10 * time.Second); len(socks) == 0 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		socks, _ = filepath.Glob(filepath.Join(home, ".cache", "lectern", "run", "lectern-check-*.sock"))
	}
	if len(socks) != 1 {
		t.Fatalf("the first check started no helper (sockets %v)", socks)
	}
	if second := check(); second != first {
		t.Fatalf("the helper answered\n%s\nthe first check said\n%s", second, first)
	}
	os.Remove(socks[0])
	lock := flock.New(socks[0] + ".lock")
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if ok, _ := lock.TryLock(); ok {
			lock.Unlock()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the helper did not leave when its socket was removed")
		}
	}
}
