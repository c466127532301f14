//go:build !unix

package main

import "context"

// Without Unix sockets there is no check helper (see helper.go): every
// check is made in its own process.

const helperArg = "__check-helper"

func helperAllowed(*App) bool { return false }

func checkViaHelper(context.Context, *App, *checkOptions) (bool, error) { return false, nil }

func startHelper(*App) {}

func runHelper(*App) int { return 1 }
