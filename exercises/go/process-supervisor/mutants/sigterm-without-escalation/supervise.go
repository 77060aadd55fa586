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

// Run starts the command, waits for it, and stops it and everything it started when the timeout expires or
// ctx is cancelled. See prompt.md for the full contract.
//
// The command leads a new process group, so one signal reaches every process it started. Output goes
// through a pipe Run owns: exec.Cmd.Wait only waits for the process then, not for whoever else still holds
// the pipe, and the group can be killed before the output is drained.
func Run(ctx context.Context, spec Spec) (Result, error) {
	if len(spec.Argv) == 0 {
		return Result{}, errors.New("supervise: empty command")
	}
	r, w, err := os.Pipe()
	if err != nil {
		return Result{}, err
	}
	cmd := exec.Command(spec.Argv[0], spec.Argv[1:]...)
	cmd.Stdout, cmd.Stderr = w, w
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = cmd.Start()
	w.Close()
	if err != nil {
		r.Close()
		return Result{}, err
	}
	var out bytes.Buffer
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		io.Copy(&out, r)
		r.Close()
	}()
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		cmd.Wait() // the status is read from cmd.ProcessState
	}()

	var expired <-chan time.Time
	if spec.Timeout > 0 {
		timer := time.NewTimer(spec.Timeout)
		defer timer.Stop()
		expired = timer.C
	}
	var res Result
	var runErr error
	pgid := cmd.Process.Pid
	select {
	case <-exited:
	case <-expired:
		res.TimedOut = true
		stop(pgid, spec.Grace, exited)
	case <-ctx.Done():
		runErr = ctx.Err()
		stop(pgid, spec.Grace, exited)
	}
	// Background processes the command left behind go with it; they also hold the output pipe open.
	syscall.Kill(-pgid, syscall.SIGKILL)
	<-drained
	res.ExitCode = exitCode(cmd.ProcessState)
	res.Output = out.Bytes()
	return res, runErr
}

// stop asks the process group to terminate and waits for it.
func stop(pgid int, grace time.Duration, exited <-chan struct{}) {
	syscall.Kill(-pgid, syscall.SIGTERM)
	<-exited
}

func exitCode(ps *os.ProcessState) int {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ps.ExitCode()
}
