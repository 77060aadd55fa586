package rules

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

var implCompiledGlobs sync.Map // pattern -> *regexp.Regexp

// MatchGlob reports whether path matches a changes: pattern. `*` matches any characters except `/`, `?`
// one character except `/`, `**` anything including `/`. The whole path must match.
func MatchGlob(pattern, path string) (bool, error) {
	if cached, ok := implCompiledGlobs.Load(pattern); ok {
		return cached.(*regexp.Regexp).MatchString(path), nil
	}
	if len(pattern) == 0 {
		return false, fmt.Errorf("empty changes pattern")
	}
	var out strings.Builder
	out.WriteByte('^')
	i := 0
	for i < len(pattern) {
		if pattern[i] == '*' && i+1 < len(pattern) && pattern[i+1] == '*' {
			if i+2 < len(pattern) && pattern[i+2] == '/' {
				out.WriteString("(?:.*/)?")
				i += 3
			} else {
				out.WriteString(".*")
				i += 2
			}
			continue
		}
		switch c := pattern[i]; c {
		case '*':
			out.WriteString("[^/]*")
		case '?':
			out.WriteString("[^/]")
		default:
			out.WriteString(regexp.QuoteMeta(string([]byte{c})))
		}
		i++
	}
	out.WriteByte('$')
	re, err := regexp.Compile(out.String())
	if err != nil {
		return false, err
	}
	implCompiledGlobs.Store(pattern, re)
	return re.MatchString(path), nil
}
