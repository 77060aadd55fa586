package retry

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Parse reads the value of a job's retry: keyword (converted from YAML to JSON). Two forms exist:
//
//	retry: 2
//	retry: { max: 2, when: [runner_system_failure, stuck_or_timeout_failure], exit_codes: [137, 255] }
//
// when and exit_codes also accept a single value instead of a list. Keys that are absent get their
// defaults: max 0, when [always], no exit code filter. An absent retry: keyword (empty input or null) is
// the default policy. Every configuration error wraps ErrInvalid.
func Parse(raw []byte) (Policy, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return newPolicy(0, nil, nil)
	}
	if raw[0] != '{' {
		// `retry: N` is shorthand for `retry: { max: N }`: rewrite it so that both forms share one path of
		// validation and defaults (the shorthand used to skip both, leaving When empty: nothing was retried).
		var max int
		if err := json.Unmarshal(raw, &max); err != nil {
			return Policy{}, fmt.Errorf("%w: retry must be an integer or a hash", ErrInvalid)
		}
		raw = []byte(fmt.Sprintf(`{"max":%d}`, max))
	}

	var cfg struct {
		Max       *int            `json:"max"`
		When      json.RawMessage `json:"when"`
		ExitCodes json.RawMessage `json:"exit_codes"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return Policy{}, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	max := 0
	if cfg.Max != nil {
		max = *cfg.Max
	}
	var when []string
	if err := oneOrMany(cfg.When, &when); err != nil {
		return Policy{}, fmt.Errorf("%w: retry:when: %v", ErrInvalid, err)
	}
	var codes []int
	if err := oneOrMany(cfg.ExitCodes, &codes); err != nil {
		return Policy{}, fmt.Errorf("%w: retry:exit_codes: %v", ErrInvalid, err)
	}
	return newPolicy(max, when, codes)
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
