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
	// nil means the changes are unknown: every changes: condition holds.
	ChangedFiles []string
}

// implAddsJob maps each valid when to whether a matching rule with it adds the job.
var implAddsJob = map[string]bool{"on_success": true, "manual": true, "delayed": true, "always": true, "never": false}

const implDefaultWhen = "on_success"

// Evaluate applies rules in order; the first rule that matches decides.
func Evaluate(rules []Rule, p Pipeline) (added bool, when string, err error) {
	if len(rules) == 0 {
		return true, implDefaultWhen, nil
	}
	for i := 0; i < len(rules); i++ {
		matched, err := implConditionsHold(&rules[i], &p)
		if err != nil {
			return false, "", fmt.Errorf("rules[%d]: %w", i, err)
		}
		if matched {
			return implDecide(i, rules[i].When)
		}
	}
	return false, "never", nil
}

func implDecide(i int, declared string) (bool, string, error) {
	when := declared
	if when == "" {
		when = implDefaultWhen
	}
	adds, known := implAddsJob[when]
	if !known {
		return false, "", fmt.Errorf("rules[%d]: unknown when %q", i, declared)
	}
	return adds, when, nil
}

func implConditionsHold(r *Rule, p *Pipeline) (bool, error) {
	if len(r.If) > 0 {
		if ok, err := EvalExpr(r.If, p.Variables); !ok || err != nil {
			return false, err
		}
	}
	if len(r.Changes) == 0 || p.ChangedFiles == nil {
		return true, nil
	}
	for _, glob := range r.Changes {
		for _, changed := range p.ChangedFiles {
			ok, err := MatchGlob(glob, changed)
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
