package schedule

import (
	"strings"
	"testing"
	"time"
)

const layout = "2006-01-02 15:04"

// runs returns the first n run times of expr after start, formatted with layout.
func runs(t *testing.T, expr string, start string, n int) string {
	t.Helper()
	s, err := Parse(expr)
	if err != nil {
		t.Fatalf("Parse(%q): %v", expr, err)
	}
	at, _ := time.Parse(layout, start)
	var out []string
	for i := 0; i < n; i++ {
		at = s.Next(at)
		if at.IsZero() {
			out = append(out, "never")
			break
		}
		out = append(out, at.Format(layout))
	}
	return strings.Join(out, ", ")
}

func TestRunSequences(t *testing.T) {
	cases := []struct{ expr, start, want string }{
		{"*/20 * * * *", "2024-03-10 09:00", "2024-03-10 09:20, 2024-03-10 09:40, 2024-03-10 10:00"},
		{"3-40/15 * * * *", "2024-03-10 09:00", "2024-03-10 09:03, 2024-03-10 09:18, 2024-03-10 09:33"},
		{"30 8 * * *", "2024-03-10 07:45", "2024-03-10 08:30, 2024-03-11 08:30, 2024-03-12 08:30"},
		{"0 0 * * 1", "2024-03-10 12:00", "2024-03-11 00:00, 2024-03-18 00:00, 2024-03-25 00:00"},
		{"0 0 15 * *", "2024-03-10 12:00", "2024-03-15 00:00, 2024-04-15 00:00, 2024-05-15 00:00"},
		{"0 6 * * 7", "2024-03-10 12:00", "2024-03-17 06:00, 2024-03-24 06:00"},
		{"0 0 1 * 3", "2024-03-10 12:00", "2024-03-13 00:00, 2024-03-20 00:00, 2024-03-27 00:00, 2024-04-01 00:00"},
		{"59 23 31 12 7", "2024-03-10 12:00", "2024-12-01 23:59, 2024-12-08 23:59"},
		{"0 0 30 2 *", "2024-03-10 12:00", "never"},
	}
	for _, c := range cases {
		if got := runs(t, c.expr, c.start, strings.Count(c.want, ",")+1); got != c.want {
			t.Errorf("runs of %q from %s:\n got  %s\n want %s", c.expr, c.start, got, c.want)
		}
	}
}

func TestInvalidFields(t *testing.T) {
	for _, expr := range []string{"* * * * * *", "61 * * * *", "* 25 * * *", "* * 32 * *", "* * * 0 *", "* * * * 9", "4-2 * * * *", "*/-1 * * * *"} {
		if _, err := Parse(expr); err == nil {
			t.Errorf("%q: want an error", expr)
		}
	}
}
