package pool

import (
	"context"
	"errors"
)

// ErrWorkers is returned by Map when it is asked to run with fewer than one worker.
var ErrWorkers = errors.New("pool: workers must be at least 1")

// Map calls fn once for every item, with at most workers calls running at the same time, and returns the
// results in the order of items. See prompt.md for the full contract (errors, cancellation, shutdown).
func Map[T, R any](ctx context.Context, workers int, items []T, fn func(context.Context, T) (R, error)) ([]R, error) {
	// TODO: implement
	return nil, errors.New("not implemented")
}
