// Package rules decides whether a job is added to a pipeline, following the job's `rules:`.
package rules

import "fmt"

// Rule is one entry of a job's rules: list. All of its conditions must hold for the rule to match.
type Rule struct {
	If      string   // an expression over CI variables (see expr.go); empty means no condition
	Changes []string // glob patterns (see glob.go); empty means no condition
	When    string   // on_success (the default when empty), manual, delayed, always or never
}

// Pipeline is what rules are evaluated against. ChangedFiles nil means the changes are unknown.
type Pipeline struct {
	Variables    map[string]string
	ChangedFiles []string
}

func implKnownWhen(w string) bool {
	switch w {
	case "on_success", "manual", "delayed", "always", "never":
		return true
	}
	return false
}

// Evaluate applies rules in order; the first rule that matches decides.
func Evaluate(rules []Rule, p Pipeline) (bool, string, error) {
	if rules == nil || len(rules) == 0 {
		return true, "on_success", nil
	}
	for idx := range rules {
		rule := rules[idx]
		hit, err := implRuleHolds(rule, p)
		switch {
		case err != nil:
			return false, "", fmt.Errorf("rules[%d]: %w", idx, err)
		case !hit:
			continue
		}
		when := rule.When
		if when == "" {
			when = "on_success"
		}
		if !implKnownWhen(when) {
			return false, "", fmt.Errorf("rules[%d]: unknown when %q", idx, rule.When)
		}
		return when != "never", when, nil
	}
	return false, "never", nil
}

func implRuleHolds(r Rule, p Pipeline) (bool, error) {
	if r.If != "" {
		ok, err := EvalExpr(r.If, p.Variables)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, nil
		}
	}
	if p.ChangedFiles == nil || len(r.Changes) == 0 {
		return true, nil
	}
	return implAnyChangeMatches(r.Changes, p.ChangedFiles)
}

func implAnyChangeMatches(patterns, files []string) (bool, error) {
	for _, pattern := range patterns {
		for _, file := range files {
			if ok, err := MatchGlob(pattern, file); err != nil || ok {
				return ok && err == nil, err
			}
		}
	}
	return false, nil
}
