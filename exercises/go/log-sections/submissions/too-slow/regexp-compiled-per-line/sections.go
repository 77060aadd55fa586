package logsections

import (
	"fmt"
	"regexp"
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

// Parse returns the sections of log in the order their start markers appear.
func Parse(log string) ([]Section, error) {
	var out []Section
	var open []int // indexes into out
	if log == "" {
		return out, nil
	}
	for _, line := range strings.Split(log, "\n") {
		line = strings.TrimSuffix(line, "\r")
		marker := regexp.MustCompile(`^section_(start|end):(\d+):([A-Za-z0-9_.-]+)`)
		m := marker.FindStringSubmatch(line)
		if m == nil {
			for _, i := range open {
				out[i].Lines++
			}
			continue
		}
		ts, err := strconv.ParseInt(m[2], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("bad timestamp %q", m[2])
		}
		if m[1] == "start" {
			out = append(out, Section{Name: m[3], Start: ts, End: -1, Depth: len(open)})
			open = append(open, len(out)-1)
			continue
		}
		if len(open) == 0 || out[open[len(open)-1]].Name != m[3] {
			return nil, fmt.Errorf("section_end for %q does not close the innermost open section", m[3])
		}
		out[open[len(open)-1]].End = ts
		open = open[:len(open)-1]
	}
	return out, nil
}
