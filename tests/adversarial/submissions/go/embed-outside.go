// Adversarial submission __MARKER__: //go:embed patterns reaching outside the module (the parent directories,
// where the workspace and the host live) to compile host files into the binary.
package logsections

import _ "embed"

//go:embed ../../../../etc/shadow
var shadow string

//go:embed ../*
var parent string

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
