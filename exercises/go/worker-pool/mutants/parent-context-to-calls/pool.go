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
	parent := ctx
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	var (
		once     sync.Once
		firstErr error
		wg       sync.WaitGroup
	)
	fail := func(err error) {
		once.Do(func() {
			firstErr = err
			cancel()
		})
	}

	results := make([]R, len(items))
	next := make(chan int)
	for w := 0; w < workers && w < len(items); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r, err := fn(parent, items[i])
				if err != nil {
					fail(err)
					continue
				}
				results[i] = r
			}
		}()
	}

	dispatched := 0
dispatch:
	for i := range items {
		if ctx.Err() != nil {
			break
		}
		select {
		case next <- i:
			dispatched++
		case <-ctx.Done():
			break dispatch
		}
	}
	close(next)
	wg.Wait()

	if firstErr != nil {
		return nil, firstErr
	}
	if dispatched < len(items) {
		return nil, parent.Err()
	}
	return results, nil
}
