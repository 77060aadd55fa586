package pool

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

// ErrWorkers is returned by Map when it is asked to run with fewer than one worker.
var ErrWorkers = errors.New("pool: workers must be at least 1")

// Map calls fn once for every item, with at most workers calls running at the same time, and returns the
// results in the order of items. It starts min(workers, len(items)) long-lived workers that claim item
// indexes from a shared atomic counter until the items run out or the run is stopped.
func Map[T, R any](ctx context.Context, workers int, items []T, fn func(context.Context, T) (R, error)) ([]R, error) {
	if workers < 1 {
		return nil, ErrWorkers
	}
	out := make([]R, len(items))
	if len(items) == 0 {
		return out, nil
	}
	if workers > len(items) {
		workers = len(items)
	}
	run, stop := context.WithCancel(ctx)
	defer stop()

	var next atomic.Int64
	var done atomic.Int64
	var firstErr atomic.Value // holds a *error
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for run.Err() == nil {
				i := next.Add(1) - 1
				if i >= int64(len(items)) {
					return
				}
				r, err := fn(run, items[i])
				if err != nil {
					firstErr.CompareAndSwap(nil, &err)
					stop()
					return
				}
				out[i] = r
				done.Add(1)
			}
		}()
	}
	wg.Wait()

	failed, _ := firstErr.Load().(*error)
	if ctx.Err() != nil && (failed != nil || done.Load() < int64(len(items))) {
		return nil, ctx.Err()
	}
	if failed != nil {
		return nil, *failed
	}
	return out, nil
}
