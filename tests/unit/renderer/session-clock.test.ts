// The assessment countdown: remaining time from the server's clock, its display and tone, time per exercise.
import { describe, expect, it } from 'vitest';
import { clockTone, formatClock, formatSpent, remainingMs, spentOn } from '../../../renderer/src/session/clock.ts';
import type { SessionClock } from '../../../core/common/lifecycle.ts';

const clock = (over: Partial<SessionClock> = {}): SessionClock => ({
  status: 'active',
  startedAt: 0,
  deadline: 3_600_000,
  serverNow: 1_000_000,
  remainingMs: 2_600_000,
  activeExerciseId: 'go-a',
  timeSpentMs: { 'go-a': 60_000, 'rb-b': 5_000 },
  submittedAt: null,
  submitReason: null,
  ...over,
});

describe('session clock', () => {
  it('counts down from the server time, not the renderer clock', () => {
    // The renderer's clock is an hour off; only the time elapsed since the snapshot arrived matters.
    const receivedAt = 5_000_000;
    expect(remainingMs(clock(), receivedAt, receivedAt)).toBe(2_600_000);
    expect(remainingMs(clock(), receivedAt, receivedAt + 10_000)).toBe(2_590_000);
    expect(remainingMs(clock(), receivedAt, receivedAt + 9_999_999)).toBe(0);
    expect(remainingMs(clock({ status: 'submitted' }), receivedAt, receivedAt)).toBe(0);
  });

  it('formats with hours only when needed and rounds up to the second', () => {
    expect(formatClock(5_025_000)).toBe('1:23:45');
    expect(formatClock(599_000)).toBe('09:59');
    expect(formatClock(59_001)).toBe('01:00');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
  });

  it('turns amber at 10 minutes and red at 2', () => {
    expect(clockTone(10 * 60_000 + 1)).toBe('normal');
    expect(clockTone(10 * 60_000)).toBe('amber');
    expect(clockTone(2 * 60_000 + 1)).toBe('amber');
    expect(clockTone(2 * 60_000)).toBe('red');
    expect(clockTone(0)).toBe('red');
  });

  it('adds the live time to the open exercise only', () => {
    expect(spentOn(clock(), 'go-a', 100, 30_100)).toBe(90_000);
    expect(spentOn(clock(), 'rb-b', 100, 30_100)).toBe(5_000);
    expect(spentOn(clock({ status: 'submitted' }), 'go-a', 100, 30_100)).toBe(60_000);
    expect(formatSpent(45_000)).toBe('45 s');
    expect(formatSpent(12 * 60_000 + 5_000)).toBe('12 min');
    expect(formatSpent(65 * 60_000)).toBe('1 h 5 min');
  });
});
