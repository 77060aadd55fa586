// The cgroup placement warm-up (cgroup-fs.ts warmAttach): it runs while a placement is pending and ends once
// every placement asked for has happened, so it never holds the kernel's slow path open for fork and exit longer
// than a run's set-up. What it saves (a grace period per placement) is measured by bench/cli.ts, not here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachWarming, ownV1Dir, warmAttach } from '../../../core/node/sandbox/cgroup-fs.ts';
import { fullIsolation, run } from './helpers.ts';

const full = await fullIsolation();
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));
/** Polls until the chain has stopped (its last write may wait out a grace period on a loaded machine). The bound
 *  only tells "stops" from "never stops"; it returns as soon as the chain has ended. */
async function stopped(): Promise<boolean> {
  for (let i = 0; i < 1000 && attachWarming(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  return !attachWarming();
}

function ownCgroupDir(): string | null {
  const v1 = ownV1Dir('pids');
  if (v1) return v1;
  const own = readFileSync('/proc/self/cgroup', 'utf8').split('\n').find((l) => l.startsWith('0::'));
  return own ? `/sys/fs/cgroup${own.slice(3)}` : null;
}

describe.skipIf(!full)('cgroup placement warm-up', () => {
  it('runs while any placement is pending and stops when the last one is released', async () => {
    const own = ownCgroupDir()!;
    const first = warmAttach(own);
    const second = warmAttach(own);
    await settle();
    expect(attachWarming()).toBe(true);
    first();
    first(); // releasing twice counts once
    await settle();
    expect(attachWarming()).toBe(true);
    second();
    expect(await stopped()).toBe(true);
  });

  it('a time-only request ends after its time, or at the next placement', async () => {
    const own = ownCgroupDir()!;
    warmAttach(own, 300);
    expect(attachWarming()).toBe(true);
    expect(await stopped()).toBe(true);
    warmAttach(own, 60_000);
    const placed = warmAttach(own);
    await settle();
    expect(attachWarming()).toBe(true);
    placed();
    expect(await stopped()).toBe(true);
  });

  it('a sandboxed run leaves no warm-up behind, and this process in its own cgroups', async () => {
    const before = readFileSync('/proc/self/cgroup', 'utf8');
    const r = await run(['sh', '-c', 'echo placed']);
    expect(r.stdout).toBe('placed\n');
    expect(await stopped()).toBe(true);
    expect(readFileSync('/proc/self/cgroup', 'utf8')).toBe(before);
  });

  it('an unwritable cgroup starts nothing', async () => {
    const release = warmAttach('/nonexistent-cgroup-dir');
    expect(attachWarming()).toBe(false);
    release();
  });
});
