// Resource limits under full isolation: each limit fires, is reported in limitHit, and leaves no process behind.
import { readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cgroupsAvailable, ENV, fullIsolation, marker, processesWith, run, tempDir } from './helpers.ts';

const full = await fullIsolation();
const cgroups = await cgroupsAvailable();
if (!cgroups) console.warn('[sandbox tests] no per-run cgroups here: memory and processes are enforced by sampling');

describe.skipIf(!full)('limits under full isolation', () => {
  it('wall clock: sleep 1000 is killed as timeout', async () => {
    const mark = marker();
    const r = await run(['sh', '-c', `sleep 1000; : ${mark}`], { limits: { wallMs: 500 } });
    expect(r.limitHit).toBe('timeout');
    expect(r.exitCode).toBe(null);
    expect(r.signal).toBe('SIGKILL');
    expect(processesWith(mark)).toEqual([]);
  });

  it('cpu: an infinite loop hits the CPU limit before the wall clock', async () => {
    const r = await run(['sh', '-c', 'while :; do :; done'], { limits: { cpuSec: 1, wallMs: 15_000 } });
    expect(r.limitHit).toBe('cpu');
  });

  it('cpu: the limit covers the whole tree, not just one process', async () => {
    // 20 sequential children of ~0.3 s CPU each: every process stays far below RLIMIT_CPU, the tree does not.
    const child = "i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done";
    const script = `for n in $(seq 20); do sh -c '${child}'; echo $n; done; echo DONE`;
    const r = await run(['sh', '-c', script], { limits: { cpuSec: 1, wallMs: 60_000 } });
    expect(r.limitHit).toBe('cpu');
    expect(r.stdout).not.toContain('DONE');
  });

  it('processes: a fork bomb is contained and nothing survives', async () => {
    const mark = marker();
    const r = await run(['sh', '-c', 'b() { b | b & }; b; sleep 30', mark], { limits: { processes: 32, wallMs: 5_000 } });
    // With a cgroup, pids.max reports the hit and the run is stopped at once. Without one (non-root), RLIMIT_NPROC
    // in the sandbox's user namespace makes forks fail; the bomb fizzles and the run ends at the wall clock.
    if (cgroups) expect(r.limitHit).toBe('processes');
    else expect(['processes', 'timeout']).toContain(r.limitHit);
    expect(processesWith(mark)).toEqual([]);
  });

  it('memory: a Python memory bomb is stopped by the memory limit', async () => {
    const py = 'import time\nchunks = []\nwhile True:\n    chunks.append(b"x" * (8 << 20))\n';
    const r = await run(['python3', '-c', py], { limits: { memoryBytes: 96 * 1024 * 1024 } });
    expect(r.limitHit).toBe('memory');
    expect(r.peakMemoryBytes).toBeGreaterThan(64 * 1024 * 1024);
  });

  it('memory: a Go memory bomb is stopped (no RLIMIT_AS; the Go runtime starts normally)', async () => {
    const workDir = tempDir();
    writeFileSync(join(workDir, 'go.mod'), 'module bomb\n\ngo 1.19\n');
    writeFileSync(
      join(workDir, 'main.go'),
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n\t\tb := make([]byte, 8<<20)\n\t\tfor i := range b {\n\t\t\tb[i] = 1\n\t\t}\n\t\tkeep = append(keep, b)\n\t\tfmt.Println(len(keep))\n\t}\n}\n',
    );
    const env = { ...ENV, GOCACHE: join(workDir, '.cache'), GOPATH: join(workDir, '.gopath'), CGO_ENABLED: '0' };
    const build = await run(['go', 'build', '-o', 'bomb', '.'], { workDir, env, limits: { wallMs: 60_000, cpuSec: 60 } });
    expect(build.exitCode).toBe(0);
    const r = await run(['./bomb'], { workDir, env, limits: { memoryBytes: 128 * 1024 * 1024 } });
    expect(r.limitHit).toBe('memory');
    expect(r.stdout).toContain('\n5\n'); // it did run and allocate before being stopped
  });

  it('output: a flood is cut at outputBytes and killed', async () => {
    let streamed = 0;
    const r = await run(['yes', 'flood'], {
      limits: { outputBytes: 64 * 1024 },
      onOutput: (_s, text) => {
        streamed += Buffer.byteLength(text);
      },
    });
    expect(r.limitHit).toBe('output');
    expect(Buffer.byteLength(r.stdout)).toBe(64 * 1024);
    expect(streamed).toBeLessThanOrEqual(64 * 1024);
  });

  it('file size: a write past RLIMIT_FSIZE is stopped (SIGXFSZ)', async () => {
    const workDir = tempDir();
    const r = await run(['sh', '-c', 'head -c 3000000 /dev/zero > big.bin'], { workDir, limits: { fileSizeBytes: 1_000_000 } });
    expect(r.limitHit).toBe('file_size');
    expect(statSync(join(workDir, 'big.bin')).size).toBe(1_000_000);
  });

  it('file size: a runtime that ignores SIGXFSZ (Python) gets EFBIG and is still reported', async () => {
    const workDir = tempDir();
    const py = 'with open("big.bin", "wb") as f:\n    f.write(b"x" * 3000000)\n';
    const r = await run(['python3', '-c', py], { workDir, limits: { fileSizeBytes: 1_000_000 } });
    expect(r.stderr).toContain('File too large');
    expect(r.limitHit).toBe('file_size');
  });

  it('disk: many files each under the per-file cap are stopped at the total cap', async () => {
    const workDir = tempDir();
    const fill = 'i=0; while true; do head -c 900000 /dev/zero > f$i.bin || exit 3; i=$((i+1)); done';
    const r = await run(['sh', '-c', fill], { workDir, limits: { fileSizeBytes: 1_000_000, diskBytes: 20_000_000 } });
    expect(r.limitHit).toBe('file_size');
    const total = readdirSync(workDir).reduce((n, f) => n + statSync(join(workDir, f)).size, 0);
    expect(total).toBeGreaterThan(20_000_000);
    expect(total).toBeLessThan(400_000_000);
  });

  it('open files: RLIMIT_NOFILE applies', async () => {
    const py = 'import os\nfds = []\ntry:\n    while True:\n        fds.append(os.open("/dev/null", os.O_RDONLY))\nexcept OSError:\n    print(len(fds) + 3)\n';
    const r = await run(['python3', '-c', py], { limits: { openFiles: 40 } });
    expect(r.stdout.trim()).toBe('40');
  });

  it('a normal run reports no limit and a measured peak memory', async () => {
    const r = await run(['python3', '-c', 'x = b"y" * (20 << 20); print(len(x))']);
    expect(r.limitHit).toBe(null);
    expect(r.stdout.trim()).toBe(String(20 << 20));
    expect(r.peakMemoryBytes).toBeGreaterThan(20 << 20);
  });
});
