package pipeline

import "errors"

// Job is one job of a pipeline, as configured in .gitlab-ci.yml.
type Job struct {
	Name  string
	Stage string
	// Needs lists the jobs this job waits for. A nil Needs means the job has no `needs:` keyword and waits for
	// every job of every earlier stage; a non-nil empty Needs (`needs: []`) means it waits for nothing.
	Needs    []string
	Duration int // minutes, always > 0
}

// Schedule is the timing of a pipeline on unlimited runners.
type Schedule struct {
	Start        map[string]int // earliest start minute of every job
	Duration     int            // minute at which the last job finishes
	CriticalPath []string       // the chain of jobs that determines Duration, first job first
}

// Errors returned by Plan, possibly wrapped.
var (
	ErrDuplicateJob = errors.New("duplicate job name")
	ErrUnknownStage = errors.New("job uses an unknown stage")
	ErrUnknownNeed  = errors.New("job needs an unknown job")
	ErrCycle        = errors.New("jobs depend on each other in a cycle")
)

// Plan computes when each job of the pipeline can start, how long the pipeline takes and its critical path.
// stages lists the pipeline's stages in order.
func Plan(stages []string, jobs []Job) (*Schedule, error) {
	// TODO: implement
	return nil, errors.New("not implemented")
}
