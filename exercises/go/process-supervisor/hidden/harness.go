package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	ex "assay.local/supervise"
)

// Each case runs one small shell command (a few processes at most) and reports what Run returned, whether it
// returned promptly, and, for commands that start background processes, whether those survived: such a
// process writes a marker file after a delay, and the marker is checked once that delay has passed.

type runInput struct {
	Argv      []string `json:"argv"` // "{dir}" is replaced by a scratch directory
	TimeoutMs int      `json:"timeoutMs"`
	GraceMs   int      `json:"graceMs"`
	CancelMs  int      `json:"cancelMs"`  // cancel ctx after this long (0: never)
	MarkerMs  int      `json:"markerMs"`  // if > 0: wait this long after Run returns, then look for {dir}/marker
	Summarize bool     `json:"summarize"` // report output size and last line instead of the output
}

// scratchDir makes a fresh directory in the temp dir, or in the working directory if that is not writable.
func scratchDir() (string, error) {
	if d, err := os.MkdirTemp("", "supervise-"); err == nil {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return os.MkdirTemp(wd, "supervise-")
}

func runCase(raw json.RawMessage) (any, error) {
	var in runInput
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	dir, err := scratchDir()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	argv := make([]string, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = strings.ReplaceAll(a, "{dir}", dir)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if in.CancelMs > 0 {
		defer time.AfterFunc(time.Duration(in.CancelMs)*time.Millisecond, cancel).Stop()
	}
	spec := ex.Spec{Argv: argv, Timeout: time.Duration(in.TimeoutMs) * time.Millisecond, Grace: time.Duration(in.GraceMs) * time.Millisecond}

	type outcome struct {
		res ex.Result
		err error
	}
	done := make(chan outcome, 1)
	start := time.Now()
	go func() {
		res, err := ex.Run(ctx, spec)
		done <- outcome{res, err}
	}()
	var o outcome
	select {
	case o = <-done:
	case <-time.After(8 * time.Second):
		return map[string]any{"hung": true}, nil
	}
	out := map[string]any{
		"exit_code":          o.res.ExitCode,
		"timed_out":          o.res.TimedOut,
		"error":              errorKind(o.err),
		"returned_within_3s": time.Since(start) < 3*time.Second,
	}
	if in.Summarize {
		lines := bytes.Split(bytes.TrimRight(o.res.Output, "\n"), []byte("\n"))
		out["output_bytes"] = len(o.res.Output)
		out["last_line"] = string(lines[len(lines)-1])
	} else {
		out["output"] = string(o.res.Output)
	}
	if in.MarkerMs > 0 {
		time.Sleep(time.Duration(in.MarkerMs) * time.Millisecond)
		_, statErr := os.Stat(filepath.Join(dir, "marker"))
		out["background_survived"] = statErr == nil
	}
	return out, nil
}

func errorKind(err error) any {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	return "error"
}

var handlers = map[string]func(json.RawMessage) (any, error){
	"run": runCase,
}
