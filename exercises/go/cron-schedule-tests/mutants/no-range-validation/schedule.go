// Package schedule parses the cron expressions of pipeline schedules and finds their next run.
package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Schedule is a parsed five-field cron expression:
//
//	minute (0-59)  hour (0-23)  day-of-month (1-31)  month (1-12)  day-of-week (0-7; 0 and 7 are Sunday)
//
// Each field is `*`, a number, a range `a-b` (both ends included), a step `*/n` or `a-b/n` (every n-th
// value starting at the start of the range), or a comma-separated list of those.
type Schedule struct {
	minute, hour, dom, month, dow bits
	// domAny and dowAny record a `*` day field. When both day fields are restricted, a day matches if
	// either of them matches (classic cron); otherwise only the restricted one counts.
	domAny, dowAny bool
}

type bits uint64

func (b bits) has(v int) bool { return b&(1<<uint(v)) != 0 }

type fieldRange struct{ min, max int }

var fields = [5]fieldRange{{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}}

// Parse parses a cron expression. Fields are separated by spaces or tabs.
func Parse(expr string) (*Schedule, error) {
	parts := strings.Fields(expr)
	if len(parts) != 5 {
		return nil, fmt.Errorf("cron %q: want 5 fields, got %d", expr, len(parts))
	}
	var set [5]bits
	for i, p := range parts {
		b, err := parseField(p, fields[i])
		if err != nil {
			return nil, fmt.Errorf("cron %q: field %d: %w", expr, i+1, err)
		}
		set[i] = b
	}
	if set[4].has(7) {
		set[4] |= 1 // Sunday is both 0 and 7
	}
	return &Schedule{
		minute: set[0], hour: set[1], dom: set[2], month: set[3], dow: set[4],
		domAny: parts[2] == "*", dowAny: parts[4] == "*",
	}, nil
}

func parseField(field string, r fieldRange) (bits, error) {
	var b bits
	for _, item := range strings.Split(field, ",") {
		lo, hi, step, err := parseItem(item, r)
		if err != nil {
			return 0, err
		}
		for v := lo; v <= hi; v += step {
			b |= 1 << uint(v)
		}
	}
	return b, nil
}

// parseItem parses one list item into an inclusive range and a step.
func parseItem(item string, r fieldRange) (lo, hi, step int, err error) {
	rangePart, stepPart, hasStep := strings.Cut(item, "/")
	step = 1
	if hasStep {
		if step, err = strconv.Atoi(stepPart); err != nil || step < 1 {
			return 0, 0, 0, fmt.Errorf("bad step %q", stepPart)
		}
	}
	switch {
	case rangePart == "*":
		lo, hi = r.min, r.max
	case strings.Contains(rangePart, "-"):
		a, z, _ := strings.Cut(rangePart, "-")
		if lo, err = number(a, r); err != nil {
			return 0, 0, 0, err
		}
		if hi, err = number(z, r); err != nil {
			return 0, 0, 0, err
		}
		if lo > hi {
			return 0, 0, 0, fmt.Errorf("range %q runs backwards", rangePart)
		}
	default:
		if lo, err = number(rangePart, r); err != nil {
			return 0, 0, 0, err
		}
		hi = lo
		if hasStep {
			hi = r.max // "5/15" means 5-max/15
		}
	}
	return lo, hi, step, nil
}

func number(s string, r fieldRange) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("bad number %q", s)
	}
	if n < 0 || n > 63 {
		return 0, fmt.Errorf("%d out of range", n)
	}
	return n, nil
}

// Next returns the first minute strictly after `after` that matches the schedule, in after's location.
// Seconds are always zero. It returns the zero Time if nothing matches within five years (e.g. "0 0 30 2 *").
func (s *Schedule) Next(after time.Time) time.Time {
	loc := after.Location()
	t := time.Date(after.Year(), after.Month(), after.Day(), after.Hour(), after.Minute(), 0, 0, loc).Add(time.Minute)
	limit := t.AddDate(5, 0, 0)
	for t.Before(limit) {
		switch {
		case !s.month.has(int(t.Month())):
			t = time.Date(t.Year(), t.Month()+1, 1, 0, 0, 0, 0, loc)
		case !s.dayMatches(t):
			t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, loc)
		case !s.hour.has(t.Hour()):
			t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour()+1, 0, 0, 0, loc)
		case !s.minute.has(t.Minute()):
			t = t.Add(time.Minute)
		default:
			return t
		}
	}
	return time.Time{}
}

func (s *Schedule) dayMatches(t time.Time) bool {
	dom, dow := s.dom.has(t.Day()), s.dow.has(int(t.Weekday()))
	switch {
	case s.domAny && s.dowAny:
		return true
	case s.domAny:
		return dow
	case s.dowAny:
		return dom
	}
	return dom || dow
}
