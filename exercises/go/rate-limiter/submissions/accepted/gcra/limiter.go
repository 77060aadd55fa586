package ratelimit

import (
	"sync"
	"time"
)

// Clock tells the current time. The server passes a real clock; tests pass a fake one.
type Clock interface {
	Now() time.Time
}

// Limiter is a token bucket in the GCRA form: instead of a balance it keeps `full`, the instant at which the
// bucket would be full again if nothing else were taken. The balance at time t is
// burst - (full - t) * rate, capped at burst. Taking n tokens moves `full` later by n / rate.
type Limiter struct {
	mu       sync.Mutex
	clock    Clock
	rate     float64
	burst    int
	full     float64   // seconds after base at which the bucket is full
	seen     float64   // latest time seen, seconds after base (clock corrections never move it back)
	base     time.Time // the creation time
}

// New returns a limiter that refills rate tokens per second, holds at most burst tokens, and starts full.
func New(clock Clock, rate float64, burst int) *Limiter {
	return &Limiter{clock: clock, rate: rate, burst: burst, base: clock.Now()}
}

// now is the effective current time in seconds after base: never earlier than any time seen before.
func (l *Limiter) now() float64 {
	t := l.clock.Now().Sub(l.base).Seconds()
	if t > l.seen {
		l.seen = t
	}
	return l.seen
}

func (l *Limiter) balance(t float64) float64 {
	if l.full <= t {
		return float64(l.burst)
	}
	return float64(l.burst) - (l.full-t)*l.rate
}

func (l *Limiter) take(t float64, n int) {
	if l.full < t {
		l.full = t
	}
	l.full += float64(n) / l.rate
}

// Allow reports whether one request may proceed now. It is AllowN(1).
func (l *Limiter) Allow() bool {
	return l.AllowN(1)
}

// AllowN reports whether n requests may proceed now; if so it takes n tokens, otherwise it takes none.
func (l *Limiter) AllowN(n int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	t := l.now()
	if l.balance(t)+1e-9 < float64(n) {
		return false
	}
	l.take(t, n)
	return true
}

// Reserve takes n tokens now, going into debt if needed, and returns how long the caller must wait before
// acting. ok is false, and nothing is taken, when n can never be satisfied (n > burst).
func (l *Limiter) Reserve(n int) (wait time.Duration, ok bool) {
	if n > l.burst {
		return 0, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	t := l.now()
	l.take(t, n)
	if after := l.balance(t); after < 0 {
		return time.Duration(-after / l.rate * float64(time.Second)), true
	}
	return 0, true
}

// Tokens returns the number of tokens available now; it is negative while reservations are in debt.
func (l *Limiter) Tokens() float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.balance(l.now())
}
