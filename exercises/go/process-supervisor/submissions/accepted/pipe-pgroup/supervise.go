package supervise

import (
	"bytes"
	"context"
	"errors"
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

// drainAfterExit bounds how long Run reads output after the process group was killed (a process that left
// the group could hold the pipe open forever).
const drainAfterExit = 250 * time.Millisecond

// Run starts the command in its own process group with stdout and stderr on one pipe, and signals the whole
// group to stop it. The pipe is an *os.File, so exec starts no copying goroutines and Wait returns when the
// command itself exits, whatever its children do.
func Run(ctx context.Context, spec Spec) (Result, error) {
	if len(spec.Argv) == 0 {
		return Result{}, errors.New("supervise: empty argv")
	}
	r, w, err := os.Pipe()
	if err != nil {
		return Result{}, err
	}
	cmd := exec.Command(spec.Argv[0], spec.Argv[1:]...)
	cmd.Stdout, cmd.Stderr = w, w
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		r.Close()
		w.Close()
		return Result{}, err
	}
	w.Close()
	group := cmd.Process.Pid

	var out bytes.Buffer
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		_, _ = io.Copy(&out, r)
	}()
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		_ = cmd.Wait()
	}()

	var timeout <-chan time.Time
	if spec.Timeout > 0 {
		t := time.NewTimer(spec.Timeout)
		defer t.Stop()
		timeout = t.C
	}
	stop := func() {
		_ = syscall.Kill(-group, syscall.SIGTERM)
		grace := time.NewTimer(spec.Grace)
		defer grace.Stop()
		select {
		case <-exited:
		case <-grace.C:
			_ = syscall.Kill(-group, syscall.SIGKILL)
			<-exited
		}
	}

	var res Result
	var runErr error
	select {
	case <-exited:
	case <-timeout:
		res.TimedOut = true
		stop()
	case <-ctx.Done():
		runErr = ctx.Err()
		stop()
	}
	_ = syscall.Kill(-group, syscall.SIGKILL) // whatever the command left behind

	select {
	case <-drained:
	case <-time.After(drainAfterExit):
		r.Close()
		<-drained
	}
	r.Close()

	res.Output = out.Bytes()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		res.ExitCode = 128 + int(ws.Signal())
	} else {
		res.ExitCode = cmd.ProcessState.ExitCode()
	}
	return res, runErr
}
