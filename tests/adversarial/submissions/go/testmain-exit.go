// Adversarial submission __MARKER__: a TestMain in the solution file (not a _test.go file) that prints a passing
// transcript and exits 0, hoping `go test` picks it up as the package's TestMain.
package logsections

import (
	"fmt"
	"os"
	"testing"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func TestMain(m *testing.M) {
	fmt.Println("--- PASS: TestSingleSection (0.00s)")
	fmt.Println("PASS")
	os.Exit(0)
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
