package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// EvalExpr evaluates a rules:if expression against CI variables (see the package documentation of the
// rules: syntax): clauses on $VARIABLES joined by && (binding tighter) and ||, with parentheses.
func EvalExpr(expr string, vars map[string]string) (bool, error) {
	e := &implEvaluator{s: expr, env: vars}
	ok, err := e.orExpr()
	if err == nil {
		if e.skip(); e.i < len(e.s) {
			err = fmt.Errorf("unexpected %q", e.s[e.i:])
		}
	}
	if err != nil {
		return false, fmt.Errorf("rules:if %q: %w", expr, err)
	}
	return ok, nil
}

type implEvaluator struct {
	s   string
	i   int
	env map[string]string
}

func (e *implEvaluator) skip() {
	for e.i < len(e.s) && strings.IndexByte(" \t", e.s[e.i]) >= 0 {
		e.i++
	}
}

func (e *implEvaluator) next(op string) bool {
	e.skip()
	ok := strings.HasPrefix(e.s[e.i:], op)
	if ok {
		e.i += len(op)
	}
	return ok
}

// binary evaluates operand { op operand }, combining with join; every operand is evaluated.
func (e *implEvaluator) binary(op string, operand func() (bool, error), join func(a, b bool) bool) (bool, error) {
	v, err := operand()
	for err == nil && e.next(op) {
		var w bool
		w, err = operand()
		v = join(v, w)
	}
	return v, err
}

func (e *implEvaluator) orExpr() (bool, error) {
	return e.binary("||", e.andExpr, func(a, b bool) bool { return a || b })
}

func (e *implEvaluator) andExpr() (bool, error) {
	return e.binary("&&", e.primary, func(a, b bool) bool { return a && b })
}

func (e *implEvaluator) primary() (bool, error) {
	if !e.next("(") {
		return e.clause()
	}
	v, err := e.orExpr()
	if err == nil && !e.next(")") {
		return v, fmt.Errorf("missing )")
	}
	return v, err
}

var implDollarName = regexp.MustCompile(`^\$[A-Za-z_][A-Za-z0-9_]*`)

func (e *implEvaluator) clause() (bool, error) {
	e.skip()
	name := implDollarName.FindString(e.s[e.i:])
	if name == "" {
		return false, fmt.Errorf("expected a $VARIABLE at %q", e.s[e.i:])
	}
	e.i += len(name)
	val, defined := e.env[name[1:]]
	var op string
	for _, candidate := range []string{"==", "!=", "=~", "!~"} {
		if e.next(candidate) {
			op = candidate
			break
		}
	}
	switch op {
	case "==", "!=":
		text, null, err := e.quoted()
		if err != nil {
			return false, err
		}
		eq := (defined && !null && val == text) || (!defined && null)
		return eq == (op == "=="), nil
	case "=~", "!~":
		re, err := e.regex()
		if err != nil {
			return false, err
		}
		return (defined && re.MatchString(val)) == (op == "=~"), nil
	default:
		return defined && len(val) > 0, nil
	}
}

func (e *implEvaluator) quoted() (string, bool, error) {
	if e.next("null") {
		return "", true, nil
	}
	e.skip()
	if e.i >= len(e.s) || !strings.ContainsRune(`"'`, rune(e.s[e.i])) {
		return "", false, fmt.Errorf("expected a quoted string or null at %q", e.s[e.i:])
	}
	open := e.s[e.i]
	body := e.s[e.i+1:]
	n := strings.IndexByte(body, open)
	if n == -1 {
		return "", false, fmt.Errorf("unterminated string")
	}
	e.i += n + 2
	return body[:n], false, nil
}

func (e *implEvaluator) regex() (*regexp.Regexp, error) {
	if !e.next("/") {
		return nil, fmt.Errorf("expected /regexp/ at %q", e.s[e.i:])
	}
	var unescaped strings.Builder
	for e.i < len(e.s) && e.s[e.i] != '/' {
		if e.s[e.i] == '\\' && e.i+1 < len(e.s) && e.s[e.i+1] == '/' {
			e.i++
		}
		unescaped.WriteByte(e.s[e.i])
		e.i++
	}
	if e.i >= len(e.s) {
		return nil, fmt.Errorf("unterminated regexp")
	}
	e.i++
	src := unescaped.String()
	if e.i < len(e.s) && e.s[e.i] == 'i' {
		e.i++
		src = "(?i)" + src
	}
	return regexp.Compile(src)
}
