package rules

import "testing"

var vars = map[string]string{
	"CI_PIPELINE_SOURCE": "merge_request_event",
	"CI_COMMIT_BRANCH":   "release-16.4",
	"CI_COMMIT_TAG":      "",
	"DEPLOY":             "true",
}

func TestEvalExpr(t *testing.T) {
	tests := []struct {
		expr string
		want bool
	}{
		{`$DEPLOY`, true},
		{`$CI_COMMIT_TAG`, false}, // defined but empty
		{`$UNDEFINED`, false},
		{`$CI_PIPELINE_SOURCE == "merge_request_event"`, true},
		{`$CI_PIPELINE_SOURCE == 'push'`, false},
		{`$CI_PIPELINE_SOURCE != "push"`, true},
		{`$UNDEFINED != "push"`, true},
		{`$UNDEFINED == "push"`, false},
		{`$UNDEFINED == null`, true},
		{`$CI_COMMIT_TAG == null`, false},
		{`$CI_COMMIT_TAG != null`, true},
		{`$CI_COMMIT_BRANCH =~ /release/`, true}, // unanchored
		{`$CI_COMMIT_BRANCH =~ /^release-\d+\.\d+$/`, true},
		{`$CI_COMMIT_BRANCH =~ /RELEASE/`, false},
		{`$CI_COMMIT_BRANCH =~ /RELEASE/i`, true},
		{`$CI_COMMIT_BRANCH !~ /main/`, true},
		{`$UNDEFINED =~ /.*/`, false},
		{`$UNDEFINED !~ /x/`, true},
		{`$DEPLOY && $CI_COMMIT_TAG`, false},
		{`$CI_COMMIT_TAG || $DEPLOY`, true},
		{`$DEPLOY || $UNDEFINED && $CI_COMMIT_TAG`, true}, // && binds tighter
		{`($DEPLOY || $UNDEFINED) && $CI_COMMIT_TAG`, false},
		{`$CI_COMMIT_TAG && $UNDEFINED || $DEPLOY`, true},
	}
	for _, tt := range tests {
		got, err := EvalExpr(tt.expr, vars)
		if err != nil {
			t.Errorf("EvalExpr(%s): unexpected error %v", tt.expr, err)
			continue
		}
		if got != tt.want {
			t.Errorf("EvalExpr(%s) = %v, want %v", tt.expr, got, tt.want)
		}
	}
}

func TestEvalExprSyntaxErrors(t *testing.T) {
	for _, expr := range []string{`DEPLOY`, `$DEPLOY ==`, `$DEPLOY == true`, `$A == "x`, `$A =~ /x`, `($DEPLOY`, `$DEPLOY )`, `$A =~ /(/`, `$DEPLOY || 1`} {
		if _, err := EvalExpr(expr, vars); err == nil {
			t.Errorf("EvalExpr(%s): expected a syntax error", expr)
		}
	}
}

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		pattern, path string
		want          bool
	}{
		{"Dockerfile", "Dockerfile", true},
		{"Dockerfile", "build/Dockerfile", false},
		{"docs/*.md", "docs/index.md", true},
		{"docs/*.md", "docs/api/index.md", false},
		{"docs/**/*.md", "docs/index.md", true},
		{"docs/**/*.md", "docs/api/v4/jobs.md", true},
		{"docs/**", "docs/api/v4/jobs.md", true},
		{"**/*.go", "main.go", true},
		{"**/*.go", "internal/runner/exec.go", true},
		{"*.go", "internal/runner/exec.go", false},
		{"file?.txt", "file1.txt", true},
		{"file?.txt", "file10.txt", false},
		{"a.b", "axb", false},
	}
	for _, tt := range tests {
		got, err := MatchGlob(tt.pattern, tt.path)
		if err != nil || got != tt.want {
			t.Errorf("MatchGlob(%q, %q) = %v, %v; want %v", tt.pattern, tt.path, got, err, tt.want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	changed := Pipeline{Variables: vars, ChangedFiles: []string{"docs/index.md", "README.md"}}
	unknown := Pipeline{Variables: vars}
	tests := []struct {
		name      string
		rules     []Rule
		p         Pipeline
		wantAdded bool
		wantWhen  string
	}{
		{"no rules", nil, changed, true, "on_success"},
		{"default when", []Rule{{If: `$DEPLOY`}}, changed, true, "on_success"},
		{"explicit when", []Rule{{If: `$DEPLOY`, When: "manual"}}, changed, true, "manual"},
		{"no rule matches", []Rule{{If: `$UNDEFINED`}}, changed, false, "never"},
		{"first match decides", []Rule{{If: `$DEPLOY`, When: "manual"}, {When: "always"}}, changed, true, "manual"},
		{"never stops evaluation", []Rule{{If: `$DEPLOY`, When: "never"}, {When: "always"}}, changed, false, "never"},
		{"skipped rule", []Rule{{If: `$UNDEFINED`, When: "never"}, {When: "delayed"}}, changed, true, "delayed"},
		{"changes match", []Rule{{Changes: []string{"docs/**/*"}}}, changed, true, "on_success"},
		{"changes do not match", []Rule{{Changes: []string{"src/**/*"}}}, changed, false, "never"},
		{"unknown changes always match", []Rule{{Changes: []string{"src/**/*"}}}, unknown, true, "on_success"},
		{"if and changes both required", []Rule{{If: `$UNDEFINED`, Changes: []string{"docs/**/*"}}}, changed, false, "never"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			added, when, err := Evaluate(tt.rules, tt.p)
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if added != tt.wantAdded || when != tt.wantWhen {
				t.Errorf("Evaluate = %v, %q; want %v, %q", added, when, tt.wantAdded, tt.wantWhen)
			}
		})
	}
}

func TestEvaluateErrors(t *testing.T) {
	for name, rules := range map[string][]Rule{
		"unknown when":   {{When: "sometimes"}},
		"bad expression": {{If: `$A ==`}},
		"empty pattern":  {{Changes: []string{""}}},
	} {
		if _, _, err := Evaluate(rules, Pipeline{Variables: vars, ChangedFiles: []string{"a"}}); err == nil {
			t.Errorf("%s: expected an error", name)
		}
	}
}
