package cache

import (
	"container/list"
	"errors"
	"sync"
)

// Cache keeps recently used build artifacts in memory, up to a total size in bytes.
// It is safe for concurrent use. Recency is a container/list (front = most recent) indexed by a map; fetches
// in flight are tracked per key, outside the lock, so a slow download blocks nobody else.
type Cache struct {
	mu       sync.Mutex
	maxBytes int64
	size     int64
	order    *list.List
	byKey    map[string]*list.Element
	inFlight map[string]*call
}

type entry struct {
	key  string
	data []byte
}

type call struct {
	done chan struct{}
	data []byte
	err  error
}

var errFetchPanicked = errors.New("cache: fetch panicked")

// New returns an empty cache that holds at most maxBytes bytes of artifact data.
func New(maxBytes int64) *Cache {
	return &Cache{maxBytes: maxBytes, order: list.New(), byKey: map[string]*list.Element{}, inFlight: map[string]*call{}}
}

// Get returns the artifact stored under key and marks it as the most recently used.
func (c *Cache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.getLocked(key)
}

func (c *Cache) getLocked(key string) ([]byte, bool) {
	el, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).data, true
}

// Put stores data under key as the most recently used artifact, evicting least recently used artifacts
// until the cache fits in its size limit.
func (c *Cache) Put(key string, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[key]; ok {
		c.remove(el)
	}
	if int64(len(data)) > c.maxBytes {
		return
	}
	c.byKey[key] = c.order.PushFront(&entry{key: key, data: data})
	c.size += int64(len(data))
	for c.size > c.maxBytes {
		c.remove(c.order.Back())
	}
}

func (c *Cache) remove(el *list.Element) {
	e := c.order.Remove(el).(*entry)
	delete(c.byKey, e.key)
	c.size -= int64(len(e.data))
}

// GetOrFetch returns the cached artifact for key, or calls fetch to obtain it and caches the result.
// Concurrent calls for the same key share a single fetch.
func (c *Cache) GetOrFetch(key string, fetch func() ([]byte, error)) ([]byte, error) {
	c.mu.Lock()
	if data, ok := c.getLocked(key); ok {
		c.mu.Unlock()
		return data, nil
	}
	if cl, ok := c.inFlight[key]; ok {
		c.mu.Unlock()
		<-cl.done
		return cl.data, cl.err
	}
	cl := &call{done: make(chan struct{}), err: errFetchPanicked}
	c.inFlight[key] = cl
	c.mu.Unlock()

	defer func() {
		c.mu.Lock()
		delete(c.inFlight, key)
		c.mu.Unlock()
		close(cl.done)
	}()
	data, err := fetch()
	cl.data, cl.err = data, err
	if err != nil {
		cl.data = nil
		return nil, err
	}
	c.Put(key, data)
	return data, nil
}

// Len returns the number of cached artifacts.
func (c *Cache) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.byKey)
}

// Size returns the total size of the cached artifacts in bytes.
func (c *Cache) Size() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}
