package rules

import "testing"

// Each test is a job definition a user could write, and the pipelines it should (not) run in.

func decide(t *testing.T, rules []Rule, vars map[string]string, changed []string) (bool, string) {
	t.Helper()
	added, when, err := Evaluate(rules, Pipeline{Variables: vars, ChangedFiles: changed})
	if err != nil {
		t.Fatalf("Evaluate: unexpected error %v", err)
	}
	return added, when
}

func TestDocsJob(t *testing.T) {
	rules := []Rule{
		{If: `$CI_PIPELINE_SOURCE == "schedule"`, When: "never"},
		{If: `$CI_COMMIT_BRANCH =~ /release-/ || $DEPLOY_DOCS`, Changes: []string{"docs/**/*.md"}, When: "manual"},
	}
	if added, _ := decide(t, rules, map[string]string{"CI_PIPELINE_SOURCE": "schedule", "DEPLOY_DOCS": "1"}, nil); added {
		t.Error("a scheduled pipeline must skip the docs job")
	}
	if added, when := decide(t, rules, map[string]string{"CI_COMMIT_BRANCH": "prep-release-2"}, []string{"docs/index.md"}); !added || when != "manual" {
		t.Errorf("release branch touching docs/index.md: got %v %q, want manual", added, when)
	}
	if added, _ := decide(t, rules, map[string]string{"CI_COMMIT_BRANCH": "release-1"}, []string{"src/docs.md"}); added {
		t.Error("src/docs.md is not under docs/")
	}
	if added, _ := decide(t, rules, map[string]string{"DEPLOY_DOCS": ""}, []string{"docs/index.md"}); added {
		t.Error("DEPLOY_DOCS set to the empty string does not count")
	}
	if added, when := decide(t, rules, map[string]string{"DEPLOY_DOCS": "yes"}, nil); !added || when != "manual" {
		t.Errorf("a manual pipeline (unknown changes): got %v %q, want manual", added, when)
	}
}

func TestLintJobOnlyTopLevelGo(t *testing.T) {
	rules := []Rule{{Changes: []string{"*.go"}}}
	if added, when := decide(t, rules, nil, []string{"main.go"}); !added || when != "on_success" {
		t.Errorf("main.go: got %v %q", added, when)
	}
	if added, _ := decide(t, rules, nil, []string{"cmd/main.go"}); added {
		t.Error("cmd/main.go must not match *.go")
	}
}

func TestFallbackRuleOrder(t *testing.T) {
	rules := []Rule{{If: `$FORK != null`, When: "never"}, {If: `$CI`, When: "delayed"}, {When: "always"}}
	if added, when := decide(t, rules, map[string]string{"CI": "true"}, nil); !added || when != "delayed" {
		t.Errorf("got %v %q, want the first matching rule (delayed)", added, when)
	}
	if added, when := decide(t, rules, map[string]string{"FORK": "1", "CI": "true"}, nil); added || when != "never" {
		t.Errorf("fork: got %v %q, want never", added, when)
	}
}

func TestOperatorPrecedence(t *testing.T) {
	vars := map[string]string{"A": "x"}
	if ok, err := EvalExpr(`$A || $B && $C`, vars); err != nil || !ok {
		t.Errorf("&& binds tighter than ||: got %v, %v", ok, err)
	}
	if ok, _ := EvalExpr(`$UNSET == null && $UNSET != "x"`, vars); !ok {
		t.Error("an undefined variable equals null and differs from any string")
	}
}

func TestBadRuleIsAnError(t *testing.T) {
	if _, _, err := Evaluate([]Rule{{If: `$A ==`}}, Pipeline{}); err == nil {
		t.Error("want an error for a broken expression")
	}
	if _, _, err := Evaluate([]Rule{{When: "sometimes"}}, Pipeline{}); err == nil {
		t.Error("want an error for an unknown when")
	}
}
