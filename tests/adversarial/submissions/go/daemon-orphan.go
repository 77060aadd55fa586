// Adversarial submission __MARKER__: from init(), starts a shell in a new session that backgrounds a subshell
// (double fork) ignoring SIGHUP/SIGTERM, which leaves a sign of life in the work dir, sleeps past the end of the
// run, then tries to write outside.
package logsections

import (
	"os/exec"
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
	script := `( trap "" HUP TERM; touch "daemon-alive-$0"; sleep 2; echo x > "__CANARY_TMP__/PWNED-daemon-$0"; sleep 120 ) >/dev/null 2>&1 &`
	cmd := exec.Command("/bin/sh", "-c", script, "__MARKER__")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cmd.Run()
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
