package rules

import "testing"

func TestEvalExprTable(t *testing.T) {
	vars := map[string]string{"BRANCH": "release-16.4", "EMPTY": "", "SOURCE": "push", "A": "1"}
	cases := []struct {
		expr string
		want bool
	}{
		{`$BRANCH`, true},
		{`$EMPTY`, false},
		{`$MISSING`, false},
		{`$SOURCE == "push"`, true},
		{`$SOURCE != 'push'`, false},
		{`$MISSING == null`, true},
		{`$MISSING != "x"`, true},
		{`$EMPTY == null`, false},
		{`$BRANCH =~ /release/`, true},
		{`$BRANCH =~ /RELEASE/i`, true},
		{`$BRANCH !~ /^main$/`, true},
		{`$MISSING !~ /x/`, true},
		{`$A || $MISSING && $EMPTY`, true},
		{`($A || $MISSING) && $EMPTY`, false},
		{`$MISSING && $EMPTY || $A`, true},
	}
	for _, c := range cases {
		got, err := EvalExpr(c.expr, vars)
		if err != nil || got != c.want {
			t.Errorf("EvalExpr(%s) = %v, %v; want %v", c.expr, got, err, c.want)
		}
	}
	for _, bad := range []string{`$A ==`, `($A`, `A == "x"`, `$A =~ /x`} {
		if _, err := EvalExpr(bad, vars); err == nil {
			t.Errorf("EvalExpr(%s): want a syntax error", bad)
		}
	}
}

func TestMatchGlobTable(t *testing.T) {
	cases := []struct {
		pattern, path string
		want          bool
	}{
		{"docs/*.md", "docs/a.md", true},
		{"docs/*.md", "docs/sub/a.md", false},
		{"docs/**/*.md", "docs/a.md", true},
		{"docs/**/*.md", "docs/x/y/a.md", true},
		{"src/?.go", "src/a.go", true},
		{"src/?.go", "src/ab.go", false},
		{"*.go", "cmd/main.go", false},
	}
	for _, c := range cases {
		if got, err := MatchGlob(c.pattern, c.path); err != nil || got != c.want {
			t.Errorf("MatchGlob(%q, %q) = %v, %v; want %v", c.pattern, c.path, got, err, c.want)
		}
	}
}

func TestEvaluateTable(t *testing.T) {
	push := Pipeline{Variables: map[string]string{"SOURCE": "push"}, ChangedFiles: []string{"docs/a.md"}}
	cases := []struct {
		name      string
		rules     []Rule
		p         Pipeline
		wantAdded bool
		wantWhen  string
	}{
		{"no rules", nil, push, true, "on_success"},
		{"default when", []Rule{{If: `$SOURCE`}}, push, true, "on_success"},
		{"first match decides", []Rule{{If: `$SOURCE`, When: "manual"}, {When: "always"}}, push, true, "manual"},
		{"never decides", []Rule{{If: `$SOURCE == "push"`, When: "never"}, {When: "always"}}, push, false, "never"},
		{"nothing matches", []Rule{{If: `$OTHER`}}, push, false, "never"},
		{"changes match", []Rule{{Changes: []string{"docs/**"}, When: "delayed"}}, push, true, "delayed"},
		{"changes miss", []Rule{{Changes: []string{"src/**"}}}, push, false, "never"},
		{"unknown changes hold", []Rule{{Changes: []string{"src/**"}}}, Pipeline{}, true, "on_success"},
	}
	for _, c := range cases {
		added, when, err := Evaluate(c.rules, c.p)
		if err != nil || added != c.wantAdded || when != c.wantWhen {
			t.Errorf("%s: Evaluate = %v, %q, %v; want %v, %q", c.name, added, when, err, c.wantAdded, c.wantWhen)
		}
	}
}
