package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	ex "assay.local/cache"
)

// artifact returns size bytes all equal to version, so a Get tells which Put it sees.
func artifact(version byte, size int) []byte { return bytes.Repeat([]byte{version}, size) }

func describe(data []byte, ok bool) string {
	switch {
	case !ok:
		return "miss"
	case len(data) == 0:
		return "hit n=0"
	}
	return fmt.Sprintf("hit n=%d v=%d", len(data), data[0])
}

// runOps replays [["put", key, size], ["get", key], ["len"], ["size"]] and records what every get, len and
// size observed. The data of the put at position i is filled with byte i+1.
func runOps(raw json.RawMessage) (any, error) {
	var in struct {
		MaxBytes int64               `json:"maxBytes"`
		Ops      [][]json.RawMessage `json:"ops"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	c := ex.New(in.MaxBytes)
	var seen []string
	for i, op := range in.Ops {
		var name, key string
		var size int
		if err := json.Unmarshal(op[0], &name); err != nil {
			return nil, err
		}
		if len(op) > 1 {
			if err := json.Unmarshal(op[1], &key); err != nil {
				return nil, err
			}
		}
		if len(op) > 2 {
			if err := json.Unmarshal(op[2], &size); err != nil {
				return nil, err
			}
		}
		switch name {
		case "put":
			c.Put(key, artifact(byte(i+1), size))
		case "get":
			seen = append(seen, key+": "+describe(c.Get(key)))
		case "len":
			seen = append(seen, fmt.Sprintf("len=%d", c.Len()))
		case "size":
			seen = append(seen, fmt.Sprintf("size=%d", c.Size()))
		default:
			return nil, fmt.Errorf("unknown op %q", name)
		}
	}
	return seen, nil
}

// startTogether runs n goroutines that begin f(i) at the same moment and waits for all of them.
func startTogether(n int, f func(i int)) {
	var wg sync.WaitGroup
	gate := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			f(i)
		}(i)
	}
	close(gate)
	wg.Wait()
}

// sharedFetch has many goroutines ask for the same missing key while one slow fetch runs.
func sharedFetch(raw json.RawMessage) (any, error) {
	var in struct {
		Callers int  `json:"callers"`
		Fail    bool `json:"fail"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	c := ex.New(1 << 20)
	var calls, gotData, gotErr int64
	fetch := func() ([]byte, error) {
		atomic.AddInt64(&calls, 1)
		time.Sleep(300 * time.Millisecond)
		if in.Fail {
			return nil, errors.New("registry returned 503")
		}
		return artifact(7, 64), nil
	}
	startTogether(in.Callers, func(int) {
		data, err := c.GetOrFetch("node_modules.tar", fetch)
		if err != nil {
			atomic.AddInt64(&gotErr, 1)
		} else if bytes.Equal(data, artifact(7, 64)) {
			atomic.AddInt64(&gotData, 1)
		}
	})
	out := map[string]any{"fetch_calls": calls, "callers_with_data": gotData, "callers_with_error": gotErr}
	// After a failed fetch nothing is cached: the next call fetches again.
	if in.Fail {
		in.Fail = false
		data, err := c.GetOrFetch("node_modules.tar", fetch)
		out["retry_fetched"] = err == nil && len(data) == 64
		out["fetch_calls_after_retry"] = atomic.LoadInt64(&calls)
	}
	out["len"] = c.Len()
	return out, nil
}

// independentFetches fetches several different keys at once and checks that neither the fetches nor a plain
// Get of another key wait for each other.
func independentFetches(raw json.RawMessage) (any, error) {
	var in struct {
		Keys int `json:"keys"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	c := ex.New(1 << 20)
	c.Put("cached", artifact(1, 10))
	var running, peak int64
	fetch := func() ([]byte, error) {
		n := atomic.AddInt64(&running, 1)
		for {
			p := atomic.LoadInt64(&peak)
			if n <= p || atomic.CompareAndSwapInt64(&peak, p, n) {
				break
			}
		}
		time.Sleep(400 * time.Millisecond)
		atomic.AddInt64(&running, -1)
		return artifact(2, 10), nil
	}
	var getFast atomic.Bool
	startTogether(in.Keys+1, func(i int) {
		if i == in.Keys {
			time.Sleep(100 * time.Millisecond) // the fetches are under way
			start := time.Now()
			_, ok := c.Get("cached")
			getFast.Store(ok && time.Since(start) < 200*time.Millisecond)
			return
		}
		c.GetOrFetch(fmt.Sprintf("job-%d.log", i), fetch)
	})
	return map[string]any{"peak_parallel_fetches": peak, "get_not_blocked_by_fetch": getFast.Load(), "len": c.Len()}, nil
}

// hammer runs goroutines mixing Put, Get and GetOrFetch on a small key space, then checks the invariants.
func hammer(raw json.RawMessage) (any, error) {
	var in struct {
		Goroutines, Ops, Keys int
		MaxBytes              int64
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	c := ex.New(in.MaxBytes)
	var wrongData, hits int64
	keyByte := func(k int) byte { return byte('a' + k%26) }
	startTogether(in.Goroutines, func(g int) {
		x := uint32(g*7919 + 1)
		for i := 0; i < in.Ops; i++ {
			x = x*1664525 + 1013904223
			k := int(x>>8) % in.Keys
			key := fmt.Sprintf("k%d", k)
			size := 1 + int(x>>20)%40
			var data []byte
			var ok bool
			switch x % 3 {
			case 0:
				c.Put(key, artifact(keyByte(k), size))
			case 1:
				data, ok = c.Get(key)
			default:
				var err error
				data, err = c.GetOrFetch(key, func() ([]byte, error) { return artifact(keyByte(k), size), nil })
				ok = err == nil
			}
			if ok && len(data) > 0 && data[0] != keyByte(k) {
				atomic.AddInt64(&wrongData, 1)
			}
			if ok {
				atomic.AddInt64(&hits, 1)
			}
		}
	})
	var sum int64
	entries := 0
	for k := 0; k < in.Keys; k++ {
		if data, ok := c.Get(fmt.Sprintf("k%d", k)); ok {
			sum += int64(len(data))
			entries++
		}
	}
	return map[string]any{
		"wrong_data":         wrongData,
		"some_hits":          hits > 0,
		"size_within_limit":  c.Size() <= in.MaxBytes,
		"size_matches_items": c.Size() == sum,
		"len_matches_items":  c.Len() == entries,
	}, nil
}

// throughput replays a long pseudo-random workload (80% of accesses on a hot tenth of the keys) and
// summarises it: the answer only depends on LRU semantics, the time on the data structure.
func throughput(raw json.RawMessage) (any, error) {
	var in struct {
		Keys, Ops int
		MaxBytes  int64
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return nil, err
	}
	c := ex.New(in.MaxBytes)
	buf := make([]byte, 4096)
	keys := make([]string, in.Keys)
	for i := range keys {
		keys[i] = fmt.Sprintf("cache/%d/vendor.tar.zst", i)
	}
	var hits, hitBytes int64
	x := uint64(42)
	for i := 0; i < in.Ops; i++ {
		x = x*6364136223846793005 + 1442695040888963407
		r := x >> 33
		k := int(r % uint64(in.Keys))
		if r%10 < 8 {
			k = int(r % uint64(in.Keys/10))
		}
		if (x>>13)%10 < 3 {
			c.Put(keys[k], buf[:1+int((x>>40)%4000)])
		} else if data, ok := c.Get(keys[k]); ok {
			hits++
			hitBytes += int64(len(data))
		}
	}
	return map[string]any{"hits": hits, "hit_bytes": hitBytes, "len": c.Len(), "size": c.Size()}, nil
}

var handlers = map[string]func(json.RawMessage) (any, error){
	"ops":         runOps,
	"shared":      sharedFetch,
	"independent": independentFetches,
	"hammer":      hammer,
	"throughput":  throughput,
}
