// Plain data for the candidate page's charts (pure, unit-tested): the assessment's score distribution with this
// candidate's bin, time per exercise against its suggested minutes, and the session's activity as lanes.
import type { ActivityEvent, ScorecardExercise } from '../../../../core/common/assessment.ts';
import type { CandidateRow } from '../../../../core/common/lifecycle.ts';

export interface Bin {
  label: string;
  from: number;
  count: number;
  mine: boolean;
}

/** Ten bins of ten points (the last one holds 90–100); graded rows only. */
export function scoreBins(rows: readonly Pick<CandidateRow, 'digest' | 'score' | 'gradedAt'>[], digest: string): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, i) => ({ label: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`, from: i * 10, count: 0, mine: false }));
  for (const r of rows) {
    if (r.gradedAt === null || r.score === null || !Number.isFinite(r.score)) continue;
    const b = bins[Math.min(9, Math.max(0, Math.floor(r.score / 10)))]!;
    b.count += 1;
    if (r.digest === digest) b.mine = true;
  }
  return bins;
}

/**
 * The candidates to compare with: those issued the same assessment. `groupOf` maps a pack id to the assessment it
 * was issued under (packs issued together share one); a pack not in it is its own assessment. Never by title: two
 * assessments of the same name may hold different exercises or time limits.
 */
export function peers<R extends Pick<CandidateRow, 'assessmentId'>>(rows: readonly R[], packId: string, groupOf: ReadonlyMap<string, string>): R[] {
  const group = (id: string) => groupOf.get(id) ?? id;
  const mine = group(packId);
  return rows.filter((r) => group(r.assessmentId) === mine);
}

export interface TimeBar {
  id: string;
  title: string;
  used: number;
  suggested: number;
  over: boolean;
}

/** Minutes used per exercise (one decimal) against the library's suggested minutes. */
export function timeBars(exercises: readonly Pick<ScorecardExercise, 'id' | 'title' | 'timeSpentMs' | 'minutes'>[]): TimeBar[] {
  return exercises.map((e) => {
    const used = Math.round(e.timeSpentMs / 6000) / 10;
    return { id: e.id, title: e.title, used, suggested: e.minutes, over: used > e.minutes };
  });
}

export const LANES = ['Typing', 'Paste', 'Run', 'Focus lost', 'Resumed'] as const;
export type Lane = (typeof LANES)[number];

export interface ActivityPoint {
  /** Minutes since the start. */
  x: number;
  lane: Lane;
  /** Index of the lane (y). */
  y: number;
  t: number;
  exerciseId: string | null;
  label: string;
}

/** Every autosave (replay frame) is a typing point; pastes, runs, focus losses and resumes from the timeline. */
export function activityPoints(events: readonly ActivityEvent[], frames: readonly { exerciseId: string; t: number; i: number }[], start: number): ActivityPoint[] {
  const at = (t: number) => Math.round(((t - start) / 60_000) * 100) / 100;
  const point = (lane: Lane, t: number, exerciseId: string | null, label: string): ActivityPoint => ({ x: at(t), lane, y: LANES.indexOf(lane), t, exerciseId, label });
  const out: ActivityPoint[] = frames.filter((f) => f.i > 0).map((f) => point('Typing', f.t, f.exerciseId, 'Saved an edit'));
  let current: string | null = null;
  for (const e of events) {
    if ('exerciseId' in e) current = e.exerciseId;
    if (e.type === 'paste') out.push(point('Paste', e.t, e.exerciseId, `Pasted ${e.chars} characters into ${e.file}`));
    else if (e.type === 'run') out.push(point('Run', e.t, e.exerciseId, `Ran the tests: ${e.passed} of ${e.total} passed`));
    else if (e.type === 'focus_lost') out.push(point('Focus lost', e.t, current, 'Left the window'));
    else if (e.type === 'app_closed') out.push(point('Resumed', e.t, current, `Reopened after ${Math.round(e.durationMs / 1000)} s closed`));
  }
  return out.sort((a, b) => a.t - b.t);
}

/** The replay frame to show for a moment: the last frame of that exercise at or before it (0 if none). */
export function frameAt(frames: readonly { i: number; t: number }[], t: number): number {
  let best = 0;
  for (const f of frames) if (f.t <= t && f.i > best) best = f.i;
  return best;
}
