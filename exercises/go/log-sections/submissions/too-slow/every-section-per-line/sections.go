package logsections

import (
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

// Correct but slow: every content line walks over every section seen so far and counts itself in the ones
// still open, so the cost grows with lines × sections instead of lines.
func Parse(log string) ([]Section, error) {
	var all []*Section
	var stack []*Section
	for _, line := range strings.Split(log, "\n") {
		line = strings.TrimSuffix(line, "\r")
		kind, ts, name := markerOf(line)
		switch kind {
		case 's':
			s := &Section{Name: name, Start: ts, End: -1, Depth: len(stack)}
			stack = append(stack, s)
			all = append(all, s)
		case 'e':
			if len(stack) == 0 || stack[len(stack)-1].Name != name {
				return nil, errors.New("unbalanced section_end")
			}
			stack[len(stack)-1].End = ts
			stack = stack[:len(stack)-1]
		default:
			for _, s := range all {
				if s.End == -1 { // still open
					s.Lines++
				}
			}
		}
	}
	if strings.HasSuffix(log, "\n") { // the empty piece after a final newline is not a line
		for _, s := range all {
			if s.End == -1 {
				s.Lines--
			}
		}
	}
	out := make([]Section, len(all))
	for i, s := range all {
		out[i] = *s
	}
	return out, nil
}

func markerOf(line string) (byte, int64, string) {
	var kind byte
	var rest string
	switch {
	case strings.HasPrefix(line, "section_start:"):
		kind, rest = 's', line[len("section_start:"):]
	case strings.HasPrefix(line, "section_end:"):
		kind, rest = 'e', line[len("section_end:"):]
	default:
		return 0, 0, ""
	}
	i := strings.IndexByte(rest, ':')
	if i < 0 {
		return 0, 0, ""
	}
	ts, err := strconv.ParseInt(rest[:i], 10, 64)
	if err != nil {
		return 0, 0, ""
	}
	name := rest[i+1:]
	end := 0
	for end < len(name) && (name[end] == '_' || name[end] == '.' || name[end] == '-' ||
		name[end] >= 'a' && name[end] <= 'z' || name[end] >= 'A' && name[end] <= 'Z' || name[end] >= '0' && name[end] <= '9') {
		end++
	}
	if end == 0 {
		return 0, 0, ""
	}
	return kind, ts, name[:end]
}
