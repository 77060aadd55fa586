// Sandbox limits for the two kinds of step: compiling (trusted toolchain on untrusted source, generous) and
// running candidate code (the exercise's limits from exercise.json).
import type { Limits } from '../../common/exercise.ts';
import type { SandboxLimits } from '../sandbox/types.ts';

const MiB = 1024 * 1024;

/** Extra wall time past the exercise's limit for Go tests, so `go test -timeout` reports (and names the test) first. */
export const GO_TEST_GRACE_MS = 1000;

export function compileLimits(): SandboxLimits {
  return {
    wallMs: 120_000,
    cpuSec: 240,
    memoryBytes: 2048 * MiB,
    processes: 1024,
    fileSizeBytes: 512 * MiB,
    // The toolchain's scratch objects (GOTMPDIR) live in the work dir: allow more than a candidate's run gets.
    diskBytes: 1024 * MiB,
    openFiles: 4096,
    outputBytes: 1 * MiB,
  };
}

export function runLimits(l: Limits, graceMs = 0): SandboxLimits {
  return {
    wallMs: l.timeoutMs + graceMs,
    // CPU time may exceed wall time on several cores; the wall clock is the limit that matters.
    cpuSec: Math.ceil((2 * (l.timeoutMs + graceMs)) / 1000) + 1,
    memoryBytes: l.memoryMb * MiB,
    processes: l.processes,
    fileSizeBytes: 64 * MiB,
    openFiles: 256,
    outputBytes: l.outputBytes,
  };
}

/** Per hidden case: a quarter of the run's limit, at least a second, so one hanging case does not sink the rest. */
export function caseTimeoutMs(l: Limits): number {
  return Math.max(1000, Math.floor(l.timeoutMs / 4));
}
