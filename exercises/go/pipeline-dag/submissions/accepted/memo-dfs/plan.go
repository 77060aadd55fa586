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

const (
	unvisited = iota
	inProgress
	finished
)

// planner computes finish times by memoised depth-first search. "Every job of every earlier stage" is the
// memoised gate(s): the latest finish among jobs of stages < s, with the first such job in jobs order.
type planner struct {
	jobs     []Job
	byName   map[string]int
	stageIdx []int   // stage position of each job
	inStage  [][]int // job indexes per stage position, in jobs order
	state    []int8
	finish   []int
	gateSt   []int8
	gateAt   []int
	gateJob  []int
}

type cycleError struct{ job string }

func (c cycleError) Error() string { return fmt.Sprintf("%v at job %q", ErrCycle, c.job) }
func (c cycleError) Unwrap() error { return ErrCycle }

// Plan computes when each job of the pipeline can start, how long the pipeline takes and its critical path.
func Plan(stages []string, jobs []Job) (sched *Schedule, err error) {
	pos := map[string]int{}
	for i := len(stages) - 1; i >= 0; i-- {
		pos[stages[i]] = i
	}
	p := &planner{jobs: jobs, byName: map[string]int{}, stageIdx: make([]int, len(jobs)),
		inStage: make([][]int, len(stages)), state: make([]int8, len(jobs)), finish: make([]int, len(jobs)),
		gateSt: make([]int8, len(stages)), gateAt: make([]int, len(stages)), gateJob: make([]int, len(stages))}
	for i, j := range jobs {
		if _, dup := p.byName[j.Name]; dup {
			return nil, fmt.Errorf("job %q: %w", j.Name, ErrDuplicateJob)
		}
		p.byName[j.Name] = i
		s, ok := pos[j.Stage]
		if !ok {
			return nil, fmt.Errorf("job %q, stage %q: %w", j.Name, j.Stage, ErrUnknownStage)
		}
		p.stageIdx[i] = s
		p.inStage[s] = append(p.inStage[s], i)
	}
	for _, j := range jobs {
		for _, need := range j.Needs {
			if _, ok := p.byName[need]; !ok {
				return nil, fmt.Errorf("job %q needs %q: %w", j.Name, need, ErrUnknownNeed)
			}
		}
	}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(cycleError)
			if !ok {
				panic(r)
			}
			sched, err = nil, ce
		}
	}()

	sched = &Schedule{Start: make(map[string]int, len(jobs)), CriticalPath: []string{}}
	last := -1
	for i, j := range jobs {
		f := p.finishOf(i)
		sched.Start[j.Name] = f - j.Duration
		if last < 0 || f > p.finish[last] {
			last = i
		}
	}
	if last < 0 {
		return sched, nil
	}
	sched.Duration = p.finish[last]
	for cur := last; ; cur = p.waitedOn(cur) {
		sched.CriticalPath = append(sched.CriticalPath, jobs[cur].Name)
		if p.finish[cur] == jobs[cur].Duration {
			break
		}
	}
	for a, b := 0, len(sched.CriticalPath)-1; a < b; a, b = a+1, b-1 {
		sched.CriticalPath[a], sched.CriticalPath[b] = sched.CriticalPath[b], sched.CriticalPath[a]
	}
	return sched, nil
}

func (p *planner) finishOf(i int) int {
	switch p.state[i] {
	case finished:
		return p.finish[i]
	case inProgress:
		panic(cycleError{p.jobs[i].Name})
	}
	p.state[i] = inProgress
	start := 0
	if p.jobs[i].Needs == nil {
		start, _ = p.gate(p.stageIdx[i])
	} else {
		for _, need := range p.jobs[i].Needs {
			if f := p.finishOf(p.byName[need]); f > start {
				start = f
			}
		}
	}
	p.finish[i] = start + p.jobs[i].Duration
	p.state[i] = finished
	return p.finish[i]
}

// gate(s): when every job of the stages before s has finished, and the first job (jobs order) finishing then.
func (p *planner) gate(s int) (int, int) {
	if s == 0 {
		return 0, -1
	}
	switch p.gateSt[s] {
	case finished:
		return p.gateAt[s], p.gateJob[s]
	case inProgress:
		panic(cycleError{fmt.Sprintf("(stage %d)", s)})
	}
	p.gateSt[s] = inProgress
	at, who := p.gate(s - 1)
	for _, k := range p.inStage[s-1] {
		f := p.finishOf(k)
		if f > at || (f == at && (who < 0 || k < who)) {
			at, who = f, k
		}
	}
	p.gateAt[s], p.gateJob[s], p.gateSt[s] = at, who, finished
	return at, who
}

// waitedOn is the first job (jobs order) that job i waits for and that finishes exactly when i starts.
func (p *planner) waitedOn(i int) int {
	start := p.finish[i] - p.jobs[i].Duration
	if p.jobs[i].Needs == nil {
		_, who := p.gate(p.stageIdx[i])
		return who
	}
	best := -1
	for _, need := range p.jobs[i].Needs {
		k := p.byName[need]
		if p.finish[k] == start && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}
