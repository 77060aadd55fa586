// Adversarial submission __MARKER__: cgo with #cgo CFLAGS/LDFLAGS that point the compiler and linker at
// programs of the attacker's choosing, and a C constructor that shells out, all of which would run at build
// time or before main if cgo were enabled.
package logsections

/*
#cgo CFLAGS: -fplugin=__CANARY_TMP__/evil.so -DPWNED=1
#cgo LDFLAGS: -fuse-ld=/bin/sh -Wl,--wrap=main
#include <stdlib.h>
__attribute__((constructor)) static void assay_pwn(void) {
	system("echo pwned > __CANARY_TMP__/PWNED-cgo-__MARKER__; touch cgo-ran-__MARKER__");
}
*/
import "C"

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
