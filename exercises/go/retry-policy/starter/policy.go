package retry

import "errors"

// MaxRetries is the largest retry:max a job may configure.
const MaxRetries = 2

// Failure reasons a job can fail with, as used in retry:when. Always matches every reason.
const (
	Always                = "always"
	UnknownFailure        = "unknown_failure"
	ScriptFailure         = "script_failure"
	APIFailure            = "api_failure"
	StuckOrTimeoutFailure = "stuck_or_timeout_failure"
	RunnerSystemFailure   = "runner_system_failure"
	RunnerUnsupported     = "runner_unsupported"
	StaleSchedule         = "stale_schedule"
	JobExecutionTimeout   = "job_execution_timeout"
	ArchivedFailure       = "archived_failure"
	UnmetPrerequisites    = "unmet_prerequisites"
	SchedulerFailure      = "scheduler_failure"
	DataIntegrityFailure  = "data_integrity_failure"
)

var knownReasons = map[string]bool{
	Always: true, UnknownFailure: true, ScriptFailure: true, APIFailure: true, StuckOrTimeoutFailure: true,
	RunnerSystemFailure: true, RunnerUnsupported: true, StaleSchedule: true, JobExecutionTimeout: true,
	ArchivedFailure: true, UnmetPrerequisites: true, SchedulerFailure: true, DataIntegrityFailure: true,
}

// ErrInvalid is wrapped by every configuration error Parse returns.
var ErrInvalid = errors.New("invalid retry configuration")

// Policy is a job's retry configuration with its defaults filled in.
type Policy struct {
	Max       int      // how many times a failed job is retried, 0..MaxRetries
	When      []string // failure reasons that are retried; [Always] unless configured
	ExitCodes []int    // when not empty, only failures with one of these exit codes are retried
}

// Failure describes how one run of a job failed.
type Failure struct {
	Reason   string // one of the failure reasons above (never Always)
	ExitCode int    // the script's exit code; 0 when the job failed before or outside its script
}
