package ratelimit

import "time"

// Clock tells the current time. The server passes a real clock; tests pass a fake one.
type Clock interface {
	Now() time.Time
}

// Limiter is a token bucket. It is safe for concurrent use. See prompt.md for the full contract.
type Limiter struct {
	// TODO: fields
}

// New returns a limiter that refills rate tokens per second, holds at most burst tokens, and starts full.
func New(clock Clock, rate float64, burst int) *Limiter {
	return &Limiter{}
}

// Allow reports whether one request may proceed now. It is AllowN(1).
func (l *Limiter) Allow() bool {
	return l.AllowN(1)
}

// AllowN reports whether n requests may proceed now; if so it takes n tokens, otherwise it takes none.
func (l *Limiter) AllowN(n int) bool {
	return false
}

// Reserve takes n tokens now, going into debt if needed, and returns how long the caller must wait before
// acting. ok is false, and nothing is taken, when n can never be satisfied (n > burst).
func (l *Limiter) Reserve(n int) (wait time.Duration, ok bool) {
	return 0, false
}

// Tokens returns the number of tokens available now; it is negative while reservations are in debt.
func (l *Limiter) Tokens() float64 {
	return 0
}
