// Small display helpers for the interviewer's screens.
import { RATING_LABELS, type Rating } from '../../../core/common/assessment.ts';
import { verdictLabel } from '../state/verdict.ts';
import type { Verdict } from '../../../core/common/results.ts';

export function scoreText(n: number | null): string {
  return n === null ? '—' : String(n);
}

export function scoreTone(n: number | null): string {
  return n === null ? 'neutral' : n >= 80 ? 'ok' : n >= 50 ? 'warn' : 'bad';
}

export function ratingText(r: Rating | null): string {
  return r ? RATING_LABELS[r] : 'Not rated';
}

/** Verdict with icon and word; "Not graded" for an exercise the hidden tests have not run on. */
export function verdictText(v: string): { icon: string; word: string; tone: string } {
  if (v === 'not_graded') return { icon: '○', word: 'Not graded', tone: 'neutral' };
  if (v === 'not_submitted') return { icon: '✗', word: 'Not submitted (issued, scores 0)', tone: 'bad' };
  return verdictLabel(v as Verdict) ?? { icon: '?', word: v, tone: 'neutral' };
}

export function minutes(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min${s % 60 && s < 600 ? ` ${s % 60} s` : ''}`;
}
