package cache

import (
	"sync"
)

// Cache keeps recently used build artifacts in memory, up to a total size in bytes. It is safe for concurrent
// use. Entries live in a slice (an arena) and are chained by index into a circular doubly linked recency list
// whose sentinel is slot 0; freed slots are reused, so steady-state Put/Get allocate nothing per entry.
type Cache struct {
	mu      sync.RWMutex
	limit   int64
	bytes   int64
	slots   []slot
	free    []int32
	index   map[string]int32
	pending map[string]*fetchWait
}

type slot struct {
	key        string
	data       []byte
	prev, next int32
}

type fetchWait struct {
	wg   sync.WaitGroup
	data []byte
	err  error
}

// New returns an empty cache that holds at most maxBytes bytes of artifact data.
func New(maxBytes int64) *Cache {
	return &Cache{limit: maxBytes, slots: []slot{{}}, index: make(map[string]int32), pending: make(map[string]*fetchWait)}
}

func (c *Cache) unlink(i int32) {
	s := &c.slots[i]
	c.slots[s.prev].next = s.next
	c.slots[s.next].prev = s.prev
}

// pushFront makes i the most recently used (right after the sentinel).
func (c *Cache) pushFront(i int32) {
	head := c.slots[0].next
	c.slots[i].prev, c.slots[i].next = 0, head
	c.slots[head].prev = i
	c.slots[0].next = i
}

func (c *Cache) drop(i int32) {
	c.unlink(i)
	s := &c.slots[i]
	delete(c.index, s.key)
	c.bytes -= int64(len(s.data))
	*s = slot{}
	c.free = append(c.free, i)
}

// Get returns the artifact stored under key and marks it as the most recently used.
func (c *Cache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	i, ok := c.index[key]
	if !ok {
		return nil, false
	}
	c.unlink(i)
	c.pushFront(i)
	return c.slots[i].data, true
}

// Put stores data under key as the most recently used artifact, evicting least recently used artifacts
// until the cache fits in its size limit.
func (c *Cache) Put(key string, data []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old, ok := c.index[key]; ok {
		c.drop(old)
	}
	n := int64(len(data))
	if n > c.limit {
		return
	}
	for c.bytes+n > c.limit {
		c.drop(c.slots[0].prev) // the least recently used is just before the sentinel
	}
	var i int32
	if k := len(c.free); k > 0 {
		i, c.free = c.free[k-1], c.free[:k-1]
	} else {
		c.slots = append(c.slots, slot{})
		i = int32(len(c.slots) - 1)
	}
	c.slots[i].key, c.slots[i].data = key, data
	c.pushFront(i)
	c.index[key] = i
	c.bytes += n
}

// GetOrFetch returns the cached artifact for key, or calls fetch to obtain it and caches the result.
// Concurrent calls for the same key share a single fetch; the lock is never held while fetch runs.
func (c *Cache) GetOrFetch(key string, fetch func() ([]byte, error)) ([]byte, error) {
	if data, ok := c.Get(key); ok {
		return data, nil
	}
	c.mu.Lock()
	if i, ok := c.index[key]; ok { // stored between the Get above and this lock
		c.unlink(i)
		c.pushFront(i)
		data := c.slots[i].data
		c.mu.Unlock()
		return data, nil
	}
	if w, ok := c.pending[key]; ok {
		c.mu.Unlock()
		w.wg.Wait()
		return w.data, w.err
	}
	w := &fetchWait{}
	w.wg.Add(1)
	c.pending[key] = w
	c.mu.Unlock()

	finished := false
	defer func() {
		if !finished {
			w.data, w.err = nil, errPanicked{}
		}
		c.mu.Lock()
		delete(c.pending, key)
		c.mu.Unlock()
		w.wg.Done()
	}()
	data, err := fetch()
	finished = true
	if err != nil {
		w.err = err
		return nil, err
	}
	w.data = data
	c.Put(key, data)
	return data, nil
}

type errPanicked struct{}

func (errPanicked) Error() string { return "cache: fetch panicked" }

// Len returns the number of cached artifacts.
func (c *Cache) Len() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return len(c.index)
}

// Size returns the total size of the cached artifacts in bytes.
func (c *Cache) Size() int64 {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.bytes
}
