package supervise

import (
	"context"
	"errors"
	"time"
)

// Spec describes one command to supervise.
type Spec struct {
	Argv    []string      // the program and its arguments, executed directly (no shell)
	Timeout time.Duration // 0 means no timeout
	Grace   time.Duration // how long to wait after SIGTERM before sending SIGKILL
}

// Result is what happened to the command.
type Result struct {
	ExitCode int    // the exit status, or 128+N when the process was killed by signal N
	TimedOut bool   // the timeout expired and Run stopped the command
	Output   []byte // stdout and stderr, interleaved in the order they were written
}

// Run starts the command, waits for it, and stops it and everything it started when the timeout expires or
// ctx is cancelled. See prompt.md for the full contract.
func Run(ctx context.Context, spec Spec) (Result, error) {
	// TODO: implement
	return Result{}, errors.New("not implemented")
}
