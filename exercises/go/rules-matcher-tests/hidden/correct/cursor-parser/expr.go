package rules

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// EvalExpr evaluates a rules:if expression against CI variables: `$VAR`, `==`/`!=` against a quoted string
// or null, `=~`/`!~` against an unanchored /regexp/ (optionally /regexp/i), && over ||, parentheses.
// An undefined variable equals null and matches no regexp.
func EvalExpr(expr string, vars map[string]string) (bool, error) {
	c := implCursor{text: expr}
	result, err := c.disjunction(vars)
	if err == nil {
		c.spaces()
		if !c.done() {
			err = fmt.Errorf("unexpected %q", c.rest())
		}
	}
	if err != nil {
		return false, fmt.Errorf("rules:if %q: %w", expr, err)
	}
	return result, nil
}

type implCursor struct {
	text string
	at   int
}

func (c *implCursor) done() bool   { return c.at >= len(c.text) }
func (c *implCursor) rest() string { return c.text[c.at:] }

func (c *implCursor) spaces() {
	for !c.done() {
		if ch := c.text[c.at]; ch != ' ' && ch != '\t' {
			return
		}
		c.at++
	}
}

// eat skips blanks, then consumes s if the text continues with it.
func (c *implCursor) eat(s string) bool {
	c.spaces()
	if !strings.HasPrefix(c.rest(), s) {
		return false
	}
	c.at += len(s)
	return true
}

// Both operands are always evaluated so that a syntax error after a short circuit is still reported.
func (c *implCursor) disjunction(vars map[string]string) (bool, error) {
	acc, err := c.conjunction(vars)
	if err != nil {
		return false, err
	}
	for c.eat("||") {
		next, err := c.conjunction(vars)
		acc = acc || next
		if err != nil {
			return acc, err
		}
	}
	return acc, nil
}

func (c *implCursor) conjunction(vars map[string]string) (bool, error) {
	acc, err := c.operand(vars)
	if err != nil {
		return acc, err
	}
	for c.eat("&&") {
		next, err := c.operand(vars)
		acc = acc && next
		if err != nil {
			return acc, err
		}
	}
	return acc, nil
}

func (c *implCursor) operand(vars map[string]string) (bool, error) {
	if !c.eat("(") {
		return c.comparison(vars)
	}
	inner, err := c.disjunction(vars)
	if err != nil {
		return inner, err
	}
	if !c.eat(")") {
		return inner, errors.New("missing )")
	}
	return inner, nil
}

var implVariableRef = regexp.MustCompile(`^\$([A-Za-z_][A-Za-z0-9_]*)`)

func (c *implCursor) comparison(vars map[string]string) (bool, error) {
	c.spaces()
	ref := implVariableRef.FindStringSubmatch(c.rest())
	if ref == nil {
		return false, fmt.Errorf("expected a $VARIABLE at %q", c.rest())
	}
	c.at += len(ref[0])
	value, set := vars[ref[1]]
	if c.eat("==") || c.eat("!=") {
		negated := c.text[c.at-2] == '!'
		literal, null, err := c.literal()
		if err != nil {
			return false, err
		}
		var same bool
		if set {
			same = !null && value == literal
		} else {
			same = null
		}
		return same != negated, nil
	}
	if c.eat("=~") || c.eat("!~") {
		negated := c.text[c.at-2] == '!'
		re, err := c.pattern()
		if err != nil {
			return false, err
		}
		return (set && re.MatchString(value)) != negated, nil
	}
	return set && value != "", nil
}

func (c *implCursor) literal() (string, bool, error) {
	if c.eat("null") {
		return "", true, nil
	}
	c.spaces()
	if c.done() || (c.text[c.at] != '"' && c.text[c.at] != '\'') {
		return "", false, fmt.Errorf("expected a quoted string or null at %q", c.rest())
	}
	q := c.text[c.at]
	closing := strings.IndexByte(c.text[c.at+1:], q)
	if closing < 0 {
		return "", false, errors.New("unterminated string")
	}
	s := c.text[c.at+1 : c.at+1+closing]
	c.at += closing + 2
	return s, false, nil
}

func (c *implCursor) pattern() (*regexp.Regexp, error) {
	if !c.eat("/") {
		return nil, fmt.Errorf("expected /regexp/ at %q", c.rest())
	}
	var src []byte
	for !c.done() && c.text[c.at] != '/' {
		if c.text[c.at] == '\\' && c.at+1 < len(c.text) && c.text[c.at+1] == '/' {
			c.at++
		}
		src = append(src, c.text[c.at])
		c.at++
	}
	if c.done() {
		return nil, errors.New("unterminated regexp")
	}
	c.at++
	prefix := ""
	if !c.done() && c.text[c.at] == 'i' {
		c.at++
		prefix = "(?i)"
	}
	return regexp.Compile(prefix + string(src))
}
