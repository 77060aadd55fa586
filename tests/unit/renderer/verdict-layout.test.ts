import { describe, expect, it } from 'vitest';
import { firstLine, formatDuration, testStatusLabel, verdictLabel } from '../../../renderer/src/state/verdict.ts';
import { clampFraction, keyResize, PANEL, SIDEBAR } from '../../../renderer/src/state/layout.ts';
import type { Verdict } from '../../../core/common/results.ts';

describe('verdict labels', () => {
  it('pairs every verdict with an icon and a word', () => {
    const all: Verdict[] = ['passed', 'failed', 'compile_error', 'runtime_error', 'timeout', 'memory_limit', 'output_limit', 'tampered', 'sandbox_error'];
    const words = new Set(all.map((v) => verdictLabel(v).word));
    expect(words.size).toBe(all.length);
    expect(verdictLabel('passed')).toMatchObject({ icon: '✓', word: 'Passed' });
    expect(verdictLabel('failed').icon).toBe('✗');
    expect(verdictLabel('timeout').icon).toBe('⏱');
    expect(verdictLabel('tampered').icon).toBe('⚠');
    expect(verdictLabel('failed', true).word).toBe('Cancelled');
    expect(testStatusLabel('pass')).toMatchObject({ icon: '✓', word: 'passed' });
    expect(testStatusLabel('fail')).toMatchObject({ icon: '✗', word: 'failed' });
  });

  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(840.4)).toBe('840 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(12_400)).toBe('12 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(-1)).toBe('—');
  });

  it('takes the first non-empty line of a message', () => {
    expect(firstLine('\n  sections_test.go:12: got 1\n want 2')).toBe('sections_test.go:12: got 1');
    expect(firstLine('')).toBe('');
  });
});

describe('pane sizes', () => {
  it('clamps to the bounds', () => {
    expect(clampFraction(0.9, SIDEBAR)).toBe(SIDEBAR.max);
    expect(clampFraction(Number.NaN, PANEL)).toBe(PANEL.min);
  });

  it('resizes from the keyboard, inverted for panes that grow upwards', () => {
    expect(keyResize(0.3, 'ArrowRight', SIDEBAR)).toBeCloseTo(0.32);
    expect(keyResize(0.3, 'ArrowUp', PANEL, true)).toBeCloseTo(0.32);
    expect(keyResize(0.3, 'Home', SIDEBAR)).toBe(SIDEBAR.min);
    expect(keyResize(0.3, 'x', SIDEBAR)).toBeNull();
  });
});
