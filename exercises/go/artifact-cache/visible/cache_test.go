package cache

import (
	"bytes"
	"testing"
)

func TestGetReturnsWhatWasPut(t *testing.T) {
	c := New(100)
	c.Put("linux-amd64.tar.gz", []byte("binary"))
	got, ok := c.Get("linux-amd64.tar.gz")
	if !ok || !bytes.Equal(got, []byte("binary")) {
		t.Fatalf("Get = %q, %v; want %q, true", got, ok, "binary")
	}
	if _, ok := c.Get("darwin-arm64.tar.gz"); ok {
		t.Errorf("Get of a key never put reported a hit")
	}
}

func TestEvictsLeastRecentlyUsed(t *testing.T) {
	c := New(10)
	c.Put("a", make([]byte, 4))
	c.Put("b", make([]byte, 4))
	c.Get("a")                  // a is now more recent than b
	c.Put("c", make([]byte, 4)) // 12 bytes > 10: b must go
	if _, ok := c.Get("b"); ok {
		t.Errorf("b should have been evicted")
	}
	if _, ok := c.Get("a"); !ok {
		t.Errorf("a should still be cached")
	}
	if c.Len() != 2 || c.Size() != 8 {
		t.Errorf("Len, Size = %d, %d; want 2, 8", c.Len(), c.Size())
	}
}

func TestGetOrFetchCachesTheResult(t *testing.T) {
	c := New(100)
	calls := 0
	fetch := func() ([]byte, error) {
		calls++
		return []byte("report.xml"), nil
	}
	for i := 0; i < 3; i++ {
		got, err := c.GetOrFetch("junit", fetch)
		if err != nil || string(got) != "report.xml" {
			t.Fatalf("GetOrFetch = %q, %v", got, err)
		}
	}
	if calls != 1 {
		t.Errorf("fetch called %d times, want 1", calls)
	}
}

func TestArtifactLargerThanTheCacheIsNotStored(t *testing.T) {
	c := New(10)
	c.Put("small", make([]byte, 5))
	c.Put("huge", make([]byte, 11))
	if _, ok := c.Get("huge"); ok {
		t.Errorf("an artifact larger than the whole cache was stored")
	}
}
