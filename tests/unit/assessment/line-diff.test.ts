import { describe, expect, it } from 'vitest';
import { applyDiff, diffLines, diffStats, diffText, toLines, DiffError } from '../../../core/node/session/line-diff.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function mutate(lines: string[], rand: () => number): string[] {
  const out = [...lines];
  const edits = 1 + Math.floor(rand() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (out.length + 1));
    const kind = rand();
    if (kind < 0.33) out.splice(at, 0, `new ${Math.floor(rand() * 1000)}`);
    else if (kind < 0.66) out.splice(at, 1 + Math.floor(rand() * 3));
    else if (at < out.length) out[at] = `${out[at]} changed`;
  }
  return out;
}

describe('line diff', () => {
  it('round-trips random edits exactly', () => {
    const rand = rng(42);
    for (let n = 0; n < 400; n++) {
      const a = Array.from({ length: Math.floor(rand() * 60) }, (_, i) => `line ${i % 7}`);
      const b = mutate(a, rand);
      expect(applyDiff(a, diffLines(a, b))).toEqual(b);
    }
  });

  it('produces a shortest edit script (checked against an LCS table)', () => {
    const lcs = (a: string[], b: string[]) => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return t[a.length]![b.length]!;
    };
    const rand = rng(7);
    for (let n = 0; n < 200; n++) {
      const a = Array.from({ length: Math.floor(rand() * 25) }, () => 'xyz'[Math.floor(rand() * 3)]!);
      const b = Array.from({ length: Math.floor(rand() * 25) }, () => 'xyz'[Math.floor(rand() * 3)]!);
      const { added, removed } = diffStats(diffLines(a, b));
      expect(added + removed).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });

  it('encodes a one-line change compactly', () => {
    const a = ['package x', '', 'func F() {', '\treturn 1', '}', ''];
    const b = ['package x', '', 'func F() {', '\treturn 2', '}', ''];
    expect(diffLines(a, b)).toEqual([3, -1, ['\treturn 2'], 2]);
    expect(diffStats(diffLines(a, b))).toEqual({ added: 1, removed: 1 });
  });

  it('finds the minimal script for interleaved changes', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const b = ['a', 'x', 'c', 'd', 'y', 'f', 'g', 'h'];
    const d = diffLines(a, b);
    expect(diffStats(d)).toEqual({ added: 3, removed: 2 });
    expect(applyDiff(a, d)).toEqual(b);
  });

  it('diffs from an absent file and keeps trailing newlines and CRLF exact', () => {
    for (const text of ['', 'one', 'one\n', 'a\r\nb\r\n', '\n\n']) {
      expect(applyDiff([], diffText(undefined, text)).join('\n')).toBe(text);
      expect(applyDiff(toLines('x\ny'), diffText('x\ny', text)).join('\n')).toBe(text);
    }
  });

  it('refuses a diff that does not fit its base', () => {
    expect(() => applyDiff(['a'], [2])).toThrow(DiffError);
    expect(() => applyDiff(['a', 'b'], [1])).toThrow(/covers 1 of 2/);
    expect(() => applyDiff(['a'], [0])).toThrow(DiffError);
  });

  it('stays correct when the difference exceeds the search cap', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    expect(applyDiff(a, diffLines(a, b))).toEqual(b);
  });
});
