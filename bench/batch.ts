// Batch grading throughput: the same 40 submissions (references, starters, mutants, edited references of the
// Go and Ruby seed exercises) with one worker and with one worker per core.
import type { LoadedExercise } from '../core/node/library/load.ts';
import { gradeBatch, type BatchItem } from '../core/node/grading/batch.ts';

export function submissions(exercises: LoadedExercise[], count: number): BatchItem[] {
  const pools = exercises.map((ex) => {
    const ref = { ...ex.starter, ...ex.reference };
    const path = ex.meta.editable[0]!;
    const variants = [ref, ex.starter, ...ex.mutants.map((m) => ({ ...ref, ...m.files }))];
    return { ex, variants, ref, path };
  });
  const items: BatchItem[] = [];
  for (let i = 0; items.length < count; i++) {
    const p = pools[i % pools.length]!;
    const k = Math.floor(i / pools.length);
    const files = k < p.variants.length ? p.variants[k]! : { ...p.ref, [p.path]: `${p.ref[p.path]}\n${p.ex.meta.language === 'go' ? '//' : '#'} variant ${k}\n` };
    items.push({ ex: p.ex, files });
  }
  return items;
}

export async function timeBatch(items: BatchItem[], workers: number): Promise<{ ms: number; verdicts: Record<string, number> }> {
  const t = performance.now();
  const reports = await gradeBatch(items, { workers });
  const verdicts: Record<string, number> = {};
  for (const r of reports) verdicts[r.verdict] = (verdicts[r.verdict] ?? 0) + 1;
  return { ms: performance.now() - t, verdicts };
}
