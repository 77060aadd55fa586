// Grading many submissions: a small pool keeps `workers` gradings in flight (each is a tree of sandboxed
// processes; this process only orchestrates), results in input order.
import { availableParallelism } from 'node:os';
import type { GradeReport } from '../../common/results.ts';
import type { FileSet, LoadedExercise } from '../library/load.ts';
import { mapPool } from '../library/pool.ts';
import { gradeSubmission } from './grade.ts';
import { newTimingCache } from './reference-timing.ts';

export interface BatchItem {
  ex: LoadedExercise;
  files: FileSet;
}

export interface BatchOptions {
  /** Gradings in flight; default: the number of CPU cores. */
  workers?: number;
  require?: 'full' | 'prefer-full';
  signal?: AbortSignal;
  /** Called as each grading finishes (in completion order). */
  onDone?: (index: number, report: GradeReport) => void;
}

export function gradeBatch(items: BatchItem[], opts: BatchOptions = {}): Promise<GradeReport[]> {
  const workers = Math.max(1, opts.workers ?? availableParallelism());
  // Each exercise's reference is measured once in this batch, on this machine as it is now, and reused.
  const timings = newTimingCache();
  return mapPool(items, workers, async (item, i) => {
    const report = await gradeSubmission(item.ex, item.files, { require: opts.require, signal: opts.signal, timings });
    opts.onDone?.(i, report);
    return report;
  });
}
