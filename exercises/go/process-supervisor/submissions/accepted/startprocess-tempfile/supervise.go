package supervise

import (
	"context"
	"errors"
	"fmt"
	"io"
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

// Run starts the command with os.StartProcess as the leader of a new process group. Its stdout and stderr are
// one unlinked temporary file (a shared file offset keeps the writes in order), so nothing has to be drained
// while it runs and a background process holding the descriptor cannot delay Run.
func Run(ctx context.Context, spec Spec) (Result, error) {
	if len(spec.Argv) == 0 {
		return Result{}, errors.New("supervise: no command")
	}
	path, err := exec.LookPath(spec.Argv[0])
	if err != nil {
		return Result{}, err
	}
	sink, err := os.CreateTemp("", "supervise-output-*")
	if err != nil {
		return Result{}, fmt.Errorf("supervise: output file: %w", err)
	}
	defer sink.Close()
	_ = os.Remove(sink.Name())
	null, err := os.Open(os.DevNull)
	if err != nil {
		return Result{}, err
	}
	defer null.Close()

	proc, err := os.StartProcess(path, spec.Argv, &os.ProcAttr{
		Files: []*os.File{null, sink, sink},
		Sys:   &syscall.SysProcAttr{Setpgid: true},
	})
	if err != nil {
		return Result{}, err
	}
	pgid := proc.Pid

	type waited struct {
		state *os.ProcessState
		err   error
	}
	done := make(chan waited, 1)
	go func() {
		st, err := proc.Wait()
		done <- waited{st, err}
	}()

	deadline := make(<-chan time.Time)
	if spec.Timeout > 0 {
		timer := time.NewTimer(spec.Timeout)
		defer timer.Stop()
		deadline = timer.C
	}

	var res Result
	var result error
	var w waited
	select {
	case w = <-done:
	case <-deadline:
		res.TimedOut = true
		w = terminate(pgid, spec.Grace, done)
	case <-ctx.Done():
		result = fmt.Errorf("supervise: %w", ctx.Err())
		w = terminate(pgid, spec.Grace, done)
	}
	_ = syscall.Kill(-pgid, syscall.SIGKILL) // leftovers in the group

	if w.err != nil {
		return Result{}, w.err
	}
	status := w.state.Sys().(syscall.WaitStatus)
	switch {
	case status.Signaled():
		res.ExitCode = 128 + int(status.Signal())
	default:
		res.ExitCode = status.ExitStatus()
	}
	size, _ := sink.Seek(0, io.SeekEnd)
	res.Output = make([]byte, size)
	n, _ := sink.ReadAt(res.Output, 0)
	res.Output = res.Output[:n]
	return res, result
}

// terminate sends SIGTERM to the group, then SIGKILL if the leader is still running after grace.
func terminate[T any](pgid int, grace time.Duration, done <-chan T) T {
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case w := <-done:
		return w
	case <-t.C:
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		return <-done
	}
}
