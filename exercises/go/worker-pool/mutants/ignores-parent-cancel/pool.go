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
// results in the order of items. See prompt.md for the full contract (errors, cancellation, shutdown).
func Map[T, R any](ctx context.Context, workers int, items []T, fn func(context.Context, T) (R, error)) ([]R, error) {
	if workers < 1 {
		return nil, ErrWorkers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		failed   atomic.Bool
		once     sync.Once
		firstErr error
		wg       sync.WaitGroup
	)
	results := make([]R, len(items))
	next := make(chan int)
	for w := 0; w < workers && w < len(items); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r, err := fn(ctx, items[i])
				if err != nil {
					once.Do(func() {
						firstErr = err
						failed.Store(true)
						cancel()
					})
					continue
				}
				results[i] = r
			}
		}()
	}
	for i := range items {
		if failed.Load() {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	return results, nil
}
