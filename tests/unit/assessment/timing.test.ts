import { describe, expect, it } from 'vitest';
import type { ActivityEvent, Snapshot } from '../../../core/common/assessment.ts';
import { awayTime, idlePeriods, timePerExercise } from '../../../core/node/session/timing.ts';

const MIN = 60_000;
const snap = (t: number): Snapshot => ({ i: 0, t, changes: {} });

describe('time accounting', () => {
  const events: ActivityEvent[] = [
    { type: 'session_started', t: 0, deadline: 60 * MIN },
    { type: 'exercise_opened', t: 0, exerciseId: 'ex-a' },
    { type: 'exercise_opened', t: 10 * MIN, exerciseId: 'ex-b' },
    { type: 'focus_lost', t: 12 * MIN },
    { type: 'focus_returned', t: 20 * MIN, awayMs: 8 * MIN },
    { type: 'app_closed', t: 30 * MIN, from: 22 * MIN, durationMs: 8 * MIN },
    { type: 'exercise_opened', t: 31 * MIN, exerciseId: 'ex-a' },
    { type: 'submitted', t: 40 * MIN, reason: 'manual' },
  ];

  it('splits time between exercises and leaves out the time the app was closed', () => {
    expect(timePerExercise(events, 99 * MIN)).toEqual({ 'ex-a': 19 * MIN, 'ex-b': 13 * MIN });
  });

  it('finds idle gaps but not away or closed periods', () => {
    const snaps = { 'ex-a': [snap(1 * MIN), snap(2 * MIN), snap(36 * MIN)], 'ex-b': [snap(11 * MIN)] };
    expect(idlePeriods(events, snaps, 40 * MIN)).toEqual([
      { type: 'idle', t: 2 * MIN, durationMs: 8 * MIN, exerciseId: 'ex-a' },
      { type: 'idle', t: 20 * MIN, durationMs: 2 * MIN, exerciseId: 'ex-b' },
      { type: 'idle', t: 31 * MIN, durationMs: 5 * MIN, exerciseId: 'ex-a' },
      { type: 'idle', t: 36 * MIN, durationMs: 4 * MIN, exerciseId: 'ex-a' },
    ]);
    expect(idlePeriods(events, snaps, 40 * MIN, 6 * MIN).map((e) => e.durationMs)).toEqual([8 * MIN]);
  });

  it('sums the time away, closing an open away period at the end', () => {
    expect(awayTime(events, 40 * MIN)).toEqual({ count: 1, ms: 8 * MIN });
    expect(awayTime([...events.slice(0, 4)], 15 * MIN)).toEqual({ count: 1, ms: 3 * MIN });
  });
});
