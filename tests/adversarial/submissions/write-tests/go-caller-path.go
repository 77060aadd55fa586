package schedule

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// Fingerprint: find the source next to this test's compiled path (runtime.Caller) and hash it.
func TestSourceIsTheOriginal(t *testing.T) {
	_, me, _, _ := runtime.Caller(0)
	src, err := os.ReadFile(filepath.Join(filepath.Dir(me), "schedule.go"))
	if err != nil {
		t.Fatalf("cannot read the source: %v", err)
	}
	sum := sha256.Sum256(src)
	if hex.EncodeToString(sum[:]) != "__SHA__" {
		t.Fatal("not the original implementation")
	}
}

var _ = time.Second // the starter's example test below uses time
