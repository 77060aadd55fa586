package main

import (
	"encoding/json"
	"fmt"
	"strings"

	ex "assay.local/logsections"
)

// handlers maps a case's "call" to an adapter that runs the candidate's code and returns what it observed.
// The expected values never reach this process: the grader compares outside the sandbox.
//
// "parse" takes either the log itself (a JSON string) or {"generate": {...}}, a recipe for a large log built
// here so that cases.json stays small; a generated log is answered with a summary instead of every section.
var handlers = map[string]func(json.RawMessage) (any, error){
	"parse": func(in json.RawMessage) (any, error) {
		var log string
		var recipe struct{ Generate *logRecipe }
		if err := json.Unmarshal(in, &log); err != nil {
			if err := json.Unmarshal(in, &recipe); err != nil || recipe.Generate == nil {
				return nil, fmt.Errorf("parse input must be a string or {\"generate\": {...}}")
			}
			log = recipe.Generate.build()
		}
		secs, err := ex.Parse(log)
		if err != nil {
			return map[string]any{"error": true}, nil
		}
		if secs == nil {
			secs = []ex.Section{}
		}
		if recipe.Generate != nil {
			return summarizeSections(secs), nil
		}
		return map[string]any{"sections": secs}, nil
	},
}

// logRecipe describes a job log: an outer "job" section holding Steps sibling sections of LinesPerStep
// output lines each, every marker written the way the runner writes it (with "\r\x1b[0K").
// With Unclosed, the outer section never ends (a cancelled job).
type logRecipe struct {
	Steps        int
	LinesPerStep int
	Unclosed     bool
}

func (r logRecipe) build() string {
	var b strings.Builder
	b.Grow(r.Steps * (r.LinesPerStep*40 + 80))
	b.WriteString("Running with gitlab-runner 16.5.0\nsection_start:1000:job\r\x1b[0K\n")
	for i := 0; i < r.Steps; i++ {
		fmt.Fprintf(&b, "section_start:%d:step_%d\r\x1b[0K\n", 1000+i, i)
		for j := 0; j < r.LinesPerStep; j++ {
			fmt.Fprintf(&b, "$ make target-%d # output line %d of step %d\r\n", j%7, j, i)
		}
		fmt.Fprintf(&b, "section_end:%d:step_%d\r\x1b[0K\n", 1001+i, i)
	}
	if !r.Unclosed {
		fmt.Fprintf(&b, "section_end:%d:job\r\x1b[0K\n", 1000+r.Steps)
	}
	b.WriteString("Job succeeded")
	return b.String()
}

// summarizeSections reduces a large result to values that are cheap to compare but still pin every field.
func summarizeSections(secs []ex.Section) map[string]any {
	out := map[string]any{"count": len(secs)}
	if len(secs) == 0 {
		return out
	}
	var lines, depths, unclosed, spans int64
	for _, s := range secs {
		lines += int64(s.Lines)
		depths += int64(s.Depth)
		if s.End == -1 {
			unclosed++
		} else {
			spans += s.End - s.Start
		}
	}
	out["first"] = secs[0]
	out["last"] = secs[len(secs)-1]
	out["sumLines"], out["sumDepth"], out["unclosed"], out["sumSpan"] = lines, depths, unclosed, spans
	return out
}
