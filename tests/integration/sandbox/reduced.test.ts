// Reduced isolation (no bubblewrap, forced with ASSAY_DISABLE_BWRAP=1): limits and whole-tree kill still hold.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV, marker, processesWith, run, tempDir } from './helpers.ts';

process.env.ASSAY_DISABLE_BWRAP = '1';
const linux = process.platform === 'linux';
if (!linux) console.warn('[sandbox tests] reduced-mode tests use /proc and run on Linux only');

describe.skipIf(!linux)('reduced isolation', () => {
  it('require: full refuses to run without bubblewrap', async () => {
    const workDir = tempDir();
    const r = await run(['touch', 'ran'], { workDir, require: 'full' });
    expect(r.sandboxError).toMatch(/^bubblewrap is required for full isolation but it is disabled by ASSAY_DISABLE_BWRAP=1/);
    expect(r.isolation).toBe('reduced');
    expect(existsSync(join(workDir, 'ran'))).toBe(false);
  });

  it('runs with a clean environment and reports reduced isolation', async () => {
    process.env.ASSAY_PARENT_SECRET = 'leaked';
    const r = await run(['sh', '-c', 'echo "[$ASSAY_PARENT_SECRET]"; exit 5']);
    delete process.env.ASSAY_PARENT_SECRET;
    expect(r).toMatchObject({ exitCode: 5, stdout: '[]\n', isolation: 'reduced', sandboxError: null });
  });

  it('wall clock: the timeout kills the whole process group', async () => {
    const mark = marker();
    const r = await run(['sh', '-c', 'sleep 1000 & sleep 1000 & wait'], { env: { ...ENV, MARK: mark }, limits: { wallMs: 500 } });
    expect(r.limitHit).toBe('timeout');
    expect(processesWith(mark)).toEqual([]);
  });

  it('a setsid double-forked daemon is found by its environment marker and killed', async () => {
    const mark = marker();
    const py = 'import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n        time.sleep(1000)\n    os._exit(0)\nos.wait()\n';
    const r = await run(['python3', '-c', py], { env: { ...ENV, MARK: mark } });
    expect(r.exitCode).toBe(0);
    expect(processesWith(mark)).toEqual([]);
  });

  it('cancellation kills the group', async () => {
    const mark = marker();
    const controller = new AbortController();
    const pending = run(['sh', '-c', 'sleep 1000 & wait'], { env: { ...ENV, MARK: mark }, signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const r = await pending;
    expect(r.cancelled).toBe(true);
    expect(processesWith(mark)).toEqual([]);
  });

  it('cpu: an infinite loop hits the CPU limit', async () => {
    const r = await run(['sh', '-c', 'while :; do :; done'], { limits: { cpuSec: 1, wallMs: 15_000 } });
    expect(r.limitHit).toBe('cpu');
  });

  it('memory: RSS sampling stops a memory bomb', async () => {
    const py = 'import time\nchunks = []\nwhile True:\n    chunks.append(b"x" * (8 << 20))\n    time.sleep(0.01)\n';
    const r = await run(['python3', '-c', py], { limits: { memoryBytes: 96 * 1024 * 1024 } });
    expect(r.limitHit).toBe('memory');
    expect(r.peakMemoryBytes).toBeGreaterThan(96 * 1024 * 1024);
  });

  it('output and file size limits apply', async () => {
    const flood = await run(['yes'], { limits: { outputBytes: 10_000 } });
    expect(flood.limitHit).toBe('output');
    expect(flood.stdout.length).toBe(10_000);
    const big = await run(['sh', '-c', 'head -c 3000000 /dev/zero > big.bin'], { limits: { fileSizeBytes: 1_000_000 } });
    expect(big.limitHit).toBe('file_size');
  });
});
