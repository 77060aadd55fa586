// Adversarial submission __MARKER__: sets -test.list from init(), so the test binary prints the test names (which
// look like results to a naive parser) and exits 0 without running any test.
package logsections

import (
	"flag"
	"testing"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func init() {
	testing.Init()
	flag.Set("test.list", ".*")
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
