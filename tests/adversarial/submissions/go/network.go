// Adversarial submission __MARKER__: from init(), tries to reach a TCP server the test started on the host's
// 127.0.0.1, the host's abstract unix socket and a unix socket file in the host's temp dir, an outside
// address, and DNS.
package logsections

import (
	"fmt"
	"net"
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

func attempt(what, network, addr string) {
	c, err := net.DialTimeout(network, addr, 2*time.Second)
	if err != nil {
		fmt.Fprintf(os.Stderr, "NET %s: BLOCKED %v\n", what, err)
		return
	}
	c.Write([]byte("hello from __MARKER__"))
	c.Close()
	fmt.Fprintf(os.Stderr, "NET %s: CONNECTED\n", what)
}

func init() {
	attempt("tcp-local", "tcp", "127.0.0.1:__PORT__")
	attempt("unix-abstract", "unix", "@__ABSTRACT__")
	attempt("unix-file", "unix", "__SOCKET_FILE__")
	attempt("tcp-outside", "tcp", "1.1.1.1:80")
	if _, err := net.LookupHost("example.com"); err != nil {
		fmt.Fprintf(os.Stderr, "NET dns: BLOCKED %v\n", err)
	} else {
		fmt.Fprintln(os.Stderr, "NET dns: CONNECTED")
	}
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
