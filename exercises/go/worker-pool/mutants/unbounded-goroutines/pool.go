package pool

import (
	"context"
	"errors"
	"sync"
)

// ErrWorkers is returned by Map when it is asked to run with fewer than one worker.
var ErrWorkers = errors.New("pool: workers must be at least 1")

// Map calls fn once for every item, with at most workers calls running at the same time, and returns the
// results in the order of items. See prompt.md for the full contract (errors, cancellation, shutdown).
func Map[T, R any](ctx context.Context, workers int, items []T, fn func(context.Context, T) (R, error)) ([]R, error) {
	if workers < 1 {
		return nil, ErrWorkers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	results := make([]R, len(items))
	var (
		wg       sync.WaitGroup
		once     sync.Once
		firstErr error
	)
	for i, item := range items {
		wg.Add(1)
		go func(i int, item T) {
			defer wg.Done()
			r, err := fn(ctx, item)
			if err != nil {
				once.Do(func() {
					firstErr = err
					cancel()
				})
				return
			}
			results[i] = r
		}(i, item)
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return results, nil
}
