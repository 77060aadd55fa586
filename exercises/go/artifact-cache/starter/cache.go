package cache

import "errors"

// Cache keeps recently used build artifacts in memory, up to a total size in bytes.
// It is safe for concurrent use. See prompt.md for the full contract.
type Cache struct {
	// TODO: fields
}

// New returns an empty cache that holds at most maxBytes bytes of artifact data.
func New(maxBytes int64) *Cache {
	return &Cache{}
}

// Get returns the artifact stored under key and marks it as the most recently used.
func (c *Cache) Get(key string) ([]byte, bool) {
	return nil, false
}

// Put stores data under key as the most recently used artifact, evicting least recently used artifacts
// until the cache fits in its size limit.
func (c *Cache) Put(key string, data []byte) {
}

// GetOrFetch returns the cached artifact for key, or calls fetch to obtain it and caches the result.
// Concurrent calls for the same key share a single fetch.
func (c *Cache) GetOrFetch(key string, fetch func() ([]byte, error)) ([]byte, error) {
	return nil, errors.New("not implemented")
}

// Len returns the number of cached artifacts.
func (c *Cache) Len() int {
	return 0
}

// Size returns the total size of the cached artifacts in bytes.
func (c *Cache) Size() int64 {
	return 0
}
