package sandbox

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

func sysProcAttr() *syscall.SysProcAttr {
	// Own process group (so the whole group can be killed) and SIGKILL when
	// the parent goes away.
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// startCmd starts cmd from a locked OS thread: Pdeathsig fires when the
// thread that forked the child exits, and a locked thread is never retired
// while we hold it.
func startCmd(cmd *exec.Cmd) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	return cmd.Start()
}

func killGroup(p *os.Process) {
	_ = syscall.Kill(-p.Pid, syscall.SIGKILL)
	_ = p.Kill()
}

// limitAddressSpace caps this process's virtual address space at its
// current size plus extra bytes. A Go process starts with a large
// reservation, so an absolute limit would be meaningless.
func limitAddressSpace(extra int64) error {
	size, err := vmSize()
	if err != nil {
		return err
	}
	lim := uint64(size + extra)
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: lim, Max: lim}); err != nil {
		return err
	}
	_ = syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{})
	return nil
}

func vmSize() (int64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmSize:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0, err
			}
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("no VmSize in /proc/self/status")
}

// selfExe is the file this process runs. /proc/self/exe is that file even
// after it was deleted or replaced (say, by a rebuild while the TUI runs),
// whereas os.Executable gives its path, which may name a new binary by now.
func selfExe() (string, error) { return "/proc/self/exe", nil }
