// Bundles issued from a register: a pack exported and recorded in a register, a session with some work, submitted
// and bundled; plus the raw surgery a forger would do (see ./helpers.ts) and a memoizing real grader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPack } from '../../../core/node/assessment/pack.ts';
import { Register } from '../../../core/node/assessment/register.ts';
import { startSession } from '../../../core/node/session/open.ts';
import { createBundle } from '../../../core/node/bundle/create.ts';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { sha256, canonicalJson } from '../../../core/node/container/hash.ts';
import type { LoadedExercise } from '../../../core/node/library/load.ts';
import type { GradeReport } from '../../../core/common/results.ts';
import { fakeClock, tempDir } from './helpers.ts';

export const IDS = ['go-log-sections', 'ruby-reference-extractor'] as const;

/** go-log-sections stays the starter plus a comment (fails); ruby-reference-extractor gets the reference (passes). */
export function issuedBundle(lib: string, register: Register, opts: { candidate?: string; minutes?: number } = {}) {
  const dir = tempDir();
  const pack = exportPack({
    libraryDir: lib, exerciseIds: [...IDS], title: 'Backend interview', candidateName: opts.candidate ?? 'Ada Lovelace',
    timeLimitMinutes: opts.minutes ?? 45, out: join(dir, 'p.assay-pack'),
  });
  register.issue(pack.record, pack.digest);
  const c = fakeClock();
  const s = startSession(join(dir, 'session'), pack.path, { clock: c.clock });
  c.advance(5_000);
  s.recordEdit('go-log-sections', { 'sections.go': `${s.files('go-log-sections')['sections.go']}\n// wip\n` });
  c.advance(5_000);
  const ref = readFileSync(join(lib, 'ruby/reference-extractor/reference/reference_extractor.rb'), 'utf8');
  s.recordEdit('ruby-reference-extractor', { 'reference_extractor.rb': ref });
  c.advance(60_000);
  s.submit('manual');
  const out = join(dir, 'ada.assay-submission');
  createBundle(s, { out, environment: { app: 'assay test', platform: 'linux', release: 'x', arch: 'x64', node: 'node 24', toolchains: [] } });
  return { path: out, pack, session: s };
}

/** Real grading, memoized by exercise, limits and code: the fuzz grades each distinct input once. */
export function memoGrader() {
  const cache = new Map<string, Promise<GradeReport>>();
  let runs = 0;
  const grade = (ex: LoadedExercise, code: Record<string, string>) => {
    const key = sha256(canonicalJson({ id: ex.meta.id, limits: ex.meta.limits, code: Object.entries(code) }));
    let p = cache.get(key);
    if (!p) {
      runs++;
      p = gradeSubmission(ex, code);
      cache.set(key, p);
    }
    return p;
  };
  return { grade, runs: () => runs };
}
