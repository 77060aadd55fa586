// Shared by the adversarial suite: the two seed exercises, hostile submissions loaded from fixtures (with their
// placeholders filled in), grading them under full isolation while recording the run's workspaces, and the
// containment checks every hostile submission must pass (no `passed`, no score above the honest starter's, no
// process left behind, nothing written outside the work dir).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Limits } from '../../core/common/exercise.ts';
import type { GradeReport, Verdict } from '../../core/common/results.ts';
import { gradeSubmission } from '../../core/node/grading/grade.ts';
import { loadExercise, type LoadedExercise } from '../../core/node/library/load.ts';
import { detectIsolation } from '../../core/node/sandbox/detect.ts';
import { plantCanaries, type Canaries } from './canaries.ts';
import { processesWith } from './procs.ts';
import { recordWorkspaces, type WorkspaceSnapshot } from './workspaces.ts';

const EXERCISES = join(import.meta.dirname, '../../exercises');
const SUBMISSIONS = join(import.meta.dirname, 'submissions');

export const goEx = (): LoadedExercise => loadExercise(join(EXERCISES, 'go/log-sections'));
export const rubyEx = (): LoadedExercise => loadExercise(join(EXERCISES, 'ruby/reference-extractor'));

/** Limits for resource bombs: short enough to keep the suite fast, roomy enough for the honest starter. */
export const TIGHT: Partial<Limits> = { timeoutMs: 3000, memoryMb: 256 };

export function withLimits(ex: LoadedExercise, limits: Partial<Limits>): LoadedExercise {
  return { ...ex, meta: { ...ex.meta, limits: { ...ex.meta.limits, ...limits } } };
}

/** A unique token: put in a submission's process names / argv so leftovers can be found in /proc. */
export function newMarker(tag: string): string {
  return `ADV${tag.replace(/[^A-Za-z0-9]/g, '')}${randomBytes(6).toString('hex')}`;
}

/** A fixture under submissions/ with every `__KEY__` placeholder replaced; unknown placeholders are an error. */
export function fixture(path: string, values: Record<string, string | number>): string {
  const text = readFileSync(join(SUBMISSIONS, path), 'utf8');
  return text.replace(/__([A-Z_]+)__/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`${path}: no value for placeholder __${key}__`);
    return String(values[key]);
  });
}

/** Whether bubblewrap isolation is available. Hostile code never runs without it (it could kill the host). */
export async function fullIsolation(): Promise<boolean> {
  const det = await detectIsolation();
  if (det.isolation !== 'full') console.warn(`[adversarial] every hostile submission skipped: no full isolation (${det.detail})`);
  return det.isolation === 'full';
}

const starterScores = new Map<string, Promise<number>>();

/** The honest starter's score: no hostile submission may beat it. */
export function starterScore(ex: LoadedExercise): Promise<number> {
  let p = starterScores.get(ex.meta.id);
  if (!p) {
    p = gradeSubmission(ex, ex.starter, { require: 'full' }).then((g) => g.score);
    starterScores.set(ex.meta.id, p);
  }
  return p;
}

export interface Graded {
  report: GradeReport;
  workspaces: WorkspaceSnapshot[];
  /** Processes carrying the marker or a workspace path, right after grading returned. */
  leftovers: string[];
}

/** Grades one hostile source under `require: 'full'`, recording every workspace the run used. */
export async function gradeHostile(ex: LoadedExercise, source: string, marker: string, opts: { readContents?: boolean } = {}): Promise<Graded> {
  const rec = recordWorkspaces(opts.readContents ?? false);
  try {
    const report = await gradeSubmission(ex, { [ex.meta.editable[0]!]: source }, { require: 'full' });
    const leftovers = processesWith([marker, ...rec.snapshots.map((w) => w.root)]);
    return { report, workspaces: rec.snapshots, leftovers };
  } finally {
    rec.stop();
  }
}

