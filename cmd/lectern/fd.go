package main

import "os"

func stdoutFd() uintptr { return os.Stdout.Fd() }
