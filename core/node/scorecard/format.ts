// Formatting shared by the HTML, Markdown and CSV scorecards.
import { RATING_LABELS, type Rating } from '../../common/assessment.ts';

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return sec && m < 10 ? `${m} min ${sec} s` : `${m} min`;
  return `${sec} s`;
}

/** "+12:05" relative to the session start. */
export function offset(t: number, start: number): string {
  const s = Math.max(0, Math.round((t - start) / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `+${h}:${mm}:${ss}` : `+${mm}:${ss}`;
}

/** " (the computer's clock says 1 h 30 min)" when the wall-clock view of time used disagrees; else "". */
export function wallView(wallTimeUsedMs: number | null | undefined): string {
  return wallTimeUsedMs === null || wallTimeUsedMs === undefined ? '' : ` (the computer's clock says ${wallTimeUsedMs < 0 ? '−' : ''}${duration(Math.abs(wallTimeUsedMs))})`;
}

export function dateTime(iso: string): string {
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

export function score(n: number | null): string {
  return n === null ? '—' : `${Math.round(n)}`;
}

export function rating(r: Rating | null): string {
  return r === null ? 'Not rated' : RATING_LABELS[r];
}

export const VERDICT_LABELS: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null) as Record<string, string>, {
  passed: 'Passed',
  failed: 'Failed',
  compile_error: 'Does not compile',
  runtime_error: 'Runtime error',
  timeout: 'Timed out',
  memory_limit: 'Memory limit',
  output_limit: 'Output limit',
  tampered: 'Tampering detected',
  sandbox_error: 'Sandbox error',
  not_graded: 'Not graded',
  not_submitted: 'Not submitted',
}));

export function verdict(v: string): string {
  return Object.hasOwn(VERDICT_LABELS, v) ? VERDICT_LABELS[v]! : v;
}

export function lineRange([from, to]: [number, number]): string {
  return from === to ? `line ${from}` : `lines ${from}–${to}`;
}
