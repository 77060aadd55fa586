// Replay playback as pure steps: which frame comes next, how long a frame stays at a speed, and where pastes and
// runs sit on the scrubber (as fractions of the exercise's frames' time span).
import type { ActivityEvent } from '../../../../core/common/assessment.ts';

export const SPEEDS = [1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];
/** A frame stays this long at 1×; faster speeds divide it. */
export const FRAME_MS = 800;

export function frameDelay(speed: Speed): number {
  return Math.round(FRAME_MS / speed);
}

/** Next frame while playing, or null at the end (playback stops). */
export function nextFrame(i: number, last: number): number | null {
  return i < last ? i + 1 : null;
}

export interface ScrubMark {
  kind: 'paste' | 'run';
  /** 0..1 along the scrubber. */
  at: number;
  /** The frame the mark belongs to (the last one at or before it). */
  frame: number;
  label: string;
}

export function scrubMarks(events: readonly ActivityEvent[], exerciseId: string, steps: readonly { i: number; t: number }[]): ScrubMark[] {
  if (steps.length < 2) return [];
  const t0 = steps[0]!.t;
  const span = Math.max(1, steps[steps.length - 1]!.t - t0);
  const marks: ScrubMark[] = [];
  for (const e of events) {
    if ((e.type !== 'paste' && e.type !== 'run') || e.exerciseId !== exerciseId) continue;
    let frame = 0;
    for (const s of steps) if (s.t <= e.t) frame = s.i;
    const label = e.type === 'paste' ? `paste of ${e.chars} characters` : `run: ${e.passed} of ${e.total} passed`;
    marks.push({ kind: e.type, at: Math.min(1, Math.max(0, (e.t - t0) / span)), frame, label });
  }
  return marks;
}

/** The index of the timeline item showing at time t (the last at or before it), or -1. */
export function currentItem(items: readonly { t: number }[], t: number): number {
  let at = -1;
  items.forEach((it, i) => {
    if (it.t <= t) at = i;
  });
  return at;
}
