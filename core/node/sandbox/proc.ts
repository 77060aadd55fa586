// Linux /proc reading: the process table, a run's process tree, and processes carrying an environment marker.
// Every function returns empty results where /proc does not exist (macOS, Windows).
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** Start time in clock ticks since boot; (pid, start) identifies a process across pid reuse. */
  start: number;
  threads: number;
  /** utime + stime + cutime + cstime, clock ticks. */
  cpuTicks: number;
}

/** USER_HZ: 100 on every mainstream Linux architecture. */
export const TICKS_PER_SEC = 100;

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export function parseStat(text: string): ProcInfo | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const pid = Number.parseInt(text, 10);
  const f = text.slice(close + 2).split(' '); // f[0] is field 3 (state)
  const n = (field: number) => Number(f[field - 3]);
  return { pid, ppid: n(4), pgid: n(5), start: n(22), threads: n(20), cpuTicks: n(14) + n(15) + n(16) + n(17) };
}

export function readProc(pid: number): ProcInfo | null {
  const text = readText(`/proc/${pid}/stat`);
  return text ? parseStat(text) : null;
}

export function listProcs(): ProcInfo[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcInfo[] = [];
  for (const name of names) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    const info = readProc(Number(name));
    if (info) out.push(info);
  }
  return out;
}

/** The root, its descendants, and members of its process group (when it leads one). */
export function treeOf(rootPid: number, procs: ProcInfo[]): ProcInfo[] {
  const children = new Map<number, ProcInfo[]>();
  for (const p of procs) {
    const list = children.get(p.ppid);
    if (list) list.push(p);
    else children.set(p.ppid, [p]);
  }
  const found = new Map<number, ProcInfo>();
  const queue = procs.filter((p) => p.pid === rootPid || p.pgid === rootPid);
  while (queue.length > 0) {
    const p = queue.pop()!;
    if (found.has(p.pid)) continue;
    found.set(p.pid, p);
    queue.push(...(children.get(p.pid) ?? []));
  }
  return [...found.values()];
}

/** Descendants of pid via /proc/<pid>/task/<tid>/children (cheap), or a full table scan where that is missing. */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    let tids: string[];
    try {
      tids = readdirSync(`/proc/${current}/task`);
    } catch {
      continue;
    }
    for (const tid of tids) {
      const text = readText(`/proc/${current}/task/${tid}/children`);
      if (text === null) return treeOf(pid, listProcs()).map((p) => p.pid).filter((p) => p !== pid);
      for (const child of text.split(' ').filter(Boolean).map(Number)) {
        out.push(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/** Resident set size in bytes (VmRSS), or 0 when the process is gone or is a kernel thread. */
export function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readText(`/proc/${pid}/status`) ?? '');
  return m ? Number(m[1]) * 1024 : 0;
}

/** Processes whose initial environment contains `KEY=value` exactly. */
export function procsWithEnv(entry: string, procs: ProcInfo[]): ProcInfo[] {
  return procs.filter((p) => {
    const env = readText(`/proc/${p.pid}/environ`);
    return env !== null && env.split('\0').includes(entry);
  });
}
