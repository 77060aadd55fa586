// Grading many submissions: a small pool keeps `workers` gradings in flight (each is a tree of sandboxed
// processes; this process only orchestrates), results in input order.
// Default: one grading per core. Budget (performance) cases are judged by CPU time of their own cgroup against the
// reference measured in the same batch, under the same contention, so gradings in flight do not skew them (the
// library check passes three times in a row with every core saturated by busy loops, scripts/loaded-check.ts).
// batchConcurrency() is the number actually used; `assay grade-batch` records its own (default 1) in every result.
import { availableParallelism } from 'node:os';
import type { GradeReport } from '../../common/results.ts';
import type { FileSet, LoadedExercise } from '../library/load.ts';
import { mapPool } from '../library/pool.ts';
import { gradeSubmission } from './grade.ts';
import { newTimingCache } from './reference-timing.ts';

export const DEFAULT_BATCH_WORKERS = availableParallelism();

export interface BatchItem {
  ex: LoadedExercise;
  files: FileSet;
}

export interface BatchOptions {
  /** Gradings in flight; default DEFAULT_BATCH_WORKERS (one per core). */
  workers?: number;
  require?: 'full' | 'prefer-full';
  signal?: AbortSignal;
  /** Called as each grading finishes (in completion order). */
  onDone?: (index: number, report: GradeReport) => void;
}

/** The gradings in flight gradeBatch uses for these options. */
export function batchConcurrency(opts: Pick<BatchOptions, 'workers'> = {}): number {
  return Math.max(1, Math.floor(opts.workers ?? DEFAULT_BATCH_WORKERS));
}

export function gradeBatch(items: BatchItem[], opts: BatchOptions = {}): Promise<GradeReport[]> {
  // Each exercise's reference is measured once in this batch, on this machine as it is now, and reused.
  const timings = newTimingCache();
  return mapPool(items, batchConcurrency(opts), async (item, i) => {
    const report = await gradeSubmission(item.ex, item.files, { require: opts.require, signal: opts.signal, timings });
    opts.onDone?.(i, report);
    return report;
  });
}
