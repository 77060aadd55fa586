// Package schedule parses the cron expressions of pipeline schedules and finds their next run.
package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// valueSet holds the allowed values of one field, indexed by value.
type valueSet []bool

func (v valueSet) allows(n int) bool { return n >= 0 && n < len(v) && v[n] }

// Schedule is a parsed five-field cron expression (minute hour day-of-month month day-of-week).
type Schedule struct {
	minutes, hours, days, months, weekdays valueSet
	anyDay, anyWeekday                     bool
}

type bounds struct{ lo, hi int }

var fieldBounds = []bounds{{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}}

// Parse parses a cron expression. Fields are separated by spaces or tabs.
func Parse(expr string) (*Schedule, error) {
	fs := strings.Fields(expr)
	if len(fs) != len(fieldBounds) {
		return nil, fmt.Errorf("cron %q: want 5 fields, got %d", expr, len(fs))
	}
	sets := make([]valueSet, len(fs))
	for i := range fs {
		set, err := parseList(fs[i], fieldBounds[i])
		if err != nil {
			return nil, fmt.Errorf("cron %q: field %d: %w", expr, i+1, err)
		}
		sets[i] = set
	}
	weekdays := sets[4]
	if weekdays[7] {
		weekdays[0] = true
	}
	return &Schedule{
		minutes: sets[0], hours: sets[1], days: sets[2], months: sets[3], weekdays: weekdays,
		anyDay: fs[2] == "*", anyWeekday: fs[4] == "*",
	}, nil
}

func parseList(field string, b bounds) (valueSet, error) {
	set := make(valueSet, b.hi+1)
	items := strings.Split(field, ",")
	for _, item := range items {
		from, to, every, err := parseSpan(item, b)
		if err != nil {
			return nil, err
		}
		for n := from; n <= to; n += every {
			set[n] = true
		}
	}
	return set, nil
}

func parseSpan(item string, b bounds) (from, to, every int, err error) {
	every = 1
	span := item
	stepped := false
	if slash := strings.Index(item, "/"); slash >= 0 {
		stepped = true
		span = item[:slash]
		stepText := item[slash+1:]
		every, err = strconv.Atoi(stepText)
		if err != nil || every < 1 {
			return 0, 0, 0, fmt.Errorf("bad step %q", stepText)
		}
	}
	if span == "*" {
		return b.lo, b.hi, every, nil
	}
	if dash := strings.Index(span, "-"); dash >= 0 {
		if from, err = inBounds(span[:dash], b); err != nil {
			return 0, 0, 0, err
		}
		if to, err = inBounds(span[dash+1:], b); err != nil {
			return 0, 0, 0, err
		}
		if from > to {
			return 0, 0, 0, fmt.Errorf("range %q runs backwards", span)
		}
		return from, to, every, nil
	}
	if from, err = inBounds(span, b); err != nil {
		return 0, 0, 0, err
	}
	if stepped {
		return from, b.hi, every, nil
	}
	return from, from, every, nil
}

func inBounds(text string, b bounds) (int, error) {
	n, err := strconv.Atoi(text)
	if err != nil {
		return 0, fmt.Errorf("bad number %q", text)
	}
	if n < b.lo || n > b.hi {
		return 0, fmt.Errorf("%d out of range %d-%d", n, b.lo, b.hi)
	}
	return n, nil
}

// Next returns the first minute strictly after `after` that matches the schedule, in after's location.
// Seconds are always zero. It returns the zero Time if nothing matches within five years.
func (s *Schedule) Next(after time.Time) time.Time {
	zone := after.Location()
	at := time.Date(after.Year(), after.Month(), after.Day(), after.Hour(), after.Minute(), 0, 0, zone)
	at = at.Add(time.Minute)
	end := at.AddDate(5, 0, 0)
	for ; at.Before(end); {
		if !s.months.allows(int(at.Month())) {
			at = time.Date(at.Year(), at.Month()+1, 1, 0, 0, 0, 0, zone)
			continue
		}
		if !s.onDay(at) {
			at = time.Date(at.Year(), at.Month(), at.Day()+1, 0, 0, 0, 0, zone)
			continue
		}
		if !s.hours.allows(at.Hour()) {
			at = time.Date(at.Year(), at.Month(), at.Day(), at.Hour()+1, 0, 0, 0, zone)
			continue
		}
		if !s.minutes.allows(at.Minute()) {
			at = at.Add(time.Minute)
			continue
		}
		return at
	}
	return time.Time{}
}

func (s *Schedule) onDay(at time.Time) bool {
	byDate := s.days.allows(at.Day())
	byWeekday := s.weekdays.allows(int(at.Weekday()))
	if s.anyDay && s.anyWeekday {
		return true
	}
	if s.anyDay {
		return byWeekday
	}
	if s.anyWeekday {
		return byDate
	}
	return byDate || byWeekday
}
