// Shared cgroup filesystem plumbing for cgroup-v1.ts and cgroup-v2.ts: mount and membership lookup, counters,
// per-run directory creation (assay-<pid>-<n>), stale-directory sweeping and removal.
import { close, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmdirSync, write } from 'node:fs';
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
 * Keeps the kernel's fast path for cgroup.procs writes open while runs are being prepared. Moving a process takes a
 * global lock whose write side, after a quiet spell, first waits out an RCU grace period (4-25 ms measured here,
 * more under load); a write within about 10 ms of the previous one skips that wait (measured: gaps of 0-10 ms cost
 * 0.1 ms, gaps of 20 ms and more 5-18 ms). So, off the main thread, this process's own pid is re-written into the
 * cgroup it already belongs to (`own`: moves nothing) every few milliseconds, from the first request until every
 * placement asked for has happened (each caller's returned release; a time-only request, `forMs`, ends at the
 * next placement or after that long); the placement write then finds the path open. Never longer: while the path
 * is held open, fork and exit everywhere take a slower path. Errors are ignored: the real placement reports its
 * own. The chain's timers are unref'd, so it never keeps a process alive, and it stops by itself after WARM_CAP_MS.
 */
const WARM_EVERY_MS = 3;
const WARM_CAP_MS = 5000;
const warm = { holders: 0, until: 0, cap: 0, running: false };

export function warmAttach(own: string, forMs?: number): () => void {
  const now = performance.now();
  warm.cap = now + WARM_CAP_MS;
  if (forMs !== undefined) warm.until = Math.max(warm.until, now + forMs);
  else warm.holders++;
  if (!warm.running) {
    let fd: number;
    try {
      // One descriptor (opened here: an asynchronous open would wait for the main thread before its first write):
      // each write is then a single thread-pool task, issued at once even while the main thread is busy with
      // synchronous set-up (fs.promises.writeFile would wait for it between open and write).
      fd = openSync(join(own, 'cgroup.procs'), 'w');
    } catch {
      if (forMs === undefined) warm.holders--;
      return () => {};
    }
    warm.running = true;
    const pid = Buffer.from(String(process.pid));
    const step = (): void =>
      write(fd, pid, () => {
        const t = performance.now();
        if ((warm.holders > 0 || t < warm.until) && t < warm.cap) setTimeout(step, WARM_EVERY_MS).unref();
        else {
          warm.running = false;
          close(fd, () => {});
        }
      });
    step();
  }
  let released = forMs !== undefined;
  return () => {
    if (!released) warm.holders--;
    released = true;
    warm.until = 0; // a placement happened: time-only requests were made for it
  };
}

/** Whether the warm-up chain is running (for tests: it must end once every placement asked for has happened). */
export function attachWarming(): boolean {
  return warm.running;
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
