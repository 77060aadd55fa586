// Shared by the adversarial suite: the two seed exercises, hostile submissions loaded from fixtures (with their
// placeholders filled in), grading them under full isolation while recording the run's workspaces, and the
// containment checks every hostile submission must pass (no `passed`, no score above the honest starter's, no
// process left behind, nothing written outside the work dir).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Limits } from '../../core/common/exercise.ts';
import type { GradeReport } from '../../core/common/results.ts';
import { gradeSubmission } from '../../core/node/grading/grade.ts';
import { loadExercise, type LoadedExercise } from '../../core/node/library/load.ts';
import { detectIsolation } from '../../core/node/sandbox/detect.ts';
import type { Canaries } from './canaries.ts';
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
