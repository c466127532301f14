//go:build !lectern_starter

// Package adder is a fixture challenge; this is its reference solution.
package adder

// Add returns a + b.
func Add(a, b int) int { return a + b }
