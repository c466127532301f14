//go:build !linux

package sandbox

import (
	"os"
	"os/exec"
	"syscall"
)

// Outside Linux the worker still runs in its own process with a deadline
// and a heap watchdog, but without a process group, parent-death signal or
// address-space limit.

func sysProcAttr() *syscall.SysProcAttr { return nil }

func startCmd(cmd *exec.Cmd) error { return cmd.Start() }

func killGroup(p *os.Process) { _ = p.Kill() }

func limitAddressSpace(extra int64) error { return nil }

func selfExe() (string, error) { return os.Executable() }
