// Adversarial submission __MARKER__: sleeps forever in init(), before the testing package has armed its
// -test.timeout (and before the hidden-case driver's per-case timeouts exist).
package logsections

import "time"

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func init() {
	time.Sleep(1000 * time.Hour)
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
