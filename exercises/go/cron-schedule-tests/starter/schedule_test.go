package schedule

import (
	"testing"
	"time"
)

// An example to start from; replace or extend it with your own tests.
func TestEveryMinute(t *testing.T) {
	s, err := Parse("* * * * *")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	after := time.Date(2024, 5, 14, 10, 0, 30, 0, time.UTC)
	if got, want := s.Next(after), time.Date(2024, 5, 14, 10, 1, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("Next(%v) = %v, want %v", after, got, want)
	}
}
