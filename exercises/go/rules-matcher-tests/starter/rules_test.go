package rules

import "testing"

// An example to start from; replace or extend it with your own tests.
func TestNoRulesMeansOnSuccess(t *testing.T) {
	added, when, err := Evaluate(nil, Pipeline{})
	if err != nil || !added || when != "on_success" {
		t.Errorf("Evaluate(no rules) = %v, %q, %v; want true, on_success, nil", added, when, err)
	}
}
