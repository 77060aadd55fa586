package rules

import (
	"errors"
	"regexp"
	"strings"
)

// MatchGlob reports whether path matches a changes: pattern: `*` and `?` stay within one directory, `**`
// crosses directories, and the whole path must match.
func MatchGlob(pattern, path string) (bool, error) {
	if pattern == "" {
		return false, errors.New("empty changes pattern")
	}
	re, err := regexp.Compile("^" + implTranslateGlob(pattern) + "$")
	if err != nil {
		return false, err
	}
	return re.MatchString(path), nil
}

// implTranslateGlob turns a changes: pattern into the body of an equivalent regular expression.
func implTranslateGlob(pattern string) string {
	var parts []string
	rest := pattern
	for len(rest) > 0 {
		var piece string
		var used int
		switch {
		case len(rest) >= 3 && rest[:3] == "**/":
			piece, used = "(?:.*/)?", 3
		case len(rest) >= 2 && rest[:2] == "**":
			piece, used = ".*", 2
		case rest[0] == '*':
			piece, used = "[^/]*", 1
		case rest[0] == '?':
			piece, used = "[^/]", 1
		default:
			piece, used = regexp.QuoteMeta(rest[:1]), 1
		}
		parts = append(parts, piece)
		rest = rest[used:]
	}
	return strings.Join(parts, "")
}
