package retry

import (
	"errors"
	"testing"
)

func mustParse(t *testing.T, raw string) Policy {
	t.Helper()
	p, err := Parse([]byte(raw))
	if err != nil {
		t.Fatalf("Parse(%s): unexpected error: %v", raw, err)
	}
	return p
}

// Regression test for issue #4127: "Jobs with `retry: 2` are not retried any more since the upgrade,
// not even on runner_system_failure. `retry: { max: 2 }` still works."
func TestIntegerFormRetriesAnyFailure(t *testing.T) {
	p := mustParse(t, `2`)
	if !p.ShouldRetry(Failure{Reason: RunnerSystemFailure}, 0) {
		t.Errorf("retry: 2 did not retry a runner_system_failure on the first failure")
	}
	if !p.ShouldRetry(Failure{Reason: ScriptFailure, ExitCode: 1}, 1) {
		t.Errorf("retry: 2 did not retry a script_failure on the second failure")
	}
}

func TestHashFormRetriesOnlyListedReasons(t *testing.T) {
	p := mustParse(t, `{"max": 2, "when": ["runner_system_failure", "stuck_or_timeout_failure"]}`)
	if !p.ShouldRetry(Failure{Reason: StuckOrTimeoutFailure}, 0) {
		t.Errorf("stuck_or_timeout_failure is listed in when but was not retried")
	}
	if p.ShouldRetry(Failure{Reason: ScriptFailure, ExitCode: 1}, 0) {
		t.Errorf("script_failure is not listed in when but was retried")
	}
}

func TestExitCodesFilterFailures(t *testing.T) {
	p := mustParse(t, `{"max": 1, "exit_codes": [137, 255]}`)
	if !p.ShouldRetry(Failure{Reason: ScriptFailure, ExitCode: 137}, 0) {
		t.Errorf("exit code 137 is listed but was not retried")
	}
	if p.ShouldRetry(Failure{Reason: ScriptFailure, ExitCode: 1}, 0) {
		t.Errorf("exit code 1 is not listed but was retried")
	}
}

func TestUnknownReasonIsRejected(t *testing.T) {
	_, err := Parse([]byte(`{"max": 1, "when": ["network_failure"]}`))
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("err = %v, want an error wrapping ErrInvalid", err)
	}
}
