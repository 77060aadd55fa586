// Kattis-style validity of the write-tests and review exercises on the real toolchains: every accepted
// submission (independently written test suites and reviews, submissions/accepted/<name>/) scores 100, passes on
// every hidden correct implementation and raises no critical flag (and a review has no unmatched comment).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import { findExerciseDirs, loadExercise, readTree } from '../../../core/node/library/load.ts';
import { readdirSync } from 'node:fs';

const exercises = findExerciseDirs(join(import.meta.dirname, '../../../exercises'))
  .map(loadExercise)
  .filter((e) => e.meta.type === 'write-tests' || e.meta.type === 'review');
const cases = exercises.flatMap((ex) => readdirSync(join(ex.dir, 'submissions/accepted')).map((name) => ({ ex, name, id: ex.meta.id })));

describe.each(cases)('accepted $id/$name', ({ ex, name }) => {
  it('scores 100', async () => {
    const files = readTree(join(ex.dir, 'submissions/accepted', name));
    const g = await gradeSubmission(ex, files);
    expect({ score: g.score, verdict: g.verdict, summary: g.summary }).toMatchObject({ score: 100, verdict: 'passed' });
    expect(g.tests.filter((t) => t.name.startsWith('correct:') && t.status !== 'pass')).toEqual([]);
    expect(g.tests.filter((t) => t.name.startsWith('unmatched:'))).toEqual([]);
    expect(g.flags.filter((f) => f.severity === 'critical')).toEqual([]);
  }, 180_000);
});
