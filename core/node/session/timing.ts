// Derived time accounting, pure functions over the activity log (and snapshot times):
// time per exercise (while the app was open), idle periods (gaps with no sign of activity), away time.
import type { ActivityEvent, Snapshot } from '../../common/assessment.ts';

/**
 * Milliseconds spent on each exercise: from each `exercise_opened` to the next switch, submit or `end`, minus the
 * periods the app was closed (an `app_closed` event covers from..t).
 */
export function timePerExercise(events: ActivityEvent[], end: number): Record<string, number> {
  const spent = Object.create(null) as Record<string, number>; // exercise ids are keys: no prototype
  let current: string | null = null;
  let since = 0;
  const add = (until: number) => {
    if (current !== null) spent[current] = (spent[current] ?? 0) + Math.max(0, until - since);
  };
  for (const e of events) {
    if (e.type === 'exercise_opened') {
      add(e.t);
      current = e.exerciseId;
      since = e.t;
    } else if (e.type === 'app_closed') {
      add(e.from);
      since = e.t;
    } else if (e.type === 'submitted') {
      add(e.t);
      current = null;
    }
  }
  add(end);
  return spent;
}

export const DEFAULT_IDLE_MS = 2 * 60 * 1000;

/**
 * Idle periods: gaps of at least `idleMs` between consecutive signs of activity (edits, runs, pastes, switches,
 * focus changes). Gaps while the app was closed or the window was away are not idle: they are reported as
 * `app_closed` and `focus_lost`/`focus_returned`.
 */
export function idlePeriods(
  events: ActivityEvent[],
  snapshots: Record<string, Snapshot[]>,
  end: number,
  idleMs = DEFAULT_IDLE_MS,
): Extract<ActivityEvent, { type: 'idle' }>[] {
  type Mark = { t: number; kind: 'active' | 'away' | 'closed' | 'stop'; from?: number; exerciseId?: string };
  const marks: Mark[] = [];
  for (const e of events) {
    if (e.type === 'app_closed') marks.push({ t: e.t, kind: 'closed', from: e.from });
    else if (e.type === 'focus_lost') marks.push({ t: e.t, kind: 'away' });
    else if (e.type === 'submitted') marks.push({ t: e.t, kind: 'stop' });
    else if (e.type === 'exercise_opened') marks.push({ t: e.t, kind: 'active', exerciseId: e.exerciseId });
    // Clock evidence is written by heartbeats and reopen, not by the candidate: it is no sign of activity.
    else if (e.type !== 'idle' && e.type !== 'clock') marks.push({ t: e.t, kind: 'active' });
  }
  for (const snaps of Object.values(snapshots)) for (const s of snaps) marks.push({ t: s.t, kind: 'active' });
  marks.sort((a, b) => a.t - b.t);
  const out: Extract<ActivityEvent, { type: 'idle' }>[] = [];
  let last: Mark | null = null;
  let exerciseId = '';
  let stopped = false;
  const gap = (from: number, to: number) => {
    if (to - from >= idleMs && exerciseId) out.push({ type: 'idle', t: from, durationMs: to - from, exerciseId });
  };
  for (const m of marks) {
    if (stopped) break;
    if (last && last.kind !== 'away') gap(last.t, m.kind === 'closed' ? m.from! : m.t);
    if (m.exerciseId) exerciseId = m.exerciseId;
    if (m.kind === 'stop') stopped = true;
    last = m;
  }
  if (last && !stopped && last.kind !== 'away') gap(last.t, end);
  return out;
}

/** Total time the window was away (focus lost), with a still-open away period counted up to `end`. */
export function awayTime(events: ActivityEvent[], end: number): { count: number; ms: number } {
  let count = 0;
  let ms = 0;
  let lostAt: number | null = null;
  for (const e of events) {
    if (e.type === 'focus_lost' && lostAt === null) {
      lostAt = e.t;
      count++;
    } else if ((e.type === 'focus_returned' || e.type === 'app_closed' || e.type === 'submitted') && lostAt !== null) {
      ms += Math.max(0, (e.type === 'app_closed' ? e.from : e.t) - lostAt);
      lostAt = null;
    }
  }
  if (lostAt !== null) ms += Math.max(0, end - lostAt);
  return { count, ms };
}

/** The activity log merged with the derived idle periods, in time order (stable for equal times). */
export function timeline(events: ActivityEvent[], snapshots: Record<string, Snapshot[]>, end: number, idleMs = DEFAULT_IDLE_MS): ActivityEvent[] {
  return [...events, ...idlePeriods(events, snapshots, end, idleMs)].sort((a, b) => a.t - b.t);
}
