package supervise

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"syscall"
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
	if len(spec.Argv) == 0 {
		return Result{}, errors.New("supervise: empty command")
	}
	var out bytes.Buffer
	cmd := exec.Command(spec.Argv[0], spec.Argv[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		cmd.Wait()
	}()

	var expired <-chan time.Time
	if spec.Timeout > 0 {
		timer := time.NewTimer(spec.Timeout)
		defer timer.Stop()
		expired = timer.C
	}
	var res Result
	var runErr error
	select {
	case <-exited:
	case <-expired:
		res.TimedOut = true
		stop(cmd.Process, spec.Grace, exited)
	case <-ctx.Done():
		runErr = ctx.Err()
		stop(cmd.Process, spec.Grace, exited)
	}
	res.ExitCode = exitCode(cmd.ProcessState)
	res.Output = out.Bytes()
	return res, runErr
}

// stop asks the process to terminate, and kills it if it is still running after grace.
func stop(p *os.Process, grace time.Duration, exited <-chan struct{}) {
	p.Signal(syscall.SIGTERM)
	timer := time.NewTimer(grace)
	defer timer.Stop()
	select {
	case <-exited:
	case <-timer.C:
		p.Kill()
		<-exited
	}
}

func exitCode(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ps.ExitCode()
}
