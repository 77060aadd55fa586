package logsections

import (
	"fmt"
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

// marker parses "section_start:<ts>:<name>..." / "section_end:<ts>:<name>..."; ok is false for other lines.
func marker(line string) (start bool, ts int64, name string, ok bool) {
	var rest string
	switch {
	case strings.HasPrefix(line, "section_start:"):
		start, rest = true, line[len("section_start:"):]
	case strings.HasPrefix(line, "section_end:"):
		rest = line[len("section_end:"):]
	default:
		return false, 0, "", false
	}
	colon := strings.IndexByte(rest, ':')
	if colon <= 0 {
		return false, 0, "", false
	}
	ts, err := strconv.ParseInt(rest[:colon], 10, 64)
	if err != nil {
		return false, 0, "", false
	}
	rest = rest[colon+1:]
	n := 0
	for n < len(rest) && isNameByte(rest[n]) {
		n++
	}
	if n == 0 {
		return false, 0, "", false
	}
	return start, ts, rest[:n], true
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-'
}

// Parse returns the sections of log in the order their start markers appear. One pass: a running count of
// content lines; a section's Lines is the count at its end minus the count at its start.
func Parse(log string) ([]Section, error) {
	var out []Section
	var open []int      // indexes into out, innermost last
	var startCount []int // content-line count when each open section started
	content := 0
	for pos := 0; pos < len(log); {
		nl := strings.IndexByte(log[pos:], '\n')
		var line string
		if nl < 0 {
			line, pos = log[pos:], len(log)
		} else {
			line, pos = log[pos:pos+nl], pos+nl+1
		}
		line = strings.TrimSuffix(line, "\r")
		start, ts, name, ok := marker(line)
		switch {
		case !ok:
			content++
		case start:
			open = append(open, len(out))
			startCount = append(startCount, content)
			out = append(out, Section{Name: name, Start: ts, End: -1, Depth: len(open) - 1})
		default:
			if len(open) == 0 {
				return nil, fmt.Errorf("section_end:%d:%s with no open section", ts, name)
			}
			top := open[len(open)-1]
			if out[top].Name != name {
				return nil, fmt.Errorf("section_end for %q closes %q", name, out[top].Name)
			}
			out[top].End = ts
			out[top].Lines = content - startCount[len(startCount)-1]
			open, startCount = open[:len(open)-1], startCount[:len(startCount)-1]
		}
	}
	for i, idx := range open {
		out[idx].Lines = content - startCount[i]
	}
	return out, nil
}
