package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"time"

	ex "assay.local/ratelimit"
)

// scriptClock is a fake clock the script moves; it may move backwards (an NTP correction).
type scriptClock struct {
	mu  sync.Mutex
	now time.Time
}

var epoch = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

func (c *scriptClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *scriptClock) set(ms int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = epoch.Add(time.Duration(ms) * time.Millisecond)
}

type step struct {
	At int64  `json:"at"` // ms since the limiter was created
	Op string `json:"op"` // allow | allowN | reserve | tokens
	N  int    `json:"n"`
}

// runScript replays steps against one limiter and records every answer. Waits are reported in whole
// milliseconds and token counts to three decimals, so float rounding in a correct solution cannot matter.
func runScript(raw json.RawMessage) (any, error) {
	var in struct {
		Rate  float64 `json:"rate"`
		Burst int     `json:"burst"`
		Steps []step  `json:"steps"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	clock := &scriptClock{now: epoch}
	l := ex.New(clock, in.Rate, in.Burst)
	out := make([]string, 0, len(in.Steps))
	for _, s := range in.Steps {
		clock.set(s.At)
		var seen string
		switch s.Op {
		case "allow":
			seen = fmt.Sprint(l.Allow())
		case "allowN":
			seen = fmt.Sprint(l.AllowN(s.N))
		case "reserve":
			wait, ok := l.Reserve(s.N)
			seen = fmt.Sprintf("%dms %v", int64(math.Round(float64(wait)/float64(time.Millisecond))), ok)
		case "tokens":
			seen = fmt.Sprintf("%.3f", math.Round(l.Tokens()*1000)/1000+0) // +0 turns -0 into 0
		default:
			return nil, fmt.Errorf("unknown op %q", s.Op)
		}
		out = append(out, fmt.Sprintf("t=%d %s: %s", s.At, s.Op, seen))
	}
	return out, nil
}

// concurrentAllow has many goroutines call Allow on a frozen clock: exactly burst of them may succeed.
func concurrentAllow(raw json.RawMessage) (any, error) {
	var in struct {
		Burst      int `json:"burst"`
		Goroutines int `json:"goroutines"`
		PerG       int `json:"perGoroutine"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	l := ex.New(&scriptClock{now: epoch}, 1, in.Burst)
	var allowed int64
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for g := 0; g < in.Goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			for i := 0; i < in.PerG; i++ {
				if l.Allow() {
					atomic.AddInt64(&allowed, 1)
				}
			}
		}()
	}
	close(gate)
	wg.Wait()
	return map[string]any{"allowed": allowed}, nil
}

var handlers = map[string]func(json.RawMessage) (any, error){
	"script":     runScript,
	"concurrent": concurrentAllow,
}
