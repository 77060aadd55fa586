package cache

import (
	"container/list"
	"sync"
)

// Cache keeps recently used build artifacts in memory, up to a total size in bytes.
// It is safe for concurrent use. See prompt.md for the full contract.
type Cache struct {
	mu       sync.Mutex
	maxBytes int64
	size     int64
	order    *list.List // of *entry, most recently used at the front
	items    map[string]*list.Element
	inflight map[string]*fetchCall
}

type entry struct {
	key  string
	data []byte
}

// fetchCall is one fetch in progress; done is closed once data and err are set.
type fetchCall struct {
	done chan struct{}
	data []byte
	err  error
}

// New returns an empty cache that holds at most maxBytes bytes of artifact data.
func New(maxBytes int64) *Cache {
	return &Cache{
		maxBytes: maxBytes,
		order:    list.New(),
		items:    make(map[string]*list.Element),
		inflight: make(map[string]*fetchCall),
	}
}

// Get returns the artifact stored under key and marks it as the most recently used.
func (c *Cache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.getLocked(key)
}

func (c *Cache) getLocked(key string) ([]byte, bool) {
	el, ok := c.items[key]
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
	c.putLocked(key, data)
}

func (c *Cache) putLocked(key string, data []byte) {
	if el, ok := c.items[key]; ok {
		c.remove(el)
	}
	for c.order.Len() > 0 && c.size+int64(len(data)) > c.maxBytes {
		c.remove(c.order.Back())
	}
	if c.size+int64(len(data)) > c.maxBytes {
		return
	}
	c.items[key] = c.order.PushFront(&entry{key: key, data: data})
	c.size += int64(len(data))
}

func (c *Cache) remove(el *list.Element) {
	e := c.order.Remove(el).(*entry)
	delete(c.items, e.key)
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
	return len(c.items)
}

// Size returns the total size of the cached artifacts in bytes.
func (c *Cache) Size() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size
}
