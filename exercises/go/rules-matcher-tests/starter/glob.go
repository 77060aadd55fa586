package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// MatchGlob reports whether path matches a changes: pattern. In a pattern, `*` matches any characters
// except `/`, `?` matches one character except `/`, and `**` matches any characters including `/`
// (`docs/**/*.md` matches docs/a.md and docs/a/b/c.md). The whole path must match.
func MatchGlob(pattern, path string) (bool, error) {
	re, err := globRegexp(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(path), nil
}

func globRegexp(pattern string) (*regexp.Regexp, error) {
	if pattern == "" {
		return nil, fmt.Errorf("empty changes pattern")
	}
	var b strings.Builder
	b.WriteString("^")
	for i := 0; i < len(pattern); i++ {
		switch {
		case strings.HasPrefix(pattern[i:], "**/"):
			b.WriteString("(?:.*/)?")
			i += 2
		case strings.HasPrefix(pattern[i:], "**"):
			b.WriteString(".*")
			i++
		case pattern[i] == '*':
			b.WriteString("[^/]*")
		case pattern[i] == '?':
			b.WriteString("[^/]")
		default:
			b.WriteString(regexp.QuoteMeta(pattern[i : i+1]))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}
