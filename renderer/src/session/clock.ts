// The assessment countdown as pure functions: remaining time from the main process's clock (not the renderer's:
// the deadline is absolute and the server decides expiry), its display, and its tone.
import type { SessionClock } from '../../../core/common/lifecycle.ts';

/**
 * Milliseconds left now, given when the clock snapshot arrived. `receivedAt` and `now` are performance.now()
 * readings: moving the computer's clock cannot stretch the countdown between two server updates.
 */
export function remainingMs(clock: SessionClock, receivedAt: number, now: number): number {
  if (clock.status !== 'active') return 0;
  return Math.max(0, clock.deadline - (clock.serverNow + Math.max(0, now - receivedAt)));
}

/** "1:23:45" with hours, else "09:59". Rounds up, so 00:00 shows only when time is truly up. */
export function formatClock(ms: number): string {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export type ClockTone = 'normal' | 'amber' | 'red';

/** Visible but not shouting: amber from 10 minutes left, red from 2. */
export function clockTone(ms: number): ClockTone {
  if (ms <= 2 * 60_000) return 'red';
  if (ms <= 10 * 60_000) return 'amber';
  return 'normal';
}

/** "12 min", "45 s", "1 h 5 min": time spent on an exercise. */
export function formatSpent(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** Time on the open exercise now: the stored total plus the time since the snapshot if it is the active one. */
export function spentOn(clock: SessionClock, exerciseId: string, receivedAt: number, now: number): number {
  const base = clock.timeSpentMs[exerciseId] ?? 0;
  const live = clock.status === 'active' && clock.activeExerciseId === exerciseId;
  return base + (live ? Math.max(0, now - receivedAt) : 0);
}
