// Adversarial submission __MARKER__: allocates and touches 32 MB blocks until something stops it.
package logsections

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

var hoard [][]byte

func Parse(log string) ([]Section, error) {
	for {
		b := make([]byte, 32<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		hoard = append(hoard, b)
	}
}
