// Shared pieces for the sandbox integration tests: temp work dirs, default limits, and /proc checks for leftovers.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll } from 'vitest';
import { createTreeCgroup } from '../../../core/node/sandbox/cgroup.ts';
import { detectIsolation } from '../../../core/node/sandbox/detect.ts';
import { runSandboxed } from '../../../core/node/sandbox/run.ts';
import type { SandboxLimits, SandboxResult, SandboxSpec } from '../../../core/node/sandbox/types.ts';

export const LIMITS: SandboxLimits = {
  wallMs: 20_000,
  cpuSec: 10,
  memoryBytes: 256 * 1024 * 1024,
  processes: 64,
  fileSizeBytes: 4 * 1024 * 1024,
  openFiles: 256,
  outputBytes: 1024 * 1024,
};

export const ENV = { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8' };

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory (removed after the file's tests), optionally under `parent`. */
export function tempDir(prefix = 'assay-sbx-', parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  created.push(dir);
  return dir;
}

export function run(argv: string[], over: Partial<Omit<SandboxSpec, 'limits'>> & { limits?: Partial<SandboxLimits> } = {}): Promise<SandboxResult> {
  const { limits, ...rest } = over;
  return runSandboxed({ argv, workDir: rest.workDir ?? tempDir(), env: ENV, ...rest, limits: { ...LIMITS, ...limits } });
}

/** A unique string to put in a command line, so leftovers can be found in /proc. */
export function marker(): string {
  return `assay-marker-${randomUUID()}`;
}

/** Pids whose command line or environment contains the marker (excluding this test process). */
export function processesWith(mark: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    for (const file of ['cmdline', 'environ']) {
      try {
        if (readFileSync(`/proc/${name}/${file}`, 'utf8').includes(mark)) found.push(Number(name));
      } catch {
        // exited, or not ours to read
      }
    }
  }
  return found;
}

/** Whether full isolation is available; prints why not, because the tests that need it are then skipped. */
export async function fullIsolation(): Promise<boolean> {
  const det = await detectIsolation();
  if (det.isolation !== 'full') console.warn(`[sandbox tests] full-isolation tests skipped: ${det.detail}`);
  return det.isolation === 'full';
}

/** Whether this host lets the sandbox create per-run cgroups (root, or a delegated cgroup v2). */
export async function cgroupsAvailable(): Promise<boolean> {
  const cgroup = createTreeCgroup({ memoryBytes: 64 * 1024 * 1024, processes: 8 });
  await cgroup?.dispose();
  return cgroup !== null;
}
