package schedule

import (
	"testing"
	"time"
)

var monday = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC) // 2024-01-01 is a Monday

func mustParse(t *testing.T, expr string) *Schedule {
	t.Helper()
	s, err := Parse(expr)
	if err != nil {
		t.Fatalf("Parse(%q) failed: %v", expr, err)
	}
	return s
}

func expectNext(t *testing.T, expr string, after, want time.Time) {
	t.Helper()
	if got := mustParse(t, expr).Next(after); !got.Equal(want) {
		t.Errorf("%q after %s: got %s, want %s", expr, after.Format(time.RFC3339), got.Format(time.RFC3339), want.Format(time.RFC3339))
	}
}

func TestNextIsStrictlyLater(t *testing.T) {
	expectNext(t, "0 * * * *", monday.Add(3*time.Hour), monday.Add(4*time.Hour))
	expectNext(t, "* * * * *", monday.Add(90*time.Second), monday.Add(2*time.Minute))
}

func TestHourChangeStartsAtMinuteZero(t *testing.T) {
	expectNext(t, "0 14 * * *", monday.Add(13*time.Hour+45*time.Minute), monday.Add(14*time.Hour))
}

func TestSteps(t *testing.T) {
	expectNext(t, "10-50/20 * * * *", monday, monday.Add(10*time.Minute))
	expectNext(t, "10-50/20 * * * *", monday.Add(11*time.Minute), monday.Add(30*time.Minute))
	expectNext(t, "0 */6 * * *", monday.Add(time.Hour), monday.Add(6*time.Hour))
}

func TestHighestValues(t *testing.T) {
	expectNext(t, "59 23 * * *", monday, monday.Add(23*time.Hour+59*time.Minute))
	expectNext(t, "0 0 31 12 *", monday, time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC))
}

func TestWeekdays(t *testing.T) {
	sunday := time.Date(2024, 1, 7, 0, 0, 0, 0, time.UTC)
	expectNext(t, "0 0 * * 7", monday, sunday)
	expectNext(t, "0 0 * * 0", monday, sunday)
	expectNext(t, "0 0 * * 3", monday, monday.AddDate(0, 0, 2))
}

func TestDayOfMonthOnly(t *testing.T) {
	expectNext(t, "0 0 20 * *", monday, time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC))
}

func TestDayOfMonthOrDayOfWeek(t *testing.T) {
	// Friday the 5th comes before the 20th; with AND semantics it would be a Friday the 20th (September).
	expectNext(t, "0 0 20 * 5", monday, time.Date(2024, 1, 5, 0, 0, 0, 0, time.UTC))
}

func TestNeverMatchingSchedule(t *testing.T) {
	if got := mustParse(t, "0 0 31 4 *").Next(monday); !got.IsZero() {
		t.Errorf("April 31st: got %s, want zero time", got)
	}
}

func TestParseErrors(t *testing.T) {
	bad := []string{"1 2 3 4", "60 0 * * *", "0 24 * * *", "0 0 0 * *", "0 0 * 13 *", "0 0 * * 8", "9-3 * * * *", "*/0 * * * *", "x * * * *"}
	for _, expr := range bad {
		if _, err := Parse(expr); err == nil {
			t.Errorf("Parse(%q) = nil error, want an error", expr)
		}
	}
}
