package pool

import (
	"context"
	"errors"
)

// ErrWorkers is returned by Map when it is asked to run with fewer than one worker.
var ErrWorkers = errors.New("pool: workers must be at least 1")

type result[R any] struct {
	i   int
	r   R
	err error
}

// Map calls fn once for every item, with at most workers calls running at the same time, and returns the
// results in the order of items. See prompt.md for the full contract (errors, cancellation, shutdown).
func Map[T, R any](ctx context.Context, workers int, items []T, fn func(context.Context, T) (R, error)) ([]R, error) {
	if workers < 1 {
		return nil, ErrWorkers
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	jobs := make(chan int)
	out := make(chan result[R])
	for w := 0; w < workers; w++ {
		go func() {
			for i := range jobs {
				r, err := fn(ctx, items[i])
				out <- result[R]{i, r, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range items {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	results := make([]R, len(items))
	for n := 0; n < len(items); n++ {
		res := <-out
		if res.err != nil {
			return nil, res.err
		}
		results[res.i] = res.r
	}
	return results, nil
}
