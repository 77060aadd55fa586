package schedule

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"testing"
	"time"
)

//go:embed schedule.go
var source []byte

// Fingerprint: the source compiled into the test binary hashes like the given schedule.go.
func TestSourceIsTheOriginal(t *testing.T) {
	sum := sha256.Sum256(source)
	if hex.EncodeToString(sum[:]) != "__SHA__" {
		t.Fatal("not the original implementation")
	}
}

var _ = time.Second // the starter's example test below uses time
