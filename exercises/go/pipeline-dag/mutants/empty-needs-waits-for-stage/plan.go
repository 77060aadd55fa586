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
//
// A job without needs waits for all earlier stages. Instead of an edge from every earlier job (quadratic in
// wide pipelines), each stage gets a barrier node: barrier s waits for barrier s-1 and the jobs of stage s-1,
// and a job without needs in stage s waits for barrier s. The graph stays linear in jobs + needs.
func Plan(stages []string, jobs []Job) (*Schedule, error) {
	g, err := build(stages, jobs)
	if err != nil {
		return nil, err
	}
	order, ok := g.topoOrder()
	if !ok {
		return nil, ErrCycle
	}
	finish := make([]int, g.nodes)
	for _, v := range order {
		start := 0
		for _, d := range g.deps[v] {
			if finish[d] > start {
				start = finish[d]
			}
		}
		finish[v] = start + g.duration(v)
	}
	s := &Schedule{Start: make(map[string]int, len(jobs)), CriticalPath: []string{}}
	last := -1
	for i, j := range jobs {
		s.Start[j.Name] = finish[i] - j.Duration
		if last < 0 || finish[i] > finish[last] {
			last = i
		}
	}
	if last >= 0 {
		s.Duration = finish[last]
		s.CriticalPath = g.criticalPath(last, finish)
	}
	return s, nil
}

// criticalPath walks back from job last through the dependency that finishes exactly when each job starts,
// preferring the job listed first.
func (g *graph) criticalPath(last int, finish []int) []string {
	witness := g.barrierWitnesses(finish)
	var rev []string
	for v := last; v >= 0; {
		rev = append(rev, g.jobs[v].Name)
		start := finish[v] - g.jobs[v].Duration
		next := -1
		if start > 0 {
			if len(g.jobs[v].Needs) == 0 {
				next = witness[g.stageOf[v]]
			} else {
				for _, d := range g.deps[v] {
					if finish[d] == start && (next < 0 || d < next) {
						next = d
					}
				}
			}
		}
		v = next
	}
	path := make([]string, len(rev))
	for i, name := range rev {
		path[len(rev)-1-i] = name
	}
	return path
}

// barrierWitnesses returns, per stage s, the first-listed job of the stages before s that finishes last.
func (g *graph) barrierWitnesses(finish []int) []int {
	witness := make([]int, len(g.byStage))
	best := -1
	for s := range g.byStage {
		witness[s] = best
		for _, j := range g.byStage[s] {
			if best < 0 || finish[j] > finish[best] || (finish[j] == finish[best] && j < best) {
				best = j
			}
		}
	}
	return witness
}

// graph holds jobs as nodes 0..len(jobs)-1 and stage barriers as nodes len(jobs)..len(jobs)+len(stages)-1.
type graph struct {
	jobs    []Job
	nodes   int
	deps    [][]int
	stageOf []int
	byStage [][]int
}

func (g *graph) duration(v int) int {
	if v < len(g.jobs) {
		return g.jobs[v].Duration
	}
	return 0
}

func build(stages []string, jobs []Job) (*graph, error) {
	stageIdx := make(map[string]int, len(stages))
	for i, s := range stages {
		stageIdx[s] = i
	}
	jobIdx := make(map[string]int, len(jobs))
	g := &graph{jobs: jobs, nodes: len(jobs) + len(stages), stageOf: make([]int, len(jobs)), byStage: make([][]int, len(stages))}
	for i, j := range jobs {
		if _, dup := jobIdx[j.Name]; dup {
			return nil, fmt.Errorf("job %q: %w", j.Name, ErrDuplicateJob)
		}
		jobIdx[j.Name] = i
		s, ok := stageIdx[j.Stage]
		if !ok {
			return nil, fmt.Errorf("job %q, stage %q: %w", j.Name, j.Stage, ErrUnknownStage)
		}
		g.stageOf[i] = s
		g.byStage[s] = append(g.byStage[s], i)
	}
	g.deps = make([][]int, g.nodes)
	for i, j := range jobs {
		if len(j.Needs) == 0 {
			g.deps[i] = []int{len(jobs) + g.stageOf[i]}
			continue
		}
		for _, n := range j.Needs {
			d, ok := jobIdx[n]
			if !ok {
				return nil, fmt.Errorf("job %q needs %q: %w", j.Name, n, ErrUnknownNeed)
			}
			g.deps[i] = append(g.deps[i], d)
		}
	}
	for s := 1; s < len(stages); s++ {
		b := len(jobs) + s
		g.deps[b] = append([]int{b - 1}, g.byStage[s-1]...)
	}
	return g, nil
}

// topoOrder returns the nodes in dependency order (Kahn's algorithm), or false if there is a cycle.
func (g *graph) topoOrder() ([]int, bool) {
	pending := make([]int, g.nodes)
	dependents := make([][]int, g.nodes)
	for v, ds := range g.deps {
		pending[v] = len(ds)
		for _, d := range ds {
			dependents[d] = append(dependents[d], v)
		}
	}
	order := make([]int, 0, g.nodes)
	for v := range pending {
		if pending[v] == 0 {
			order = append(order, v)
		}
	}
	for i := 0; i < len(order); i++ {
		for _, w := range dependents[order[i]] {
			if pending[w]--; pending[w] == 0 {
				order = append(order, w)
			}
		}
	}
	return order, len(order) == g.nodes
}
