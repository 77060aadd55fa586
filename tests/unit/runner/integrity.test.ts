import { describe, expect, it } from 'vitest';
import { assertionFlags, checkTestSet, setProblem } from '../../../core/node/runner/integrity.ts';

describe('checkTestSet', () => {
  it('finds duplicates, unknown and missing names', () => {
    expect(checkTestSet(['A', 'B', 'B', 'X'], ['A', 'B', 'C'], false)).toEqual({ duplicates: ['B'], unexpected: ['X'], missing: ['C'] });
  });

  it('accepts subtests of expected tests only when asked to', () => {
    expect(checkTestSet(['A', 'A/case_1'], ['A'], true).unexpected).toEqual([]);
    expect(checkTestSet(['A', 'A/case_1'], ['A'], false).unexpected).toEqual(['A/case_1']);
    expect(checkTestSet(['Z/case_1'], ['A'], true).unexpected).toEqual(['Z/case_1']);
  });

  it('only checks duplicates without an expected set', () => {
    expect(checkTestSet(['A', 'A'], null, true)).toEqual({ duplicates: ['A'], unexpected: [], missing: [] });
  });

  it('describes the first problem', () => {
    expect(setProblem({ duplicates: [], unexpected: [], missing: ['A', 'B'] })).toBe('no result for tests: A, B');
    expect(setProblem({ duplicates: [], unexpected: [], missing: [] })).toBeNull();
  });
});

describe('assertionFlags', () => {
  const base = { names: ['T#a', 'T#b'], assertions: { 'T#a': 2, 'T#b': 3 } };
  it('flags passing tests without assertions or with fewer than the reference', () => {
    const flags = assertionFlags(
      [
        { name: 'T#a', status: 'pass', assertions: 0 },
        { name: 'T#b', status: 'pass', assertions: 1 },
      ],
      base,
    );
    expect(flags.map((f) => [f.code, f.severity])).toEqual([
      ['no-assertions', 'critical'],
      ['fewer-assertions', 'warning'],
    ]);
  });

  it('leaves failing tests and full counts alone', () => {
    expect(assertionFlags([{ name: 'T#a', status: 'fail', assertions: 0 }, { name: 'T#b', status: 'pass', assertions: 3 }], base)).toEqual([]);
  });
});
