package ratelimit

import (
	"testing"
	"time"
)

type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time          { return c.now }
func (c *fakeClock) Advance(d time.Duration) { c.now = c.now.Add(d) }

func newClock() *fakeClock { return &fakeClock{now: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)} }

func TestBurstThenRefuse(t *testing.T) {
	l := New(newClock(), 1, 3)
	for i := 0; i < 3; i++ {
		if !l.Allow() {
			t.Fatalf("request %d of the burst was refused", i+1)
		}
	}
	if l.Allow() {
		t.Errorf("fourth request allowed with an empty bucket")
	}
}

func TestRefillsOverTime(t *testing.T) {
	clock := newClock()
	l := New(clock, 2, 2) // 2 tokens per second
	l.AllowN(2)
	clock.Advance(500 * time.Millisecond)
	if !l.Allow() {
		t.Errorf("one token should have been refilled after 500ms")
	}
	if l.Allow() {
		t.Errorf("only one token should have been refilled after 500ms")
	}
}

func TestFailedAllowNTakesNothing(t *testing.T) {
	l := New(newClock(), 1, 5)
	if l.AllowN(6) {
		t.Errorf("AllowN(6) allowed with burst 5")
	}
	if !l.AllowN(5) {
		t.Errorf("AllowN(5) refused on a full bucket of 5")
	}
}

func TestReserveReportsTheWait(t *testing.T) {
	l := New(newClock(), 4, 1)
	if wait, ok := l.Reserve(1); !ok || wait != 0 {
		t.Errorf("Reserve(1) = %v, %v; want 0, true", wait, ok)
	}
	if wait, ok := l.Reserve(1); !ok || wait != 250*time.Millisecond {
		t.Errorf("Reserve(1) = %v, %v; want 250ms, true", wait, ok)
	}
}
