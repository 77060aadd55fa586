// Shared cgroup filesystem plumbing for cgroup-v1.ts and cgroup-v2.ts: mount and membership lookup, counters,
// per-run directory creation (assay-<pid>-<n>), stale-directory sweeping and removal.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface Mount {
  point: string;
  type: string;
  options: string[];
}

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function tryRead(path: string): string | null {
  try {
    return read(path);
  } catch {
    return null;
  }
}

export function mounts(): Mount[] {
  return (tryRead('/proc/self/mounts') ?? '').split('\n').flatMap((line) => {
    const [, point, type, opts] = line.split(' ');
    return type === 'cgroup' || type === 'cgroup2' ? [{ point, type, options: opts.split(',') }] : [];
  });
}

/** This process's own cgroup directory in the cgroup v1 hierarchy holding `controller`, or null. */
export function ownV1Dir(controller: string): string | null {
  const mount = mounts().find((m) => m.type === 'cgroup' && m.options.includes(controller));
  const own = ownPaths();
  const key = [...own.keys()].find((k) => k.split(',').includes(controller));
  return mount && key !== undefined ? join(mount.point, own.get(key)!) : null;
}

/** Own cgroup path per hierarchy: '' for v2, else the controller list ("memory", "cpu,cpuacct"). */
export function ownPaths(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of (tryRead('/proc/self/cgroup') ?? '').split('\n')) {
    const m = /^\d+:([^:]*):(.*)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

export function keyed(text: string | null, key: string): number {
  const m = new RegExp(`^${key} (\\d+)$`, 'm').exec(text ?? '');
  return m ? Number(m[1]) : 0;
}

export function killPids(pids: number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export function procsOf(dir: string): number[] {
  return (tryRead(join(dir, 'cgroup.procs')) ?? '').split('\n').filter(Boolean).map(Number);
}

let sequence = 0;
const sweptParents = new Set<string>();

/** Removes leftovers of runs whose owning process died without cleaning up (assay-<pid>-<n>). */
function sweepStale(parent: string): void {
  if (sweptParents.has(parent)) return;
  sweptParents.add(parent);
  let names: string[] = [];
  try {
    names = readdirSync(parent).filter((n) => /^assay-\d+-\d+$/.test(n));
  } catch {
    return;
  }
  for (const name of names) {
    const owner = Number(name.split('-')[1]);
    if (owner === process.pid || existsSync(`/proc/${owner}`)) continue;
    killPids(procsOf(join(parent, name)));
    try {
      rmdirSync(join(parent, name));
    } catch {
      // still busy; the next process start retries
    }
  }
}

export function nextName(): string {
  return `assay-${process.pid}-${++sequence}`;
}

export function makeChild(parent: string, name: string): string {
  sweepStale(parent);
  const dir = join(parent, name);
  mkdirSync(dir);
  return dir;
}

/**
 * Starts, off the main thread, the kernel's slow path of a first cgroup.procs write: moving a process takes a global
 * lock whose write side, after a quiet spell, first waits out an RCU grace period (5-15 ms here), and writes within
 * about a grace period of the last one skip that wait. Writing this process's own pid into the cgroup it already
 * belongs to (`own`) moves nothing; done while bwrap sets up, it lets the sandbox's placement write skip the wait.
 * Errors are ignored: the real placement reports its own.
 */
export function warmAttach(own: string): void {
  writeFile(join(own, 'cgroup.procs'), String(process.pid)).catch(() => {});
}

export async function removeDirs(dirs: string[], waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (const dir of dirs) {
    for (;;) {
      killPids(procsOf(dir));
      try {
        rmdirSync(dir);
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  }
}

export interface Limits {
  memoryBytes: number;
  processes: number;
}
