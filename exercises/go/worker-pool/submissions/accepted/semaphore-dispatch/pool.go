package pool

import (
	"context"
	"errors"
	"sync"
)

// ErrWorkers is returned by Map when it is asked to run with fewer than one worker.
var ErrWorkers = errors.New("pool: workers must be at least 1")

// Map calls fn once for every item, with at most workers calls running at the same time, and returns the
// results in the order of items. A dispatcher loop takes a slot from a semaphore channel before starting each
// call in its own goroutine; a failure or the caller's cancellation closes the door for new calls.
func Map[T, R any](ctx context.Context, workers int, items []T, fn func(context.Context, T) (R, error)) ([]R, error) {
	if workers < 1 {
		return nil, ErrWorkers
	}
	if len(items) == 0 {
		return []R{}, nil
	}
	inner, cancel := context.WithCancel(ctx)
	defer cancel()

	results := make([]R, len(items))
	slots := make(chan struct{}, workers)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failure error
	started := 0

dispatch:
	for i := range items {
		select {
		case slots <- struct{}{}:
		case <-inner.Done():
			break dispatch
		}
		if inner.Err() != nil { // both were ready and the slot won: still stop
			<-slots
			break
		}
		started++
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { <-slots }()
			r, err := fn(inner, items[i])
			if err != nil {
				mu.Lock()
				if failure == nil {
					failure = err
				}
				mu.Unlock()
				cancel()
				return
			}
			results[i] = r
		}(i)
	}
	wg.Wait()

	if err := ctx.Err(); err != nil && (started < len(items) || failure != nil) {
		return nil, err
	}
	if failure != nil {
		return nil, failure
	}
	return results, nil
}
