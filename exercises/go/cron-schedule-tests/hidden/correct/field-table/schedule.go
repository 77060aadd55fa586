// Package schedule parses the cron expressions of pipeline schedules and finds their next run.
package schedule

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const (
	implFMinute = iota
	implFHour
	implFDayOfMonth
	implFMonth
	implFDayOfWeek
	implFieldCount
)

var implLimits = [implFieldCount][2]int{implFMinute: {0, 59}, implFHour: {0, 23}, implFDayOfMonth: {1, 31}, implFMonth: {1, 12}, implFDayOfWeek: {0, 7}}

// Schedule is a parsed five-field cron expression. Each field keeps its allowed values, sorted.
type Schedule struct {
	values   [implFieldCount][]int
	wildcard [implFieldCount]bool
}

func (s *Schedule) implHas(field, v int) bool {
	vals := s.values[field]
	i := sort.SearchInts(vals, v)
	return i < len(vals) && vals[i] == v
}

// Parse parses a cron expression. Fields are separated by spaces or tabs.
func Parse(expr string) (*Schedule, error) {
	words := strings.Fields(expr)
	if len(words) != implFieldCount {
		return nil, fmt.Errorf("cron %q: want 5 fields, got %d", expr, len(words))
	}
	s := &Schedule{}
	for f, word := range words {
		seen := map[int]bool{}
		for _, item := range strings.Split(word, ",") {
			if err := implAddItem(seen, item, implLimits[f][0], implLimits[f][1]); err != nil {
				return nil, fmt.Errorf("cron %q: field %d: %w", expr, f+1, err)
			}
		}
		if f == implFDayOfWeek && seen[7] {
			seen[0] = true
		}
		for v := range seen {
			s.values[f] = append(s.values[f], v)
		}
		sort.Ints(s.values[f])
		s.wildcard[f] = word == "*"
	}
	return s, nil
}

func implAddItem(seen map[int]bool, item string, min, max int) error {
	base, stepText, stepped := strings.Cut(item, "/")
	step := 1
	if stepped {
		n, err := strconv.Atoi(stepText)
		if err != nil || n < 1 {
			return fmt.Errorf("bad step %q", stepText)
		}
		step = n
	}
	var first, last int
	switch a, b, isRange := strings.Cut(base, "-"); {
	case base == "*":
		first, last = min, max
	case isRange:
		var err error
		if first, err = implParseNumber(a, min, max); err != nil {
			return err
		}
		if last, err = implParseNumber(b, min, max); err != nil {
			return err
		}
		if first > last {
			return fmt.Errorf("range %q runs backwards", base)
		}
	default:
		n, err := implParseNumber(base, min, max)
		if err != nil {
			return err
		}
		first, last = n, n
		if stepped {
			last = max
		}
	}
	for v := first; v <= last; v += step {
		seen[v] = true
	}
	return nil
}

func implParseNumber(text string, min, max int) (int, error) {
	n, err := strconv.Atoi(text)
	switch {
	case err != nil:
		return 0, fmt.Errorf("bad number %q", text)
	case n < min || n > max:
		return 0, fmt.Errorf("%d out of range %d-%d", n, min, max)
	}
	return n, nil
}

func (s *Schedule) implDayOK(t time.Time) bool {
	dom := s.implHas(implFDayOfMonth, t.Day())
	dow := s.implHas(implFDayOfWeek, int(t.Weekday()))
	domStar, dowStar := s.wildcard[implFDayOfMonth], s.wildcard[implFDayOfWeek]
	switch {
	case domStar && dowStar:
		return true
	case domStar || dowStar:
		return (domStar && dow) || (dowStar && dom)
	default:
		return dom || dow
	}
}

// Next returns the first minute strictly after `after` that matches the schedule, in after's location.
// Seconds are always zero. It returns the zero Time if nothing matches within five years.
func (s *Schedule) Next(after time.Time) time.Time {
	loc := after.Location()
	y, mo, d := after.Date()
	t := time.Date(y, mo, d, after.Hour(), after.Minute(), 0, 0, loc).Add(time.Minute)
	stop := t.AddDate(5, 0, 0)
	for t.Before(stop) {
		y, mo, d = t.Date()
		h := t.Hour()
		if !s.implHas(implFMonth, int(mo)) {
			t = time.Date(y, mo+1, 1, 0, 0, 0, 0, loc)
		} else if !s.implDayOK(t) {
			t = time.Date(y, mo, d+1, 0, 0, 0, 0, loc)
		} else if !s.implHas(implFHour, h) {
			t = time.Date(y, mo, d, h+1, 0, 0, 0, loc)
		} else if !s.implHas(implFMinute, t.Minute()) {
			t = t.Add(time.Minute)
		} else {
			return t
		}
	}
	return time.Time{}
}