/**
 * What holds for every hostile submission: never `passed`, never above the honest starter, no process left
 * behind, the planted canaries outside untouched, and no file named PWNED anywhere in the run's workspaces
 * (attacks name what they try to write outside that way, so one landing in the workspace root escaped its dir).
 */
export function expectContained(g: Graded, starter: number, canaries: Canaries): void {
  const { report } = g;
  const why = `${report.verdict}: ${report.summary}`;
  expect(report.verdict, why).not.toBe('passed');
  expect(report.score, why).toBeLessThanOrEqual(starter);
  expect(g.leftovers, 'processes left behind').toEqual([]);
  expect(canaries.problems(), 'canaries outside the work dir').toEqual([]);
  expect(g.workspaces.length, 'the run used at least one workspace').toBeGreaterThan(0);
  const escaped = g.workspaces.flatMap((w) => w.files.filter((f) => f.path.includes('PWNED')).map((f) => `${w.root}/${f.path}`));
  expect(escaped, 'files an attack meant to write outside its work dir').toEqual([]);
}

export interface SuiteContext {
  canaries: Canaries;
  /** The honest starter's score per exercise id. */
  starter: Record<string, number>;
}

/**
 * Registers the file's hooks: canaries planted before any hostile code runs (checked intact and removed after
 * the last test) and the honest starters graded. The returned object is filled in by beforeAll.
 */
export function useSuite(exercises: LoadedExercise[]): SuiteContext {
  const ctx = { starter: {} } as SuiteContext;
  beforeAll(async () => {
    ctx.canaries = plantCanaries();
    for (const ex of exercises) ctx.starter[ex.meta.id] = await starterScore(ex);
  });
  afterAll(() => {
    if (!ctx.canaries) return;
    const problems = ctx.canaries.problems();
    ctx.canaries.remove();
    expect(problems, 'canaries outside the work dir after the whole file').toEqual([]);
  });
  return ctx;
}

/** Placeholder values every fixture may use. */
export function baseValues(marker: string, canaries: Canaries): Record<string, string> {
  return { MARKER: marker, CANARY_TMP: canaries.tmpDir, CANARY_HOME: canaries.homeDir, HOST_HOME: homedir() };
}

export interface Attack {
  name: string;
  ex: LoadedExercise;
  /** A fixture path under submissions/, or the source built from the placeholder values. */
  source: string | ((values: Record<string, string>) => string);
  /** The verdicts that are acceptable for this attack (always a subset of the non-passing ones). */
  verdicts?: Verdict[];
  /** Extra placeholder values (a function when they exist only once the file's hooks have run). */
  values?: Record<string, string | number> | (() => Record<string, string | number>);
  readContents?: boolean;
  check?: (g: Graded, marker: string) => void | Promise<void>;
}

/** Grades one attack and asserts containment, the verdict, and the attack's own checks. */
export async function runAttack(ctx: SuiteContext, a: Attack): Promise<Graded> {
  const marker = newMarker(a.name.slice(0, 24));
  const extra = (typeof a.values === 'function' ? a.values() : a.values) ?? {};
  const values = { ...baseValues(marker, ctx.canaries), ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])) };
  const source = typeof a.source === 'string' ? fixture(a.source, values) : a.source(values);
  let g: Graded;
  try {
    g = await gradeHostile(a.ex, source, marker, { readContents: a.readContents });
  } catch (e) {
    throw new Error(`gradeSubmission threw instead of returning a verdict for a hostile submission: ${(e as Error).message}`, { cause: e });
  }
  if (process.env.ASSAY_ADV_VERBOSE) console.log(`[adversarial] ${a.name}\n  -> ${g.report.verdict} (score ${g.report.score}): ${g.report.summary}\n  output (tail): ${JSON.stringify(g.report.output.slice(-1500))}`);
  expectContained(g, ctx.starter[a.ex.meta.id]!, ctx.canaries);
  if (a.verdicts) expect(a.verdicts, `${g.report.verdict}: ${g.report.summary}`).toContain(g.report.verdict);
  await a.check?.(g, marker);
  return g;
}
