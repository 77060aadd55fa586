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
//
// Graph: nodes 0..n-1 are jobs, n+s is the barrier "every job of stages before s has finished". Barrier s
// depends on barrier s-1 and on the jobs of stage s-1, so a job without needs has one edge (to its stage's
// barrier) instead of one per earlier job. Kahn's algorithm gives the order and detects cycles; a barrier also
// remembers the first job (in jobs order) that finishes when the barrier opens, for the critical path.
func Plan(stages []string, jobs []Job) (*Schedule, error) {
	n, s := len(jobs), len(stages)
	stageOf := make(map[string]int, s)
	for i, st := range stages {
		if _, dup := stageOf[st]; !dup {
			stageOf[st] = i
		}
	}
	index := make(map[string]int, n)
	for i, j := range jobs {
		if _, dup := index[j.Name]; dup {
			return nil, fmt.Errorf("%w: %q", ErrDuplicateJob, j.Name)
		}
		index[j.Name] = i
		if _, ok := stageOf[j.Stage]; !ok {
			return nil, fmt.Errorf("%w: %q in job %q", ErrUnknownStage, j.Stage, j.Name)
		}
	}

	total := n + s
	succ := make([][]int, total)
	indeg := make([]int, total)
	edge := func(from, to int) {
		succ[from] = append(succ[from], to)
		indeg[to]++
	}
	for b := 1; b < s; b++ {
		edge(n+b-1, n+b)
	}
	for i, j := range jobs {
		st := stageOf[j.Stage]
		if st+1 < s {
			edge(i, n+st+1)
		}
		if j.Needs == nil {
			edge(n+st, i)
			continue
		}
		for _, need := range j.Needs {
			k, ok := index[need]
			if !ok {
				return nil, fmt.Errorf("%w: %q needs %q", ErrUnknownNeed, j.Name, need)
			}
			edge(k, i)
		}
	}

	ready := make([]int, 0, total) // finish time of a job; open time of a barrier
	start := make([]int, n)
	value := make([]int, total) // jobs: finish; barriers: open time
	via := make([]int, total)    // barriers: first job (jobs order) finishing at the open time, -1 if none
	for v := range via {
		via[v] = -1
	}
	for v := 0; v < total; v++ {
		if indeg[v] == 0 {
			ready = append(ready, v)
		}
	}
	processed := 0
	for len(ready) > 0 {
		v := ready[len(ready)-1]
		ready = ready[:len(ready)-1]
		processed++
		if v < n {
			value[v] = start[v] + jobs[v].Duration
		}
		for _, w := range succ[v] {
			if w < n {
				if value[v] > start[w] {
					start[w] = value[v]
				}
			} else {
				cand, candVia := value[v], v
				if v >= n {
					candVia = via[v]
				}
				if cand > value[w] || (cand == value[w] && candVia >= 0 && (via[w] < 0 || candVia < via[w])) {
					value[w], via[w] = cand, candVia
				}
			}
			if indeg[w]--; indeg[w] == 0 {
				ready = append(ready, w)
			}
		}
	}
	if processed != total {
		return nil, ErrCycle
	}

	sched := &Schedule{Start: make(map[string]int, n), CriticalPath: []string{}}
	last := -1
	for i, j := range jobs {
		sched.Start[j.Name] = start[i]
		if last < 0 || value[i] > value[last] {
			last = i
		}
	}
	if last < 0 {
		return sched, nil
	}
	sched.Duration = value[last]
	var path []int
	for cur := last; ; {
		path = append(path, cur)
		if start[cur] == 0 {
			break
		}
		cur = predecessor(jobs, cur, start[cur], index, value, via, n, stageOf)
	}
	for i := len(path) - 1; i >= 0; i-- {
		sched.CriticalPath = append(sched.CriticalPath, jobs[path[i]].Name)
	}
	return sched, nil
}

// predecessor is the first job (in jobs order) that cur waits for and that finishes exactly when cur starts.
func predecessor(jobs []Job, cur, at int, index map[string]int, value, via []int, n int, stageOf map[string]int) int {
	if jobs[cur].Needs == nil {
		return via[n+stageOf[jobs[cur].Stage]]
	}
	best := -1
	for _, need := range jobs[cur].Needs {
		k := index[need]
		if value[k] == at && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}
