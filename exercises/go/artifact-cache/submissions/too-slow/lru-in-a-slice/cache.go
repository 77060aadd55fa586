package cache

import "sync"

// Cache keeps recently used build artifacts in memory, up to a total size in bytes.
// It is safe for concurrent use. See prompt.md for the full contract.
type Cache struct {
	mu       sync.Mutex
	maxBytes int64
	size     int64
	data     map[string][]byte
	recency  []string // least recently used first
	inflight map[string]*fetchCall
}

// fetchCall is one fetch in progress; done is closed once data and err are set.
type fetchCall struct {
	done chan struct{}
	data []byte
	err  error
}

// New returns an empty cache that holds at most maxBytes bytes of artifact data.
func New(maxBytes int64) *Cache {
	return &Cache{maxBytes: maxBytes, data: map[string][]byte{}, inflight: map[string]*fetchCall{}}
}

// touch moves key to the most recently used end of the recency list.
func (c *Cache) touch(key string) {
	c.forget(key)
	c.recency = append(c.recency, key)
}

func (c *Cache) forget(key string) {
	for i, k := range c.recency {
		if k == key {
			c.recency = append(c.recency[:i], c.recency[i+1:]...)
			return
		}
	}
}

// Get returns the artifact stored under key and marks it as the most recently used.
func (c *Cache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.getLocked(key)
}

func (c *Cache) getLocked(key string) ([]byte, bool) {
	d, ok := c.data[key]
	if ok {
		c.touch(key)
	}
	return d, ok
}

// Put stores data under key as the most recently used artifact, evicting least recently used artifacts
// until the cache fits in its size limit.
func (c *Cache) Put(key string, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.putLocked(key, data)
}

func (c *Cache) putLocked(key string, data []byte) {
	if old, ok := c.data[key]; ok {
		c.size -= int64(len(old))
		delete(c.data, key)
		c.forget(key)
	}
	if int64(len(data)) > c.maxBytes {
		return
	}
	c.data[key] = data
	c.size += int64(len(data))
	c.recency = append(c.recency, key)
	for c.size > c.maxBytes {
		oldest := c.recency[0]
		c.recency = c.recency[1:]
		c.size -= int64(len(c.data[oldest]))
		delete(c.data, oldest)
	}
}

// GetOrFetch returns the cached artifact for key, or calls fetch to obtain it and caches the result.
// Concurrent calls for the same key share a single fetch.
func (c *Cache) GetOrFetch(key string, fetch func() ([]byte, error)) ([]byte, error) {
	c.mu.Lock()
	if data, ok := c.getLocked(key); ok {
		c.mu.Unlock()
		return data, nil
	}
	if call, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		<-call.done
		return call.data, call.err
	}
	call := &fetchCall{done: make(chan struct{})}
	c.inflight[key] = call
	c.mu.Unlock()

	call.data, call.err = fetch()

	c.mu.Lock()
	delete(c.inflight, key)
	if call.err == nil {
		c.putLocked(key, call.data)
	}
	c.mu.Unlock()
	close(call.done)
	return call.data, call.err
}

// Len returns the number of cached artifacts.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.data)
}

// Size returns the total size of the cached artifacts in bytes.
func (c *Cache) Size() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}
