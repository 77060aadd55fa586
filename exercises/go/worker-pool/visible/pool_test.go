package pool

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"
)

func TestResultsKeepInputOrder(t *testing.T) {
	items := []int{1, 2, 3, 4, 5, 6, 7, 8}
	got, err := Map(context.Background(), 3, items, func(ctx context.Context, n int) (int, error) {
		time.Sleep(time.Duration(9-n) * time.Millisecond) // later items finish first
		return n * 10, nil
	})
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	want := []int{10, 20, 30, 40, 50, 60, 70, 80}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestFailingCallIsReturned(t *testing.T) {
	boom := errors.New("upload failed: 502 Bad Gateway")
	got, err := Map(context.Background(), 2, []string{"a.zip", "b.zip", "c.zip"}, func(ctx context.Context, s string) (int, error) {
		if s == "b.zip" {
			return 0, boom
		}
		return len(s), nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want %v", err, boom)
	}
	if got != nil {
		t.Errorf("results = %v, want nil on error", got)
	}
}

func TestFewerThanOneWorkerIsAnError(t *testing.T) {
	called := false
	_, err := Map(context.Background(), 0, []int{1}, func(ctx context.Context, n int) (int, error) {
		called = true
		return n, nil
	})
	if !errors.Is(err, ErrWorkers) {
		t.Errorf("err = %v, want ErrWorkers", err)
	}
	if called {
		t.Errorf("fn was called with 0 workers")
	}
}

func TestNoItems(t *testing.T) {
	got, err := Map(context.Background(), 4, nil, func(ctx context.Context, n int) (int, error) { return n, nil })
	if err != nil || len(got) != 0 {
		t.Errorf("got %v, %v; want no results and no error", got, err)
	}
}
