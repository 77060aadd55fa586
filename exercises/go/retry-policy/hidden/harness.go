package main

import (
	"encoding/json"
	"errors"

	ex "assay.local/retry"
)

// parsed reports a policy with nil slices shown as empty lists, or the kind of error.
func parsed(p ex.Policy, err error) map[string]any {
	if err != nil {
		return map[string]any{"error": errors.Is(err, ex.ErrInvalid)}
	}
	when, codes := p.When, p.ExitCodes
	if when == nil {
		when = []string{}
	}
	if codes == nil {
		codes = []int{}
	}
	return map[string]any{"max": p.Max, "when": when, "exit_codes": codes}
}

type attempt struct {
	Reason   string `json:"reason"`
	ExitCode int    `json:"exit_code"`
	Retries  int    `json:"retries"`
}

var handlers = map[string]func(json.RawMessage) (any, error){
	// parse: the input is the retry: value itself, "absent" standing for a job without retry:.
	"parse": func(in json.RawMessage) (any, error) {
		if string(in) == `"absent"` {
			in = nil
		}
		return parsed(ex.Parse(in)), nil
	},
	// parse_many: like parse, for a list of retry: values.
	"parse_many": func(in json.RawMessage) (any, error) {
		var raws []json.RawMessage
		if err := json.Unmarshal(in, &raws); err != nil {
			return nil, err
		}
		out := make([]map[string]any, len(raws))
		for i, raw := range raws {
			out[i] = parsed(ex.Parse(raw))
		}
		return out, nil
	},
	// decide: parses {"retry": ...} and answers ShouldRetry for every attempt, in order.
	"decide": func(in json.RawMessage) (any, error) {
		var c struct {
			Retry    json.RawMessage `json:"retry"`
			Attempts []attempt       `json:"attempts"`
		}
		if err := json.Unmarshal(in, &c); err != nil {
			return nil, err
		}
		p, err := ex.Parse(c.Retry)
		if err != nil {
			return parsed(p, err), nil
		}
		out := make([]bool, len(c.Attempts))
		for i, a := range c.Attempts {
			out[i] = p.ShouldRetry(ex.Failure{Reason: a.Reason, ExitCode: a.ExitCode}, a.Retries)
		}
		return out, nil
	},
}
