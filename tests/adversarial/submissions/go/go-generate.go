// Adversarial submission __MARKER__: //go:generate directives that would write outside the work dir, leave a
// marker file in it, and start a long-lived process, if anything ran `go generate` on submitted code.
package logsections

//go:generate sh -c "echo pwned > __CANARY_TMP__/PWNED-generate-__MARKER__"
//go:generate touch generate-ran-__MARKER__
//go:generate sh -c "sleep 600" __MARKER__

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
