// The reference solution's cost for each budget case, measured exactly like a candidate's (one sandboxed process
// per case, CPU time from outside) on this machine, once per grading batch and exercise content, then reused.
// Relative budgets make a verdict independent of the machine: a loaded or slow box slows both sides alike.
// One-off gradings in separate processes may share a measurement for a short window (reference-store.ts).
import { createHash } from 'node:crypto';
import { isBudgetCase, type HiddenCase } from '../../common/exercise.ts';
import { solutionFiles, type FileSet, type LoadedExercise } from '../library/load.ts';
import type { DriverOutcome, PreparedDriver } from '../runner/driver-results.ts';
import { detectIsolation } from '../sandbox/detect.ts';
import { goToolchain, rubyToolchain } from '../toolchains.ts';
import { loadStoredTiming, REFERENCE_WINDOW_MS, storeTiming, type TimingIdentity, type TimingRecord } from './reference-store.ts';
import type { RunContext } from '../runner/sandbox-step.ts';
import { hiddenDriver } from '../runner/suites.ts';
import { withWorkspace } from '../runner/workspace.ts';

export interface ReferenceTiming extends TimingRecord {
  /** measured: by this process for this grading or batch; stored: reused from an earlier process within the window. */
  origin: 'measured' | 'stored';
}

/** One grading batch's reference timings, keyed by exercise content hash. */
export type TimingCache = Map<string, Promise<ReferenceTiming>>;

/** Used by single gradings outside a batch (one CLI `grade`, one app grading). In a long-lived process (the app)
 *  it is forgotten after PROCESS_CACHE_MS, so the reference is re-measured under the machine's current load. */
const processCache: TimingCache = new Map();
const PROCESS_CACHE_MS = REFERENCE_WINDOW_MS;
let processCacheSince = Date.now();

export const REFERENCE_RUNS = 3;

/** Forgets the process-wide reference timings (a new batch measures again; used by repeated library checks). */
export function forgetReferenceTimings(): void {
  processCache.clear();
  processCacheSince = Date.now();
}

export function newTimingCache(): TimingCache {
  return new Map();
}

export function exerciseContentHash(ex: LoadedExercise): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([ex.meta, ex.starter, ex.reference, ex.hiddenFiles, ex.cases.filter(isBudgetCase)]));
  return h.digest('hex');
}

/** What a run cost, from outside: the cgroup's or /proc's CPU counter, else the wall clock; plus its wall time. */
/** Wall time counts too, divided by this: time spent sleeping or waiting is slow for a user, but a loaded machine
 *  stretches wall time (measured: 6x at a load average of 12 on 2 cores), so only a wall time far beyond the CPU time can decide. */
export const WALL_SLACK = 10;

/** A run's net cost: CPU time past the reference's start-up, or its net wall time / WALL_SLACK if larger. */
export function netCost(c: { ms: number; wallMs: number }, t: Pick<ReferenceTiming, 'startupMs' | 'startupWallMs'>): number {
  return Math.max(0, c.ms - t.startupMs, (c.wallMs - t.startupWallMs) / WALL_SLACK);
}

export function runCost(o: DriverOutcome): { ms: number; wallMs: number; source: ReferenceTiming['source'] } {
  if (o.cpuMs !== null) return { ms: o.cpuMs, wallMs: o.runMs, source: o.cpuSource ?? 'proc' };
  return { ms: o.runMs, wallMs: o.runMs, source: 'wall' };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function caseJson(c: HiddenCase): string {
  return JSON.stringify([{ name: c.name, call: c.call, input: c.input }]);
}

export function referenceSolution(ex: LoadedExercise): FileSet {
  const all: FileSet = { ...ex.starter, ...ex.reference };
  return solutionFiles(ex, Object.fromEntries(ex.meta.editable.filter((p) => p in all).map((p) => [p, all[p]!])));
}

/** How a one-off grading uses the measurements stored between processes (reference-store.ts): reuse one from
 *  within the window (else measure and store), renew it (measure and store), or none (measure, store nothing). */
export type StoredReference = 'reuse' | 'renew' | 'none';

export function referenceTiming(ex: LoadedExercise, ctx: RunContext, cache: TimingCache = processCache, stored: StoredReference = 'none'): Promise<ReferenceTiming> {
  if (cache === processCache && Date.now() - processCacheSince > PROCESS_CACHE_MS) forgetReferenceTimings();
  const key = exerciseContentHash(ex);
  let p = cache.get(key);
  if (!p) {
    const fresh = () => withWorkspace(async (ws) => measure(await hiddenDriver({ ...ctx, runId: `${ctx.runId}-reference` }, ex, ws, referenceSolution(ex)), ex));
    p = stored === 'none' ? fresh() : throughStore(ex, ctx, key, fresh, stored === 'reuse');
    cache.set(key, p);
    void p.then((t) => t.problem && cache.delete(key), () => cache.delete(key)); // retried next time
  }
  return p;
}

async function throughStore(ex: LoadedExercise, ctx: RunContext, contentHash: string, fresh: () => Promise<ReferenceTiming>, reuse: boolean): Promise<ReferenceTiming> {
  const tc = ex.meta.language === 'go' ? await goToolchain() : await rubyToolchain();
  const iso = await detectIsolation();
  const id: TimingIdentity = { contentHash, toolchain: { bin: tc.bin, version: tc.version }, isolation: { level: iso.isolation, bwrap: iso.bwrap, require: ctx.require } };
  const hit = reuse ? loadStoredTiming(id) : null;
  if (hit) return hit;
  const t = await fresh();
  storeTiming(id, t);
  return t;
}

async function measure(driver: PreparedDriver, ex: LoadedExercise): Promise<ReferenceTiming> {
  const out: ReferenceTiming = { startupMs: 0, startupWallMs: 0, cases: new Map(), source: 'cgroup', problem: null, measuredAt: new Date().toISOString(), origin: 'measured' };
  if (driver.failed) return { ...out, problem: `the reference driver did not build: ${driver.failed.summary}` };
  const sample = async (json: string, names: string[], tag: string): Promise<{ ms: number; wallMs: number }[] | null> => {
    const costs: { ms: number; wallMs: number }[] = [];
    for (let i = 0; i < REFERENCE_RUNS; i++) {
      const o = await driver.run(json, names, `reference-${tag}-${i}`, { measured: true });
      if (o.verdict !== 'passed') {
        out.problem ??= `the reference's ${tag} run ended ${o.verdict}: ${o.summary}`;
        return null;
      }
      const c = runCost(o);
      out.source = c.source;
      costs.push(c);
    }
    return costs;
  };
  const startup = await sample('[]', [], 'startup');
  if (!startup) return out;
  out.startupMs = median(startup.map((c) => c.ms));
  out.startupWallMs = median(startup.map((c) => c.wallMs));
  const budgets = ex.cases.filter(isBudgetCase);
  for (const [i, c] of budgets.entries()) {
    const costs = await sample(caseJson(c), [c.name], `budget${i}`);
    if (!costs) break;
    out.cases.set(c.name, median(costs.map((x) => netCost(x, out))));
  }
  return out;
}
