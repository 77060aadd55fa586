// Package rules decides whether a job is added to a pipeline, following the job's `rules:`.
package rules

import "fmt"

// Rule is one entry of a job's rules: list. All of its conditions must hold for the rule to match.
type Rule struct {
	If      string   // an expression over CI variables (see expr.go); empty means no condition
	Changes []string // glob patterns (see glob.go); empty means no condition
	When    string   // on_success (the default when empty), manual, delayed, always or never
}

// Pipeline is what rules are evaluated against.
type Pipeline struct {
	Variables map[string]string
	// ChangedFiles lists the paths changed by the push. nil means the changes are unknown (a scheduled or
	// manual pipeline): then every changes: condition holds.
	ChangedFiles []string
}

var validWhen = map[string]bool{"on_success": true, "manual": true, "delayed": true, "always": true, "never": true}

// Evaluate applies rules in order; the first rule that matches decides. A matching rule with when: never
// keeps the job out of the pipeline; any other when adds it. If no rule matches, the job is not added.
// A job with no rules at all is added with on_success. An invalid rule (bad expression, unknown when,
// bad pattern) is an error, reported as soon as Evaluate reaches that rule.
func Evaluate(rules []Rule, p Pipeline) (added bool, when string, err error) {
	if len(rules) == 0 {
		return true, "on_success", nil
	}
	for i, r := range rules {
		ok, err := r.matches(p)
		if err != nil {
			return false, "", fmt.Errorf("rules[%d]: %w", i, err)
		}
		if !ok {
			continue
		}
		when := r.When
		if when == "" {
			when = "always"
		}
		if !validWhen[when] {
			return false, "", fmt.Errorf("rules[%d]: unknown when %q", i, r.When)
		}
		return when != "never", when, nil
	}
	return false, "never", nil
}

func (r Rule) matches(p Pipeline) (bool, error) {
	if r.If != "" {
		ok, err := EvalExpr(r.If, p.Variables)
		if err != nil || !ok {
			return false, err
		}
	}
	if len(r.Changes) == 0 || p.ChangedFiles == nil {
		return true, nil
	}
	for _, pattern := range r.Changes {
		for _, f := range p.ChangedFiles {
			ok, err := MatchGlob(pattern, f)
			if err != nil {
				return false, err
			}
			if ok {
				return true, nil
			}
		}
	}
	return false, nil
}
