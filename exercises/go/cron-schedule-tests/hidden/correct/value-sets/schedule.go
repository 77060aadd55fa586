// Package schedule parses the cron expressions of pipeline schedules and finds their next run.
package schedule

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// implValueSet holds the allowed values of one field, indexed by value.
type implValueSet []bool

func (v implValueSet) implAllows(n int) bool { return n >= 0 && n < len(v) && v[n] }

// Schedule is a parsed five-field cron expression (minute hour day-of-month month day-of-week).
type Schedule struct {
	minutes, hours, days, months, weekdays implValueSet
	anyDay, anyWeekday                     bool
}

type implBounds struct{ lo, hi int }

var implFieldBounds = []implBounds{{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}}

// Parse parses a cron expression. Fields are separated by spaces or tabs.
func Parse(expr string) (*Schedule, error) {
	fs := strings.Fields(expr)
	if len(fs) != len(implFieldBounds) {
		return nil, fmt.Errorf("cron %q: want 5 fields, got %d", expr, len(fs))
	}
	sets := make([]implValueSet, len(fs))
	for i := range fs {
		set, err := implParseList(fs[i], implFieldBounds[i])
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

func implParseList(field string, b implBounds) (implValueSet, error) {
	set := make(implValueSet, b.hi+1)
	items := strings.Split(field, ",")
	for _, item := range items {
		from, to, every, err := implParseSpan(item, b)
		if err != nil {
			return nil, err
		}
		for n := from; n <= to; n += every {
			set[n] = true
		}
	}
	return set, nil
}

func implParseSpan(item string, b implBounds) (from, to, every int, err error) {
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
		if from, err = implInBounds(span[:dash], b); err != nil {
			return 0, 0, 0, err
		}
		if to, err = implInBounds(span[dash+1:], b); err != nil {
			return 0, 0, 0, err
		}
		if from > to {
			return 0, 0, 0, fmt.Errorf("range %q runs backwards", span)
		}
		return from, to, every, nil
	}
	if from, err = implInBounds(span, b); err != nil {
		return 0, 0, 0, err
	}
	if stepped {
		return from, b.hi, every, nil
	}
	return from, from, every, nil
}

func implInBounds(text string, b implBounds) (int, error) {
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
		if !s.months.implAllows(int(at.Month())) {
			at = time.Date(at.Year(), at.Month()+1, 1, 0, 0, 0, 0, zone)
			continue
		}
		if !s.implOnDay(at) {
			at = time.Date(at.Year(), at.Month(), at.Day()+1, 0, 0, 0, 0, zone)
			continue
		}
		if !s.hours.implAllows(at.Hour()) {
			at = time.Date(at.Year(), at.Month(), at.Day(), at.Hour()+1, 0, 0, 0, zone)
			continue
		}
		if !s.minutes.implAllows(at.Minute()) {
			at = at.Add(time.Minute)
			continue
		}
		return at
	}
	return time.Time{}
}

func (s *Schedule) implOnDay(at time.Time) bool {
	byDate := s.days.implAllows(at.Day())
	byWeekday := s.weekdays.implAllows(int(at.Weekday()))
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
