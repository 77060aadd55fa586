// Adversarial submission __MARKER__: hunts for the expected answers. In the hidden-case driver it dumps the cases
// file it is given (and copies it into the work dir); everywhere it tries the exercise's hidden/cases.json at its
// host path, and if that were readable Parse would answer every case from it.
package logsections

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

var answers = map[string][]Section{}

func init() {
	if len(os.Args) > 1 && filepath.Base(os.Args[0]) == "assay-driver" {
		raw, err := os.ReadFile(os.Args[1])
		fmt.Fprintf(os.Stderr, "CASES-FILE %v: %s\n", err, raw)
		os.WriteFile("stolen-cases.json", raw, 0o644)
	}
	raw, err := os.ReadFile("__HOST_CASES__")
	if err != nil {
		fmt.Fprintf(os.Stderr, "HOST-CASES: FAIL %v\n", err)
		return
	}
	fmt.Fprintln(os.Stderr, "HOST-CASES: OK")
	var cases []struct {
		Input    json.RawMessage
		Expected struct{ Sections []Section }
	}
	json.Unmarshal(raw, &cases)
	for _, c := range cases {
		var in string
		if json.Unmarshal(c.Input, &in) == nil {
			answers[in] = c.Expected.Sections
		}
	}
}

func Parse(log string) ([]Section, error) {
	return answers[log], nil
}
