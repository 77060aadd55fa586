// Watches a running tree and reports the first limit it crosses. With a cgroup it reads the kernel's counters;
// without one (reduced mode, non-root) it samples the tree through /proc: summed RSS, thread count, CPU time.
// It also remembers every process it has seen, so the final kill can reach orphans that left the process group.
import type { TreeCgroup } from './cgroup.ts';
import { dirBytes } from './classify.ts';
import { listProcs, procsWithEnv, readProc, rssBytes, treeOf, TICKS_PER_SEC, type ProcInfo } from './proc.ts';
import type { LimitHit, SandboxLimits } from './types.ts';

export interface SamplerOptions {
  rootPid: number;
  limits: SandboxLimits;
  cgroup: TreeCgroup | null;
  /** `KEY=value` put into the environment of reduced-mode runs, to find daemonised descendants. */
  envMarker: string | null;
  onLimit: (hit: LimitHit) => void;
  /** The run's writable host dir, watched for total disk use (limits.diskBytes). */
  workDir: string | null;
}

/** Default cap on what one run may leave on the host disk. */
export const DEFAULT_DISK_BYTES = 128 * 1024 * 1024;
const DISK_INTERVAL_MS = 25;

const CGROUP_INTERVAL_MS = 50;
const PROC_INTERVAL_MS = 100;

export class Sampler {
  peakMemoryBytes: number | null = null;
  private readonly seen = new Map<number, number>(); // pid -> start ticks
  /** Highest CPU ticks (own + waited-for children) seen per process, keyed by pid:start (proc sampling only). */
  private readonly ticksSeen = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private diskTimer: NodeJS.Timeout | null = null;
  private readonly opts: SamplerOptions;
  /** Start time of the root; only processes born after it can carry the marker. */
  private readonly rootStart: number;

  constructor(opts: SamplerOptions) {
    this.opts = opts;
    this.rootStart = readProc(opts.rootPid)?.start ?? 0;
    if (opts.workDir) {
      const cap = opts.limits.diskBytes ?? DEFAULT_DISK_BYTES;
      const dir = opts.workDir;
      this.diskTimer = setInterval(() => {
        if (dirBytes(dir, cap) > cap) opts.onLimit('file_size');
      }, DISK_INTERVAL_MS);
      this.diskTimer.unref();
    }
    if (process.platform !== 'linux') return;
    const interval = opts.cgroup ? CGROUP_INTERVAL_MS : PROC_INTERVAL_MS;
    this.timer = setInterval(() => this.tick(), interval);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.diskTimer) clearInterval(this.diskTimer);
    this.timer = null;
    this.diskTimer = null;
  }

  /** One measurement; also called once more after the run ends so late counters are not missed. */
  tick(): LimitHit | null {
    const hit = this.opts.cgroup ? this.fromCgroup(this.opts.cgroup) : this.fromProc();
    if (hit) this.opts.onLimit(hit);
    return hit;
  }

  /** The tree's CPU time from /proc samples (reduced mode / no cgroup), or null when nothing was sampled. A
   *  parent's waited-for children count in its own cutime, so a child can be counted twice: an overestimate. */
  get cpuMs(): number | null {
    if (this.ticksSeen.size === 0) return null;
    let ticks = 0;
    for (const t of this.ticksSeen.values()) ticks += t;
    return (ticks * 1000) / TICKS_PER_SEC;
  }

  /** Processes seen during the run that still exist with the same identity. */
  survivors(): number[] {
    return [...this.seen].filter(([pid, start]) => readProc(pid)?.start === start).map(([pid]) => pid);
  }

  /** A last /proc scan for the tree and marked processes (reduced mode), added to what was seen. */
  collect(): void {
    if (process.platform !== 'linux') return;
    this.scan();
  }

  private fromCgroup(cgroup: TreeCgroup): LimitHit | null {
    const s = cgroup.stats();
    if (s.memoryPeak !== null) this.peakMemoryBytes = Math.max(this.peakMemoryBytes ?? 0, s.memoryPeak);
    if (s.oomKills > 0) return 'memory';
    if (s.pidsMaxHits > 0) return 'processes';
    if (s.cpuUsec !== null && s.cpuUsec > this.opts.limits.cpuSec * 1e6) return 'cpu';
    return null;
  }

  private scan(): ProcInfo[] {
    const procs = listProcs();
    const tree = treeOf(this.opts.rootPid, procs);
    if (this.opts.envMarker) {
      const inTree = new Set(tree.map((p) => p.pid));
      const others = procs.filter((p) => p.start >= this.rootStart && !inTree.has(p.pid) && p.pid !== process.pid);
      tree.push(...procsWithEnv(this.opts.envMarker, others));
    }
    for (const p of tree) this.seen.set(p.pid, p.start);
    return tree;
  }

  private fromProc(): LimitHit | null {
    const tree = this.scan();
    let rss = 0;
    let threads = 0;
    let ticks = 0;
    for (const p of tree) {
      rss += rssBytes(p.pid);
      threads += p.threads;
      ticks += p.cpuTicks;
      const key = `${p.pid}:${p.start}`;
      this.ticksSeen.set(key, Math.max(this.ticksSeen.get(key) ?? 0, p.cpuTicks));
    }
    if (rss > 0) this.peakMemoryBytes = Math.max(this.peakMemoryBytes ?? 0, rss);
    const { limits } = this.opts;
    if (rss > limits.memoryBytes) return 'memory';
    if (threads > limits.processes) return 'processes';
    if (ticks / TICKS_PER_SEC > limits.cpuSec) return 'cpu';
    return null;
  }
}
