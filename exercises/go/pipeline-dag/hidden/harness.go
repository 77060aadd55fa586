package main

import (
	"encoding/json"
	"errors"
	"fmt"

	ex "assay.local/pipeline"
)

type jobInput struct {
	Name     string   `json:"name"`
	Stage    string   `json:"stage"`
	Needs    []string `json:"needs"` // absent or null: no needs keyword; []: needs nothing
	Duration int      `json:"duration"`
}

type planInput struct {
	Stages []string   `json:"stages"`
	Jobs   []jobInput `json:"jobs"`
}

func toJobs(in []jobInput) []ex.Job {
	jobs := make([]ex.Job, len(in))
	for i, j := range in {
		jobs[i] = ex.Job{Name: j.Name, Stage: j.Stage, Needs: j.Needs, Duration: j.Duration}
	}
	return jobs
}

func planError(err error) map[string]any {
	kinds := []struct {
		target error
		kind   string
	}{{ex.ErrCycle, "cycle"}, {ex.ErrUnknownNeed, "unknown_need"}, {ex.ErrUnknownStage, "unknown_stage"}, {ex.ErrDuplicateJob, "duplicate_job"}}
	for _, k := range kinds {
		if errors.Is(err, k.target) {
			return map[string]any{"error": k.kind}
		}
	}
	return map[string]any{"error": "other"}
}

// generatedPipeline builds a large pipeline from a small recipe:
//   - wide: Stages stages of PerStage jobs; every fifth job has `needs:` on one job of the previous stage,
//     the others wait for their stages (the shape `parallel: matrix` produces).
//   - lattice: Lattice jobs in one stage, each needing the two jobs before it (many paths, one answer).
type generatedPipeline struct {
	Stages   int `json:"stages"`
	PerStage int `json:"perStage"`
	Lattice  int `json:"lattice"`
}

func (p generatedPipeline) build() ([]string, []ex.Job) {
	if p.Lattice > 0 {
		jobs := make([]ex.Job, p.Lattice)
		for i := range jobs {
			needs := []string{}
			for _, back := range []int{1, 2} {
				if i-back >= 0 {
					needs = append(needs, fmt.Sprintf("step-%d", i-back))
				}
			}
			jobs[i] = ex.Job{Name: fmt.Sprintf("step-%d", i), Stage: "test", Needs: needs, Duration: 1 + (i*7)%5}
		}
		return []string{"test"}, jobs
	}
	stages := make([]string, p.Stages)
	var jobs []ex.Job
	for s := range stages {
		stages[s] = fmt.Sprintf("stage-%d", s)
		for k := 0; k < p.PerStage; k++ {
			j := ex.Job{Name: fmt.Sprintf("s%d-job%d", s, k), Stage: stages[s], Duration: 1 + (s*31+k*17)%23}
			if s > 0 && k%5 == 0 {
				j.Needs = []string{fmt.Sprintf("s%d-job%d", s-1, (k*3)%p.PerStage)}
			}
			jobs = append(jobs, j)
		}
	}
	return stages, jobs
}

func ends(path []string, n int) ([]string, []string) {
	if len(path) < n {
		n = len(path)
	}
	return path[:n], path[len(path)-n:]
}

var handlers = map[string]func(json.RawMessage) (any, error){
	"plan": func(raw json.RawMessage) (any, error) {
		var in planInput
		if err := json.Unmarshal(raw, &in); err != nil {
			return nil, err
		}
		s, err := ex.Plan(in.Stages, toJobs(in.Jobs))
		if err != nil {
			return planError(err), nil
		}
		if s == nil {
			return map[string]any{"schedule": nil}, nil
		}
		return map[string]any{"start": s.Start, "duration": s.Duration, "critical_path": s.CriticalPath}, nil
	},
	"plan_generated": func(raw json.RawMessage) (any, error) {
		var in generatedPipeline
		if err := json.Unmarshal(raw, &in); err != nil {
			return nil, err
		}
		stages, jobs := in.build()
		s, err := ex.Plan(stages, jobs)
		if err != nil {
			return planError(err), nil
		}
		if s == nil {
			return map[string]any{"schedule": nil}, nil
		}
		startSum := 0
		for _, v := range s.Start {
			startSum += v
		}
		head, tail := ends(s.CriticalPath, 3)
		return map[string]any{
			"jobs": len(s.Start), "start_sum": startSum, "duration": s.Duration,
			"path_len": len(s.CriticalPath), "path_head": head, "path_tail": tail,
		}, nil
	},
}
