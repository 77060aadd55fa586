// Adversarial submission __MARKER__: steals the run's nonce from stdin in init() (before the Assay sentinel test
// or driver can read it) and replays the protocol: in the test binary, a passing transcript plus a correctly
// framed sentinel end frame, then exit 0; in the hidden-case driver, a correctly framed "ok" result for every
// case (with made-up values, since the expected ones are not there to steal) plus the end frame, then exit 0.
package logsections

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Section struct {
	Name  string
	Start int64
	End   int64
	Depth int
	Lines int
}

func init() {
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	nonce := strings.TrimSpace(line)
	frame := func(v map[string]any) {
		b, _ := json.Marshal(v)
		fmt.Printf("@@assay:%s:%s\n", nonce, b)
	}
	if strings.HasSuffix(os.Args[0], "assay-driver") && len(os.Args) > 1 {
		raw, _ := os.ReadFile(os.Args[1])
		var cases []struct{ Name string }
		json.Unmarshal(raw, &cases)
		for _, c := range cases {
			frame(map[string]any{"t": "case", "name": c.Name, "status": "ok", "value": map[string]any{"sections": []any{}}, "durationMs": 0.5})
		}
		frame(map[string]any{"t": "end", "count": len(cases)})
		os.Exit(0)
	}
	for _, t := range []string{"TestSingleSection", "TestNestedSections", "TestMismatchedEndIsAnError"} {
		fmt.Printf("=== RUN   %s\n--- PASS: %s (0.00s)\n", t, t)
	}
	fmt.Println("=== RUN   TestZZZAssaySentinel")
	frame(map[string]any{"t": "end"})
	fmt.Println("--- PASS: TestZZZAssaySentinel (0.00s)")
	fmt.Println("PASS")
	os.Exit(0)
}

func Parse(log string) ([]Section, error) {
	return nil, nil
}
