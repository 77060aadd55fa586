// The rlimit wrapper on its own, both variants (util-linux prlimit and the POSIX sh ulimit fallback used where
// prlimit is missing, e.g. macOS), run for real outside any sandbox.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { limitPrefix } from '../../../core/node/sandbox/limits.ts';
import { which } from '../../../core/node/sandbox/which.ts';
import { LIMITS, tempDir } from './helpers.ts';

const prlimit = which('prlimit');
const variants = [
  { name: 'sh ulimit fallback', prlimit: null },
  ...(prlimit ? [{ name: 'prlimit', prlimit }] : []),
];
if (!prlimit) console.warn('[sandbox tests] prlimit variant skipped: prlimit not found');

function runWrapped(tool: string | null, limits: Partial<typeof LIMITS>, argv: string[]) {
  const [file, ...args] = [...limitPrefix({ ...LIMITS, ...limits }, { prlimit: tool, nproc: false }), ...argv];
  return spawnSync(file, args, { cwd: tempDir(), timeout: 20_000, encoding: 'utf8' });
}

describe.each(variants)('$name', ({ prlimit: tool }) => {
  it('stops a CPU loop with SIGXCPU', () => {
    const r = runWrapped(tool, { cpuSec: 1 }, ['sh', '-c', 'while :; do :; done']);
    expect(r.signal).toBe('SIGXCPU');
  });

  it('stops an oversized write with SIGXFSZ', () => {
    const r = runWrapped(tool, { fileSizeBytes: 100_000 }, ['sh', '-c', 'head -c 1000000 /dev/zero > big.bin']);
    expect(r.status).toBe(128 + 25); // the shell reports its child's SIGXFSZ
  });

  it('limits open files and passes argv through untouched', () => {
    const r = runWrapped(tool, { openFiles: 50 }, ['sh', '-c', 'ulimit -n; printf "%s|" "$@"', 'sh', 'a b', '$HOME', ';rm -rf /']);
    expect(r.stdout).toBe('50\na b|$HOME|;rm -rf /|');
  });
});

it('rejects non-positive limits', () => {
  expect(() => limitPrefix({ ...LIMITS, cpuSec: 0 }, { prlimit: null, nproc: false })).toThrow(/cpuSec/);
});
