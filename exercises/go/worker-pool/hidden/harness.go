package main

import (
	"context"
	"encoding/json"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	ex "assay.local/pool"
)

// Every adapter observes the pool from the outside: how many calls ran at once, which started, whether the
// pool returned promptly and left nothing running. Time-based observations use wide margins (seconds) so a
// loaded machine cannot flip them.

var errBoom = errors.New("boom")

// tracker counts calls of fn: started, currently running, and the most running at once.
type tracker struct {
	started, running, peak int64
}

func (t *tracker) enter() {
	atomic.AddInt64(&t.started, 1)
	n := atomic.AddInt64(&t.running, 1)
	for {
		p := atomic.LoadInt64(&t.peak)
		if n <= p || atomic.CompareAndSwapInt64(&t.peak, p, n) {
			return
		}
	}
}

func (t *tracker) leave() { atomic.AddInt64(&t.running, -1) }

// sleepCtx waits d or until ctx is done, reporting whether ctx ended the wait.
func sleepCtx(ctx context.Context, d time.Duration) bool {
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return false
	case <-ctx.Done():
		return true
	}
}

// settled reports whether the goroutine count falls back to baseline within 2 s (no leaked workers).
func settled(baseline int) bool {
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		if runtime.NumGoroutine() <= baseline {
			return true
		}
		time.Sleep(10 * time.Millisecond)
	}
	return false
}

type poolInput struct {
	Workers  int   `json:"workers"`
	Items    []int `json:"items"`
	Count    int   `json:"count"`    // when Items is empty: items 0..Count-1
	DelayMs  []int `json:"delayMs"`  // per item; the last value repeats
	FailAt   int   `json:"failAt"`   // index of the failing item, -1 for none
	CancelMs int   `json:"cancelMs"` // cancel the parent context after this long (0: never; -1: before calling)
	BlockAt  int   `json:"blockAt"`  // index of an item that blocks until its context ends (-1: none)
	// StubbornAt is the index of an item that ignores its context and takes 300 ms (-1: none).
	StubbornAt int `json:"stubbornAt"`
	// IgnoreCtx makes every item sleep its delay without watching its context, then succeed.
	IgnoreCtx bool `json:"ignoreCtx"`
}

func (in *poolInput) items() []int {
	if len(in.Items) == 0 {
		for i := 0; i < in.Count; i++ {
			in.Items = append(in.Items, i)
		}
	}
	return in.Items
}

func (in *poolInput) delay(i int) time.Duration {
	if len(in.DelayMs) == 0 {
		return 0
	}
	if i >= len(in.DelayMs) {
		i = len(in.DelayMs) - 1
	}
	return time.Duration(in.DelayMs[i]) * time.Millisecond
}

// runPool runs Map under the scenario described by in and returns what was observed.
func runPool(raw json.RawMessage) (any, error) {
	in := poolInput{FailAt: -1, BlockAt: -1, StubbornAt: -1}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	items := in.items()
	index := make(map[int]int, len(items))
	for i, v := range items {
		index[v] = i
	}
	baseline := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if in.CancelMs < 0 {
		cancel()
	}
	var tr tracker
	var blockedSawCancel atomic.Value
	blockedSawCancel.Store(false)
	fn := func(ctx context.Context, v int) (int, error) {
		tr.enter()
		defer tr.leave()
		i := index[v]
		switch {
		case i == in.BlockAt:
			blockedSawCancel.Store(sleepCtx(ctx, 5*time.Second))
			return 0, ctx.Err()
		case i == in.StubbornAt:
			time.Sleep(300 * time.Millisecond)
			return v, nil
		case in.IgnoreCtx:
			time.Sleep(in.delay(i))
			return v * v, nil
		case i == in.FailAt:
			sleepCtx(ctx, in.delay(i))
			return 0, errBoom
		}
		if sleepCtx(ctx, in.delay(i)) {
			return 0, ctx.Err()
		}
		return v * v, nil
	}
	var stopTimer *time.Timer
	if in.CancelMs > 0 {
		stopTimer = time.AfterFunc(time.Duration(in.CancelMs)*time.Millisecond, cancel)
	}
	start := time.Now()
	var res []int
	var err error
	if !returnsWithin(5*time.Second, func() { res, err = ex.Map(ctx, in.Workers, items, fn) }) {
		return map[string]any{"hung": true}, nil
	}
	elapsed := time.Since(start)
	runningAtReturn := atomic.LoadInt64(&tr.running)
	if stopTimer != nil {
		stopTimer.Stop()
	}
	out := map[string]any{
		"error":              errorKind(err),
		"exceeded_limit":     in.Workers >= 1 && tr.peak > int64(in.Workers),
		"all_calls_ended":    runningAtReturn == 0,
		"returned_within_2s": elapsed < 2*time.Second,
		"no_leak":            settled(baseline),
	}
	if err == nil {
		if res == nil {
			res = []int{}
		}
		out["results"] = res
	} else {
		out["results_nil"] = res == nil
	}
	if in.BlockAt >= 0 {
		out["blocked_call_saw_cancel"] = blockedSawCancel.Load()
	}
	if in.FailAt >= 0 || in.CancelMs != 0 {
		out["started_fraction_below_half"] = atomic.LoadInt64(&tr.started)*2 < int64(len(items))
	}
	return out, nil
}

func errorKind(err error) any {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errBoom):
		return "boom"
	case errors.Is(err, context.Canceled):
		return "canceled"
	case errors.Is(err, ex.ErrWorkers):
		return "workers"
	}
	return "other: " + err.Error()
}

// returnsWithin runs f and reports whether it returned within d; a hung Map costs this case, not the run.
func returnsWithin(d time.Duration, f func()) bool {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-done:
		return true
	case <-timer.C:
		return false
	}
}

// peakParallelism runs enough 150 ms calls to keep every worker busy and reports the most that ran at once.
func peakParallelism(raw json.RawMessage) (any, error) {
	var in struct{ Workers, Count int }
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	items := make([]int, in.Count)
	var tr tracker
	var err error
	if !returnsWithin(5*time.Second, func() {
		_, err = ex.Map(context.Background(), in.Workers, items, func(ctx context.Context, v int) (int, error) {
			tr.enter()
			defer tr.leave()
			time.Sleep(150 * time.Millisecond)
			return v, nil
		})
	}) {
		return map[string]any{"hung": true}, nil
	}
	return map[string]any{"error": errorKind(err), "peak": atomic.LoadInt64(&tr.peak), "started": atomic.LoadInt64(&tr.started)}, nil
}

// typedResults checks that Map works for other element types (strings to structs).
func typedResults(raw json.RawMessage) (any, error) {
	var names []string
	if err := json.Unmarshal(raw, &names); err != nil {
		return nil, err
	}
	type artifact struct {
		Name string `json:"name"`
		Size int    `json:"size"`
	}
	var mu sync.Mutex
	calls := 0
	res, err := ex.Map(context.Background(), 2, names, func(ctx context.Context, n string) (artifact, error) {
		mu.Lock()
		calls++
		mu.Unlock()
		return artifact{Name: n, Size: len(n) * 100}, nil
	})
	return map[string]any{"error": errorKind(err), "results": res, "calls": calls}, nil
}

var handlers = map[string]func(json.RawMessage) (any, error){
	"run":   runPool,
	"peak":  peakParallelism,
	"typed": typedResults,
}
