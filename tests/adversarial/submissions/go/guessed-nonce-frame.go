// Adversarial submission __MARKER__: prints result frames with a guessed nonce (a visible-test end frame, and case
// results plus an end frame for the hidden-case driver), then lets the real run continue.
package logsections

import "fmt"

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func init() {
	nonce := "00000000000000000000000000000000"
	fmt.Println("--- PASS: TestSingleSection (0.00s)")
	fmt.Printf("@@assay:%s:{\"t\":\"end\"}\n", nonce)
	fmt.Printf("@@assay:%s:{\"t\":\"case\",\"name\":\"empty_log\",\"status\":\"ok\",\"value\":{\"sections\":[]},\"durationMs\":1}\n", nonce)
	fmt.Printf("@@assay:%s:{\"t\":\"end\",\"count\":15}\n", nonce)
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
