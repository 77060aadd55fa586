// Golden grading on the real toolchains with the two seed exercises: the reference scores 100 with every test
// passing, the starter fails, every mutant loses points, and syntax errors become markers.
import { describe, expect, it } from 'vitest';
import { isBudgetCase } from '../../../core/common/exercise.ts';
import { gradeSubmission } from '../../../core/node/grading/grade.ts';
import type { LoadedExercise } from '../../../core/node/library/load.ts';
import { editable, goEx, reference, rubyEx, withEditable } from '../runner/helpers.ts';

const seeds: [string, LoadedExercise][] = [
  ['go', goEx()],
  ['ruby', rubyEx()],
];

describe.each(seeds)('grading the %s seed exercise', (_lang, ex) => {
  it('scores the reference 100 with every visible and hidden test passing', async () => {
    const g = await gradeSubmission(ex, reference(ex));
    expect(g).toMatchObject({ schema: 'assay.grade/1', exerciseId: ex.meta.id, verdict: 'passed', score: 100, correctness: 100 });
    expect(g.tests.filter((t) => t.status !== 'pass')).toEqual([]);
    const hidden = g.tests.filter((t) => t.hidden);
    expect(hidden.map((t) => t.name).sort()).toEqual(ex.cases.map((c) => c.name).sort());
    expect(g.tests.filter((t) => !t.hidden).length).toBeGreaterThan(0);
    for (const t of hidden) expect(t.actual).toBe(t.expected);
    expect(g.performance).toBe(ex.cases.some(isBudgetCase) ? 100 : null);
    expect(g.flags.filter((f) => f.severity === 'critical')).toEqual([]);
  });

  it('fails the starter with a score of at most 10', async () => {
    const g = await gradeSubmission(ex, ex.starter);
    expect(g.verdict).toBe('failed');
    expect(g.score).toBeLessThanOrEqual(10);
  });

  it('takes points from every mutant', async () => {
    for (const m of ex.mutants) {
      const g = await gradeSubmission(ex, { ...reference(ex), ...m.files });
      expect({ mutant: m.name, verdict: g.verdict, below100: g.score < 100 }).toEqual({ mutant: m.name, verdict: 'failed', below100: true });
      expect(g.tests.some((t) => t.hidden && t.status !== 'pass')).toBe(true);
    }
  });

  it('grades a syntax error as compile_error with a marker and score 0', async () => {
    const source = `${reference(ex)[editable(ex)]!.trimEnd()}\n${ex.meta.language === 'go' ? 'func broken( {' : 'def broken('}\n`;
    const g = await gradeSubmission(ex, withEditable(ex, source));
    expect(g.verdict).toBe('compile_error');
    expect(g.score).toBe(0);
    expect(g.markers[0]).toMatchObject({ file: editable(ex), severity: 'error' });
    expect(g.markers[0]!.line).toBeGreaterThanOrEqual(source.trimEnd().split('\n').length - 1);
    expect(g.tests.filter((t) => t.hidden).every((t) => t.status === 'error' && t.message.startsWith('not run'))).toBe(true);
  });
});
