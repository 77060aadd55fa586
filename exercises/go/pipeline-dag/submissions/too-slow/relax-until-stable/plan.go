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

// Plan is correct but slow on long chains: instead of ordering the jobs, it relaxes every job's start
// repeatedly until nothing changes (one pass per link of the longest chain, so chains × jobs in all). A start
// that keeps growing after as many passes as there are jobs means a cycle.
func Plan(stages []string, jobs []Job) (*Schedule, error) {
	stageAt := map[string]int{}
	for i := len(stages) - 1; i >= 0; i-- {
		stageAt[stages[i]] = i
	}
	byName := map[string]int{}
	for i, j := range jobs {
		if _, dup := byName[j.Name]; dup {
			return nil, fmt.Errorf("%w: %s", ErrDuplicateJob, j.Name)
		}
		byName[j.Name] = i
		if _, ok := stageAt[j.Stage]; !ok {
			return nil, fmt.Errorf("%w: %s", ErrUnknownStage, j.Stage)
		}
	}
	for _, j := range jobs {
		for _, n := range j.Needs {
			if _, ok := byName[n]; !ok {
				return nil, fmt.Errorf("%w: %s needs %s", ErrUnknownNeed, j.Name, n)
			}
		}
	}

	start := make([]int, len(jobs))
	stageEnd := make([]int, len(stages)) // latest finish among jobs of each stage
	gate := make([]int, len(stages))     // latest finish among jobs of all earlier stages
	for pass := 0; ; pass++ {
		if pass > len(jobs)+1 {
			return nil, ErrCycle
		}
		for s := range stageEnd {
			stageEnd[s] = 0
		}
		for i, j := range jobs {
			if f := start[i] + j.Duration; f > stageEnd[stageAt[j.Stage]] {
				stageEnd[stageAt[j.Stage]] = f
			}
		}
		for s := range gate {
			if s > 0 {
				gate[s] = gate[s-1]
				if stageEnd[s-1] > gate[s] {
					gate[s] = stageEnd[s-1]
				}
			}
		}
		changed := false
		for i, j := range jobs {
			want := 0
			if j.Needs == nil {
				want = gate[stageAt[j.Stage]]
			} else {
				for _, n := range j.Needs {
					k := byName[n]
					if f := start[k] + jobs[k].Duration; f > want {
						want = f
					}
				}
			}
			if want != start[i] {
				start[i] = want
				changed = true
			}
		}
		if !changed {
			break
		}
	}

	sched := &Schedule{Start: map[string]int{}, CriticalPath: []string{}}
	last := -1
	for i, j := range jobs {
		sched.Start[j.Name] = start[i]
		if f := start[i] + j.Duration; last < 0 || f > start[last]+jobs[last].Duration {
			last = i
		}
	}
	if last < 0 {
		return sched, nil
	}
	sched.Duration = start[last] + jobs[last].Duration
	var rev []string
	for cur := last; cur >= 0; {
		rev = append(rev, jobs[cur].Name)
		if start[cur] == 0 {
			break
		}
		next := -1
		for k, other := range jobs {
			if start[k]+other.Duration != start[cur] || !waitsFor(jobs[cur], other, k, byName, stageAt) {
				continue
			}
			next = k
			break
		}
		cur = next
	}
	for i := len(rev) - 1; i >= 0; i-- {
		sched.CriticalPath = append(sched.CriticalPath, rev[i])
	}
	return sched, nil
}

func waitsFor(j, other Job, k int, byName map[string]int, stageAt map[string]int) bool {
	if j.Needs == nil {
		return stageAt[other.Stage] < stageAt[j.Stage]
	}
	for _, n := range j.Needs {
		if byName[n] == k {
			return true
		}
	}
	return false
}
