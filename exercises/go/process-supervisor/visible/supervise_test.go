package supervise

import (
	"context"
	"testing"
	"time"
)

func TestExitCodeAndOutput(t *testing.T) {
	res, err := Run(context.Background(), Spec{
		Argv:    []string{"/bin/sh", "-c", "echo compiling; echo 'main.go:3: undefined: x' >&2; exit 2"},
		Timeout: 10 * time.Second,
	})
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if res.ExitCode != 2 || res.TimedOut {
		t.Errorf("ExitCode, TimedOut = %d, %v; want 2, false", res.ExitCode, res.TimedOut)
	}
	if want := "compiling\nmain.go:3: undefined: x\n"; string(res.Output) != want {
		t.Errorf("Output = %q, want %q", res.Output, want)
	}
}

func TestTimeoutStopsTheCommand(t *testing.T) {
	start := time.Now()
	res, err := Run(context.Background(), Spec{Argv: []string{"/bin/sleep", "30"}, Timeout: 200 * time.Millisecond, Grace: time.Second})
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if !res.TimedOut {
		t.Errorf("TimedOut = false, want true")
	}
	if res.ExitCode != 143 {
		t.Errorf("ExitCode = %d, want 143 (killed by SIGTERM)", res.ExitCode)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Run took %v after a 200ms timeout", d)
	}
}

func TestMissingProgramIsAnError(t *testing.T) {
	if _, err := Run(context.Background(), Spec{Argv: []string{"/nonexistent/gitlab-runner-helper"}}); err == nil {
		t.Errorf("expected an error for a program that does not exist")
	}
}
