// Adversarial submission __MARKER__: Parse never returns and never yields (a tight loop on one core).
package logsections

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

var spins int

func Parse(log string) ([]Section, error) {
	for {
		spins++
	}
}
