// Reference timings kept on disk for a short window, for one-off gradings in separate processes (successive
// `assay grade` calls): like the app, which keeps a reference measured in its process for REFERENCE_WINDOW_MS,
// successive calls within that window on the same machine form one batch and are judged against the same
// reference measurement. A stored timing is used only while everything that decides its value is unchanged: the
// exercise's content, the toolchain binary (path, size, mtime, inode) and version, the sandbox (isolation, bwrap
// binary, whether full isolation was required), the boot (boot id), the user, the machine (host name, CPU model,
// cores). Budget rows say when their reference was measured and whether it was reused.
// ASSAY_REFERENCE_WINDOW_S sets the window (0: always measure); `assay grade --fresh-reference` measures anew.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, hostname } from 'node:os';
import { join } from 'node:path';
import { writeAtomic } from '../fs/atomic-write.ts';
import { assayCacheRoot, fileIdentity, kernelKey } from '../probe-cache.ts';

const FORMAT = 1;
/** How long a reference measurement stays the batch's: the app's in-process window, between processes. */
export const REFERENCE_WINDOW_MS = 10 * 60 * 1000;

export function referenceWindowMs(env: NodeJS.ProcessEnv = process.env): number {
  const s = Number(env.ASSAY_REFERENCE_WINDOW_S);
  return env.ASSAY_REFERENCE_WINDOW_S !== undefined && env.ASSAY_REFERENCE_WINDOW_S !== '' && Number.isFinite(s) && s >= 0 ? s * 1000 : REFERENCE_WINDOW_MS;
}

/** What a stored timing must have been measured under to be reused. */
export interface TimingIdentity {
  contentHash: string;
  toolchain: { bin: string; version: string };
  isolation: { level: string; bwrap: string | null; require: string };
}

/** What a reference measurement found (reference-timing.ts's ReferenceTiming adds where it came from). */
export interface TimingRecord {
  /** Cost of the driver with no case at all (process start-up, loading the solution), ms. */
  startupMs: number;
  /** Its wall time (outside clock), ms. */
  startupWallMs: number;
  /** Net cost per budget case (start-up subtracted), ms. */
  cases: Map<string, number>;
  source: 'cgroup' | 'proc' | 'wall';
  /** Why no timing could be taken (the reference failed to build or run): budget cases then cannot be judged. */
  problem: string | null;
  /** When the measurement started (the grader's clock, ISO 8601). */
  measuredAt: string;
}

interface Stored {
  format: number;
  key: string;
  measuredAtMs: number;
  timing: { startupMs: number; startupWallMs: number; cases: [string, number][]; source: TimingRecord['source'] };
}

function keyOf(id: TimingIdentity): string {
  const parts = [
    FORMAT,
    id.contentHash,
    id.toolchain.bin,
    fileIdentity(id.toolchain.bin),
    id.toolchain.version,
    id.isolation,
    id.isolation.bwrap ? fileIdentity(id.isolation.bwrap) : null,
    kernelKey(),
    hostname(),
    cpus()[0]?.model ?? '',
    availableParallelism(),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function fileFor(key: string): string {
  return join(assayCacheRoot(), 'reference-timings', `${key.slice(0, 32)}.json`);
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** The stored timing for this identity if it was measured within the window (by this machine's clock), else null. */
export function loadStoredTiming(id: TimingIdentity, now = Date.now(), windowMs = referenceWindowMs()): (TimingRecord & { origin: 'stored' }) | null {
  if (windowMs <= 0) return null;
  const key = keyOf(id);
  let s: Stored;
  try {
    s = JSON.parse(readFileSync(fileFor(key), 'utf8')) as Stored;
  } catch {
    return null;
  }
  const age = now - s?.measuredAtMs;
  if (s?.format !== FORMAT || s.key !== key || !finite(s.measuredAtMs) || !(age >= 0 && age <= windowMs)) return null;
  const t = s.timing;
  if (!t || !finite(t.startupMs) || !finite(t.startupWallMs) || !Array.isArray(t.cases) || !['cgroup', 'proc', 'wall'].includes(t.source)) return null;
  if (!t.cases.every((c) => Array.isArray(c) && typeof c[0] === 'string' && finite(c[1]))) return null;
  return {
    startupMs: t.startupMs,
    startupWallMs: t.startupWallMs,
    cases: new Map(t.cases),
    source: t.source,
    problem: null,
    measuredAt: new Date(s.measuredAtMs).toISOString(),
    origin: 'stored' as const,
  };
}

/** Stores a successful measurement; never fails (a read-only cache only costs the next call a measurement). */
export function storeTiming(id: TimingIdentity, t: TimingRecord): void {
  if (t.problem || referenceWindowMs() <= 0) return;
  const key = keyOf(id);
  const stored: Stored = {
    format: FORMAT,
    key,
    measuredAtMs: Date.parse(t.measuredAt),
    timing: { startupMs: t.startupMs, startupWallMs: t.startupWallMs, cases: [...t.cases], source: t.source },
  };
  try {
    const file = fileFor(key);
    mkdirSync(join(assayCacheRoot(), 'reference-timings'), { recursive: true });
    writeAtomic(file, JSON.stringify(stored));
  } catch {
    // ignored: see above
  }
}
