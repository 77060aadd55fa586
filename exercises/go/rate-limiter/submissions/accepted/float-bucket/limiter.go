package ratelimit

import (
	"sync"
	"time"
)

// Clock tells the current time. The server passes a real clock; tests pass a fake one.
type Clock interface {
	Now() time.Time
}

// Limiter is a token bucket kept as a float balance refilled lazily on every call.
type Limiter struct {
	mu     sync.Mutex
	clock  Clock
	rate   float64
	burst  float64
	tokens float64
	last   time.Time // latest time seen; refills never go back before it
}

// New returns a limiter that refills rate tokens per second, holds at most burst tokens, and starts full.
func New(clock Clock, rate float64, burst int) *Limiter {
	return &Limiter{clock: clock, rate: rate, burst: float64(burst), tokens: float64(burst), last: clock.Now()}
}

// refill brings the balance up to now; a clock that moved backwards adds nothing and keeps last.
func (l *Limiter) refill() {
	now := l.clock.Now()
	if !now.After(l.last) {
		return
	}
	l.tokens += now.Sub(l.last).Seconds() * l.rate
	if l.tokens > l.burst {
		l.tokens = l.burst
	}
	l.last = now
}

// Allow reports whether one request may proceed now. It is AllowN(1).
func (l *Limiter) Allow() bool {
	return l.AllowN(1)
}

// AllowN reports whether n requests may proceed now; if so it takes n tokens, otherwise it takes none.
func (l *Limiter) AllowN(n int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.refill()
	if l.tokens < float64(n) {
		return false
	}
	l.tokens -= float64(n)
	return true
}

// Reserve takes n tokens now, going into debt if needed, and returns how long the caller must wait before
// acting. ok is false, and nothing is taken, when n can never be satisfied (n > burst).
func (l *Limiter) Reserve(n int) (wait time.Duration, ok bool) {
	if float64(n) > l.burst {
		return 0, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.refill()
	l.tokens -= float64(n)
	if l.tokens >= 0 {
		return 0, true
	}
	return time.Duration(-l.tokens / l.rate * float64(time.Second)), true
}

// Tokens returns the number of tokens available now; it is negative while reservations are in debt.
func (l *Limiter) Tokens() float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.refill()
	return l.tokens
}
