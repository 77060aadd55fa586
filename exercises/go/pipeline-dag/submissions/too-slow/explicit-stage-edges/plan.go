package pipeline

import (
	"errors"
	"fmt"
)

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
	stageIdx := map[string]int{}
	for i, s := range stages {
		stageIdx[s] = i
	}
	byName := map[string]int{}
	for i, j := range jobs {
		if _, dup := byName[j.Name]; dup {
			return nil, fmt.Errorf("%s: %w", j.Name, ErrDuplicateJob)
		}
		if _, ok := stageIdx[j.Stage]; !ok {
			return nil, fmt.Errorf("%s: %w", j.Name, ErrUnknownStage)
		}
		byName[j.Name] = i
	}
	deps := make([][]int, len(jobs))
	for i, j := range jobs {
		deps[i] = dependencies(j, jobs, byName, stageIdx)
		for _, n := range j.Needs {
			if _, ok := byName[n]; !ok {
				return nil, fmt.Errorf("%s needs %s: %w", j.Name, n, ErrUnknownNeed)
			}
		}
	}

	const (
		unvisited = iota
		visiting
		done
	)
	state := make([]int, len(jobs))
	finish := make([]int, len(jobs))
	var visit func(i int) error
	visit = func(i int) error {
		switch state[i] {
		case done:
			return nil
		case visiting:
			return ErrCycle
		}
		state[i] = visiting
		start := 0
		for _, d := range deps[i] {
			if err := visit(d); err != nil {
				return err
			}
			if finish[d] > start {
				start = finish[d]
			}
		}
		finish[i] = start + jobs[i].Duration
		state[i] = done
		return nil
	}

	s := &Schedule{Start: map[string]int{}, CriticalPath: []string{}}
	last := -1
	for i, j := range jobs {
		if err := visit(i); err != nil {
			return nil, err
		}
		s.Start[j.Name] = finish[i] - j.Duration
		if last < 0 || finish[i] > finish[last] {
			last = i
		}
	}
	if last < 0 {
		return s, nil
	}
	s.Duration = finish[last]
	var rev []string
	for v := last; v >= 0; {
		rev = append(rev, jobs[v].Name)
		next := -1
		for _, d := range deps[v] {
			if finish[d] == finish[v]-jobs[v].Duration && (next < 0 || d < next) {
				next = d
			}
		}
		v = next
	}
	for i := len(rev) - 1; i >= 0; i-- {
		s.CriticalPath = append(s.CriticalPath, rev[i])
	}
	return s, nil
}

// dependencies lists the jobs j waits for: its needs, or every job of an earlier stage.
func dependencies(j Job, jobs []Job, byName, stageIdx map[string]int) []int {
	var out []int
	if j.Needs != nil {
		for _, n := range j.Needs {
			if d, ok := byName[n]; ok {
				out = append(out, d)
			}
		}
		return out
	}
	for k, other := range jobs {
		if stageIdx[other.Stage] < stageIdx[j.Stage] {
			out = append(out, k)
		}
	}
	return out
}
