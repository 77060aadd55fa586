// Workspace tmpfs mounting (core/node/runner/disk.ts) without a separate probe: the first attempt in a process
// decides. A `mount` that fails is tried once and never again; after one real success every workspace tries.
// Each test loads a fresh copy of the module (its memory is per process) and puts a logging `mount` first on PATH.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const root = process.platform === 'linux' && process.getuid?.() === 0;
if (!root) console.warn('[disk-mount] skipped: workspaces are mounted only as root on Linux');

let scratch: string;
let log: string;
const savedPath = process.env.PATH;
const savedDisable = process.env.ASSAY_DISABLE_TMPFS;

/** A `mount` that records its call and fails like mount(8) without CAP_SYS_ADMIN (exit 32). */
function failingMountFirstOnPath(): void {
  const bin = join(scratch, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'mount'), `#!/bin/sh\necho "$*" >> ${JSON.stringify(log)}\nexit 32\n`);
  chmodSync(join(bin, 'mount'), 0o755);
  process.env.PATH = `${bin}:${savedPath}`;
}

const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);
const fresh = async () => {
  vi.resetModules();
  return import('../../../core/node/runner/disk.ts');
};
const dir = () => mkdtempSync(join(scratch, 'ws-'));

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'assay-disk-mount-'));
  log = join(scratch, 'mount.log');
  delete process.env.ASSAY_DISABLE_TMPFS;
});
afterEach(() => {
  process.env.PATH = savedPath;
  if (savedDisable === undefined) delete process.env.ASSAY_DISABLE_TMPFS;
  else process.env.ASSAY_DISABLE_TMPFS = savedDisable;
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!root)('workspace tmpfs mounting', () => {
  it('a failed first mount is remembered: later workspaces do not try again', async () => {
    failingMountFirstOnPath();
    const disk = await fresh();
    expect(disk.mountCapped(dir())).toBe(false);
    expect(disk.mountCapped(dir())).toBe(false);
    expect(disk.canMountTmpfs()).toBe(false);
    expect(calls()).toBe(1);
  });

  it('after a real mount, a later failure does not switch mounting off', async () => {
    const disk = await fresh();
    const first = dir();
    expect(disk.mountCapped(first, 1024 * 1024)).toBe(true);
    disk.unmount(first);
    failingMountFirstOnPath();
    expect(disk.mountCapped(dir())).toBe(false);
    expect(disk.mountCapped(dir())).toBe(false);
    expect(calls()).toBe(2);
    process.env.PATH = savedPath;
    const again = dir();
    expect(disk.mountCapped(again, 1024 * 1024)).toBe(true);
    disk.unmount(again);
  });

  it('canMountTmpfs before any workspace mounts a scratch dir once, and leaves nothing mounted', async () => {
    const disk = await fresh();
    expect(disk.canMountTmpfs()).toBe(true);
    expect(readFileSync('/proc/self/mounts', 'utf8')).not.toContain('assay-mount-probe-');
    failingMountFirstOnPath();
    expect(disk.canMountTmpfs()).toBe(true); // answered from memory, no second trial
    expect(calls()).toBe(0);
  });

  it('ASSAY_DISABLE_TMPFS=1 never runs mount', async () => {
    failingMountFirstOnPath();
    process.env.ASSAY_DISABLE_TMPFS = '1';
    const disk = await fresh();
    expect(disk.mountCapped(dir())).toBe(false);
    expect(disk.canMountTmpfs()).toBe(false);
    expect(calls()).toBe(0);
  });
});
