// Adversarial submission __MARKER__: writes 10 GB to stdout (10240 writes of 1 MB) from init().
package logsections

import (
	"bytes"
	"os"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func init() {
	block := bytes.Repeat([]byte("FLOOD-__MARKER__ "), (1<<20)/len("FLOOD-__MARKER__ "))
	for i := 0; i < 10240; i++ {
		os.Stdout.Write(block)
	}
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
