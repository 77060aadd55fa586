// Adversarial submission __MARKER__: adds a field to Section (the harness still compiles against it) and, for
// one hidden case, fills it with 6000 levels of nested slices. encoding/json marshals that without complaint;
// the frame then carries the nesting to the grader, which compares it outside the sandbox.
package logsections

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
	Extra any `json:",omitempty"`
}

func Parse(log string) ([]Section, error) {
	if log != "hello\nworld" {
		return nil, nil
	}
	var deep any = []any{}
	for i := 0; i < 6000; i++ {
		deep = []any{deep}
	}
	return []Section{{Name: "x", Extra: deep}}, nil
}
