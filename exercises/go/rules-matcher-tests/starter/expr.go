package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// EvalExpr evaluates a rules:if expression against CI variables. The grammar:
//
//	expr   = and { "||" and }            (&& binds tighter than ||)
//	and    = term { "&&" term }
//	term   = "(" expr ")" | clause
//	clause = $VAR                         true if VAR is defined and not empty
//	       | $VAR ("==" | "!=") value     value: "text", 'text' or null
//	       | $VAR ("=~" | "!~") /regexp/  RE2 syntax, unanchored; a trailing i makes it case-insensitive
//
// An undefined variable equals null and matches no regexp (so `$X != "a"` and `$X !~ /a/` hold).
func EvalExpr(expr string, vars map[string]string) (bool, error) {
	p := &exprParser{src: expr, vars: vars}
	v, err := p.parseOr()
	if err != nil {
		return false, fmt.Errorf("rules:if %q: %w", expr, err)
	}
	if p.skipSpace(); p.pos < len(p.src) {
		return false, fmt.Errorf("rules:if %q: unexpected %q", expr, p.src[p.pos:])
	}
	return v, nil
}

type exprParser struct {
	src  string
	pos  int
	vars map[string]string
}

func (p *exprParser) skipSpace() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t') {
		p.pos++
	}
}

// accept consumes tok if it comes next.
func (p *exprParser) accept(tok string) bool {
	p.skipSpace()
	if strings.HasPrefix(p.src[p.pos:], tok) {
		p.pos += len(tok)
		return true
	}
	return false
}

// parseOr and parseAnd evaluate every operand, so syntax errors are found even after a short circuit.
func (p *exprParser) parseOr() (bool, error) {
	v, err := p.parseAnd()
	for err == nil && p.accept("||") {
		var w bool
		w, err = p.parseAnd()
		v = v || w
	}
	return v, err
}

func (p *exprParser) parseAnd() (bool, error) {
	v, err := p.parseTerm()
	for err == nil && p.accept("&&") {
		var w bool
		w, err = p.parseTerm()
		v = v && w
	}
	return v, err
}

func (p *exprParser) parseTerm() (bool, error) {
	if p.accept("(") {
		v, err := p.parseOr()
		if err == nil && !p.accept(")") {
			err = fmt.Errorf("missing )")
		}
		return v, err
	}
	return p.parseClause()
}

var varName = regexp.MustCompile(`^\$([A-Za-z_][A-Za-z0-9_]*)`)

func (p *exprParser) parseClause() (bool, error) {
	p.skipSpace()
	m := varName.FindStringSubmatch(p.src[p.pos:])
	if m == nil {
		return false, fmt.Errorf("expected a $VARIABLE at %q", p.src[p.pos:])
	}
	p.pos += len(m[0])
	val, defined := p.vars[m[1]]
	switch {
	case p.accept("=="), p.accept("!="):
		negate := p.src[p.pos-2] == '!'
		want, isNull, err := p.parseValue()
		if err != nil {
			return false, err
		}
		equal := defined && !isNull && val == want || !defined && isNull
		return equal != negate, nil
	case p.accept("=~"), p.accept("!~"):
		negate := p.src[p.pos-2] == '!'
		re, err := p.parseRegexp()
		if err != nil {
			return false, err
		}
		return (defined && re.MatchString(val)) != negate, nil
	}
	return defined && val != "", nil
}

// parseValue reads a quoted string or null.
func (p *exprParser) parseValue() (text string, isNull bool, err error) {
	if p.accept("null") {
		return "", true, nil
	}
	p.skipSpace()
	if p.pos >= len(p.src) || (p.src[p.pos] != '"' && p.src[p.pos] != '\'') {
		return "", false, fmt.Errorf("expected a quoted string or null at %q", p.src[p.pos:])
	}
	quote := p.src[p.pos]
	end := strings.IndexByte(p.src[p.pos+1:], quote)
	if end < 0 {
		return "", false, fmt.Errorf("unterminated string")
	}
	text = p.src[p.pos+1 : p.pos+1+end]
	p.pos += end + 2
	return text, false, nil
}

// parseRegexp reads /pattern/ or /pattern/i; `\/` inside the pattern is a literal slash.
func (p *exprParser) parseRegexp() (*regexp.Regexp, error) {
	if !p.accept("/") {
		return nil, fmt.Errorf("expected /regexp/ at %q", p.src[p.pos:])
	}
	var b strings.Builder
	for ; p.pos < len(p.src) && p.src[p.pos] != '/'; p.pos++ {
		if p.src[p.pos] == '\\' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '/' {
			p.pos++
		}
		b.WriteByte(p.src[p.pos])
	}
	if p.pos >= len(p.src) {
		return nil, fmt.Errorf("unterminated regexp")
	}
	p.pos++
	pattern := b.String()
	if p.pos < len(p.src) && p.src[p.pos] == 'i' {
		p.pos++
		pattern = "(?i)" + pattern
	}
	return regexp.Compile(pattern)
}
