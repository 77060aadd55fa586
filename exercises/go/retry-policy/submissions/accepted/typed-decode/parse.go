package retry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
)

// Parse reads the value of a job's retry: keyword (converted from YAML to JSON). Two forms exist:
//
//	retry: 2
//	retry: { max: 2, when: [runner_system_failure, stuck_or_timeout_failure], exit_codes: [137, 255] }
//
// when and exit_codes also accept a single value instead of a list. Keys that are absent get their
// defaults: max 0, when [always], no exit code filter. An absent retry: keyword (empty input or null) is
// the default policy. Every configuration error wraps ErrInvalid.
//
// The value is decoded once into a generic tree and dispatched on its JSON type; both forms end in the same
// newPolicy call, which validates and fills in the defaults.
func Parse(raw []byte) (Policy, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return newPolicy(0, nil, nil)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return Policy{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if dec.More() {
		return Policy{}, fmt.Errorf("%w: trailing data after the retry value", ErrInvalid)
	}
	switch t := v.(type) {
	case nil:
		return newPolicy(0, nil, nil)
	case json.Number:
		max, err := integer(t)
		if err != nil {
			return Policy{}, fmt.Errorf("%w: retry: %v", ErrInvalid, err)
		}
		return newPolicy(max, nil, nil)
	case map[string]any:
		return fromHash(t)
	default:
		return Policy{}, fmt.Errorf("%w: retry must be an integer or a hash", ErrInvalid)
	}
}

func fromHash(h map[string]any) (Policy, error) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	max := 0
	var when []string
	var codes []int
	for _, k := range keys {
		val := h[k]
		if val == nil {
			continue // an explicit null is the same as an absent key
		}
		var err error
		switch k {
		case "max":
			n, ok := val.(json.Number)
			if !ok {
				return Policy{}, fmt.Errorf("%w: retry:max must be an integer", ErrInvalid)
			}
			max, err = integer(n)
		case "when":
			when, err = listOf(val, func(x any) (string, bool) { s, ok := x.(string); return s, ok })
			if err == nil && when == nil {
				when = []string{}
			}
		case "exit_codes":
			codes, err = listOf(val, func(x any) (int, bool) {
				n, ok := x.(json.Number)
				if !ok {
					return 0, false
				}
				i, err := integer(n)
				return i, err == nil
			})
		default:
			return Policy{}, fmt.Errorf("%w: unknown retry key %q", ErrInvalid, k)
		}
		if err != nil {
			return Policy{}, fmt.Errorf("%w: retry:%s: %v", ErrInvalid, k, err)
		}
	}
	return newPolicy(max, when, codes)
}

// listOf accepts one element or a list of them.
func listOf[T any](val any, conv func(any) (T, bool)) ([]T, error) {
	items, isList := val.([]any)
	if !isList {
		items = []any{val}
	}
	out := make([]T, 0, len(items))
	for _, it := range items {
		x, ok := conv(it)
		if !ok {
			return nil, fmt.Errorf("unexpected value %v", it)
		}
		out = append(out, x)
	}
	return out, nil
}

func integer(n json.Number) (int, error) {
	i, err := n.Int64()
	if err != nil || i < math.MinInt32 || i > math.MaxInt32 {
		return 0, fmt.Errorf("%s is not an integer", n)
	}
	return int(i), nil
}

// newPolicy validates a configuration and fills in the defaults. A nil when means "not configured".
func newPolicy(max int, when []string, codes []int) (Policy, error) {
	if max < 0 || max > MaxRetries {
		return Policy{}, fmt.Errorf("%w: retry:max must be between 0 and %d, got %d", ErrInvalid, MaxRetries, max)
	}
	if when == nil {
		when = []string{Always}
	}
	if len(when) == 0 {
		return Policy{}, fmt.Errorf("%w: retry:when must list at least one reason", ErrInvalid)
	}
	for _, w := range when {
		if !knownReasons[w] {
			return Policy{}, fmt.Errorf("%w: unknown retry:when reason %q", ErrInvalid, w)
		}
	}
	return Policy{Max: max, When: when, ExitCodes: codes}, nil
}
