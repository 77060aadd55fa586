package schedule

import (
	"testing"
	"time"
)

func at(y int, mo time.Month, d, h, mi int) time.Time {
	return time.Date(y, mo, d, h, mi, 0, 0, time.UTC)
}

// 2024-01-01 is a Monday.
func TestNext(t *testing.T) {
	tests := []struct {
		name, expr string
		after      time.Time
		want       time.Time
	}{
		{"every minute drops seconds", "* * * * *", time.Date(2024, 5, 14, 10, 0, 30, 0, time.UTC), at(2024, 5, 14, 10, 1)},
		{"strictly after a matching minute", "*/5 * * * *", at(2024, 5, 14, 10, 5), at(2024, 5, 14, 10, 10)},
		{"step within a range starts at the range start", "1-30/10 * * * *", at(2024, 1, 1, 0, 0), at(2024, 1, 1, 0, 1)},
		{"step within a range, later values", "1-30/10 * * * *", at(2024, 1, 1, 0, 12), at(2024, 1, 1, 0, 21)},
		{"step from a single value", "5/20 * * * *", at(2024, 1, 1, 0, 26), at(2024, 1, 1, 0, 45)},
		{"range includes both ends", "0 9-17 * * *", at(2024, 1, 1, 16, 30), at(2024, 1, 1, 17, 0)},
		{"list", "0,30 8 * * *", at(2024, 1, 1, 8, 10), at(2024, 1, 1, 8, 30)},
		{"later hour, same day", "0 9 * * *", at(2024, 1, 1, 8, 30), at(2024, 1, 1, 9, 0)},
		{"next day", "15 6 * * *", at(2024, 1, 1, 6, 15), at(2024, 1, 2, 6, 15)},
		{"month and year roll over", "0 0 1 1 *", at(2024, 3, 1, 0, 0), at(2025, 1, 1, 0, 0)},
		{"day of month skips short months", "0 0 31 * *", at(2024, 4, 1, 0, 0), at(2024, 5, 31, 0, 0)},
		{"leap day", "0 0 29 2 *", at(2024, 3, 1, 0, 0), at(2028, 2, 29, 0, 0)},
		{"day of week alone", "0 0 * * 1", at(2024, 1, 2, 0, 0), at(2024, 1, 8, 0, 0)},
		{"day of month alone", "0 0 10 * *", at(2024, 1, 2, 0, 0), at(2024, 1, 10, 0, 0)},
		{"sunday as 0", "0 12 * * 0", at(2024, 1, 3, 0, 0), at(2024, 1, 7, 12, 0)},
		{"sunday as 7", "0 12 * * 7", at(2024, 1, 3, 0, 0), at(2024, 1, 7, 12, 0)},
		{"both day fields: either matches", "0 0 13 * 5", at(2024, 1, 1, 0, 0), at(2024, 1, 5, 0, 0)},
		{"both day fields: day of month first", "0 0 2 * 5", at(2024, 1, 1, 0, 0), at(2024, 1, 2, 0, 0)},
		{"largest value of every field", "59 23 31 12 *", at(2024, 1, 1, 0, 0), at(2024, 12, 31, 23, 59)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse(tt.expr)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.expr, err)
			}
			if got := s.Next(tt.after); !got.Equal(tt.want) {
				t.Errorf("Parse(%q).Next(%v) = %v, want %v", tt.expr, tt.after, got, tt.want)
			}
		})
	}
}

func TestNextKeepsTheLocation(t *testing.T) {
	loc := time.FixedZone("UTC+2", 2*60*60)
	s, err := Parse("0 9 * * *")
	if err != nil {
		t.Fatal(err)
	}
	got := s.Next(time.Date(2024, 1, 1, 8, 0, 0, 0, loc))
	if want := time.Date(2024, 1, 1, 9, 0, 0, 0, loc); !got.Equal(want) || got.Location() != loc {
		t.Errorf("Next = %v, want %v in %v", got, want, loc)
	}
}

func TestImpossibleScheduleNeverRuns(t *testing.T) {
	s, err := Parse("0 0 30 2 *")
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Next(at(2024, 1, 1, 0, 0)); !got.IsZero() {
		t.Errorf("Next = %v, want the zero Time", got)
	}
}

func TestParseAcceptsValidExpressions(t *testing.T) {
	for _, expr := range []string{"59 23 31 12 7", "0 0 1 1 0", "*/15 * * * *", "0 9-17/2 * * 1-5", "0\t0 * * *", "1,2,3-5 * * * *"} {
		if _, err := Parse(expr); err != nil {
			t.Errorf("Parse(%q): unexpected error %v", expr, err)
		}
	}
}

func TestParseRejectsInvalidExpressions(t *testing.T) {
	for _, expr := range []string{
		"", "* * * *", "* * * * * *", // field count
		"60 * * * *", "* 24 * * *", "* * 0 * *", "* * 32 * *", "* * * 0 *", "* * * 13 *", "* * * * 8", // ranges
		"-1 * * * *", "a * * * *", "5-1 * * * *", "*/0 * * * *", "*/x * * * *", "1,,2 * * * *", // syntax
	} {
		if _, err := Parse(expr); err == nil {
			t.Errorf("Parse(%q): expected an error", expr)
		}
	}
}
