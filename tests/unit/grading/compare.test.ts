import { describe, expect, it } from 'vitest';
import { canonicalJson, deeperThan, firstDifference, jsonEqual } from '../../../core/node/grading/compare.ts';

describe('jsonEqual', () => {
  it('ignores key order and compares numbers by value', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: null }] }, { b: [1.0, { c: null }], a: 1 })).toBe(true);
  });

  it.each([
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: 1, b: undefined }, { a: 1, c: 2 }],
    [[1, 2], [2, 1]],
    [[1], { 0: 1 }],
    ['1', 1],
    [0, false],
    [null, {}],
    [{ a: [] }, { a: {} }],
  ])('tells %j from %j', (a, b) => {
    expect(jsonEqual(a, b)).toBe(false);
    expect(jsonEqual(b, a)).toBe(false);
  });
});

describe('firstDifference', () => {
  it('points at the first differing path', () => {
    const want = { sections: [{ Name: 'a', Lines: 2 }, { Name: 'b', Lines: 1 }] };
    expect(firstDifference({ sections: [{ Name: 'a', Lines: 2 }, { Name: 'b', Lines: 3 }] }, want)).toBe('$.sections[1].Lines');
    expect(firstDifference({ sections: [] }, want)).toBe('$.sections (length 0, expected 2)');
    expect(firstDifference({}, want)).toBe('$.sections (missing)');
    expect(firstDifference({ ...want, extra: 1 }, want)).toBe('$.extra (unexpected)');
    expect(firstDifference(want, want)).toBeNull();
  });
});

describe('canonicalJson', () => {
  it('sorts keys and truncates long values', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(canonicalJson('x'.repeat(50), 10)).toBe('"xxxxxxxxx… (42 more characters)');
  });
});

describe('deeperThan', () => {
  it('measures nesting without recursion', () => {
    expect(deeperThan({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(deeperThan({ a: [1, { b: [] }] }, 3)).toBe(true);
    let deep: unknown = null;
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(deeperThan(deep, 200)).toBe(true);
    expect(deeperThan('text', 0)).toBe(false);
  });
});
