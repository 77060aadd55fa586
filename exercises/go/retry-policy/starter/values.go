package retry

import (
	"bytes"
	"encoding/json"
)

// oneOrMany decodes a JSON value that is either a single T or a list of T into *out (a *[]T).
// An absent value (nil raw) leaves *out nil.
func oneOrMany[T any](raw json.RawMessage, out *[]T) error {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	if raw[0] == '[' {
		list := []T{}
		if err := json.Unmarshal(raw, &list); err != nil {
			return err
		}
		*out = list
		return nil
	}
	var one T
	if err := json.Unmarshal(raw, &one); err != nil {
		return err
	}
	*out = []T{one}
	return nil
}
