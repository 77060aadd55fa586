package main

import (
	"encoding/json"

	ex "assay.local/logsections"
)

// handlers maps a case's "call" to an adapter that runs the candidate's code and returns what it observed.
// The expected values never reach this process: the grader compares outside the sandbox.
var handlers = map[string]func(json.RawMessage) (any, error){
	"parse": func(in json.RawMessage) (any, error) {
		var log string
		if err := json.Unmarshal(in, &log); err != nil {
			return nil, err
		}
		secs, err := ex.Parse(log)
		if err != nil {
			return map[string]any{"error": true}, nil
		}
		if secs == nil {
			secs = []ex.Section{}
		}
		return map[string]any{"sections": secs}, nil
	},
}
