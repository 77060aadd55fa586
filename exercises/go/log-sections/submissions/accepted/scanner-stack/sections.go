package logsections

import (
	"bufio"
	"errors"
	"strconv"
	"strings"
)

// Section is one collapsible section of a CI job log.
type Section struct {
	Name  string
	Start int64 // timestamp of section_start
	End   int64 // timestamp of section_end, or -1 if the section never closed
	Depth int   // 0 for top-level sections
	Lines int   // non-marker lines inside the section, nested sections included
}

var errUnbalanced = errors.New("section_end does not close the innermost open section")

// Parse returns the sections of log in the order their start markers appear. Each content line is added to
// every open section (pointers into the result); nesting is shallow in real logs.
func Parse(log string) ([]Section, error) {
	sc := bufio.NewScanner(strings.NewReader(log))
	sc.Buffer(make([]byte, 0, 64*1024), len(log)+1)
	var sections []*Section
	var stack []*Section
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		kind, ts, name := classify(line)
		switch kind {
		case "start":
			s := &Section{Name: name, Start: ts, End: -1, Depth: len(stack)}
			sections = append(sections, s)
			stack = append(stack, s)
		case "end":
			if len(stack) == 0 || stack[len(stack)-1].Name != name {
				return nil, errUnbalanced
			}
			stack[len(stack)-1].End = ts
			stack = stack[:len(stack)-1]
		default:
			for _, s := range stack {
				s.Lines++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	out := make([]Section, len(sections))
	for i, s := range sections {
		out[i] = *s
	}
	return out, nil
}

// classify returns "start" or "end" with the marker's timestamp and name, or "" for a content line.
func classify(line string) (string, int64, string) {
	var kind, rest string
	switch {
	case strings.HasPrefix(line, "section_start:"):
		kind, rest = "start", strings.TrimPrefix(line, "section_start:")
	case strings.HasPrefix(line, "section_end:"):
		kind, rest = "end", strings.TrimPrefix(line, "section_end:")
	default:
		return "", 0, ""
	}
	tsText, after, ok := strings.Cut(rest, ":")
	if !ok {
		return "", 0, ""
	}
	ts, err := strconv.ParseInt(tsText, 10, 64)
	if err != nil {
		return "", 0, ""
	}
	name := after
	if i := strings.IndexFunc(after, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == '-')
	}); i >= 0 {
		name = after[:i]
	}
	if name == "" {
		return "", 0, ""
	}
	return kind, ts, name
}
