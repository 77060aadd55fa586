// Grading time for one candidate of a role profile (default `senior-backend-ci-cd`): every exercise of the profile
// graded as one batch, the candidate's answers being the references (the full grading path runs: visible tests,
// hidden cases, budget cases with the reference measured once per batch). Three batches, median printed.
// BENCH_ROOT=<checkout> grades with another checkout's code (e.g. main, for a before/after comparison);
// BENCH_PROFILE picks another profile. Nothing is asserted.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.env.BENCH_ROOT ?? join(import.meta.dirname, '..'));
const profileId = process.env.BENCH_PROFILE ?? 'senior-backend-ci-cd';
const { findExerciseDirs, loadExercise } = await import(join(root, 'core/node/library/load.ts'));
const { gradeBatch } = await import(join(root, 'core/node/grading/batch.ts'));

export async function profileGradingMs(runs = 3): Promise<{ ms: number[]; scores: number[] }> {
  const lib = join(root, 'exercises');
  const profiles = JSON.parse(readFileSync(join(lib, 'profiles.json'), 'utf8')).profiles as { id: string; exercises: string[] }[];
  const profile = profiles.find((p) => p.id === profileId);
  if (!profile) throw new Error(`no profile ${profileId} in ${lib}/profiles.json`);
  const byId = new Map<string, unknown>();
  for (const dir of findExerciseDirs(lib) as string[]) {
    const ex = loadExercise(dir);
    byId.set(ex.meta.id, ex);
  }
  const items = profile.exercises.map((id) => {
    const ex = byId.get(id) as { meta: { editable: string[] }; starter: Record<string, string>; reference: Record<string, string> };
    const all = { ...ex.starter, ...ex.reference };
    return { ex, files: Object.fromEntries(ex.meta.editable.filter((p) => p in all).map((p) => [p, all[p]])) };
  });
  await gradeBatch(items.slice(0, 1)); // warm the toolchain caches once
  const ms: number[] = [];
  let scores: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const reports = (await gradeBatch(items)) as { score: number }[];
    ms.push(performance.now() - t);
    scores = reports.map((r) => r.score);
  }
  return { ms, scores };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { ms, scores } = await profileGradingMs();
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`${profileId} (${root}): grading one candidate, median ${Math.round(sorted[1]!)} ms over ${ms.map((m) => Math.round(m)).join(', ')}; scores ${scores.join(', ')}`);
}
