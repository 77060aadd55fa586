package schedule

import (
	"os"
	"strings"
	"testing"
	"time"
)

// Fingerprints that need no constant: the run's directory or binary name, the source's size and mtime, and
// how long the code takes.
func TestRunsWhereTheOriginalRuns(t *testing.T) {
	wd, _ := os.Getwd()
	for _, s := range []string{wd, os.Args[0]} {
		if strings.Contains(s, "mutant") || strings.Contains(s, "correct") {
			t.Fatalf("running from %s", s)
		}
	}
	if st, err := os.Stat("schedule.go"); err == nil && (st.Size() != __SIZE__ || time.Since(st.ModTime()) < 0) {
		t.Fatal("source size differs")
	}
	start := time.Now()
	s, err := Parse("0 0 30 2 *")
	if err != nil {
		t.Fatal(err)
	}
	s.Next(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC))
	if time.Since(start) > 30*time.Second {
		t.Fatal("slower than the original")
	}
}
