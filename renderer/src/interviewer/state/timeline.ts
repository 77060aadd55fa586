// The activity timeline as sentences, with offsets from the session start ("+12:05").
import type { ActivityEvent } from '../../../../core/common/assessment.ts';
import { formatDuration } from '../../state/verdict.ts';
import { clockSentence, clockSeverity } from '../../../../core/common/clock-findings.ts';

export function offset(t: number, start: number): string {
  const s = Math.max(0, Math.round((t - start) / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `+${h}:${mm}:${ss}` : `+${mm}:${ss}`;
}

export interface TimelineItem {
  t: number;
  icon: string;
  text: string;
  /** Worth the interviewer's attention (large paste, long absence). */
  notable: boolean;
  exerciseId: string | null;
}

export function describe(e: ActivityEvent, titles: Record<string, string> = {}): TimelineItem {
  const title = (id: string) => (Object.hasOwn(titles, id) ? titles[id]! : id);
  switch (e.type) {
    case 'session_started':
      return { t: e.t, icon: '▶', text: 'Started the assessment', notable: false, exerciseId: null };
    case 'exercise_opened':
      return { t: e.t, icon: '→', text: `Opened ${title(e.exerciseId)}`, notable: false, exerciseId: e.exerciseId };
    case 'run':
      return { t: e.t, icon: e.verdict === 'passed' ? '✓' : '✗', text: `Ran the visible tests: ${e.passed} of ${e.total} passed (${e.verdict.replace('_', ' ')})`, notable: false, exerciseId: e.exerciseId };
    case 'paste':
      return { t: e.t, icon: '⎘', text: `Pasted ${e.chars} characters (${e.lines} line${e.lines === 1 ? '' : 's'}) into ${e.file}`, notable: e.chars >= 300, exerciseId: e.exerciseId };
    case 'focus_lost':
      return { t: e.t, icon: '◌', text: 'Left the Assay window', notable: false, exerciseId: null };
    case 'focus_returned':
      return { t: e.t, icon: '●', text: `Came back after ${formatDuration(e.awayMs)}`, notable: e.awayMs >= 5 * 60_000, exerciseId: null };
    case 'app_closed':
      return { t: e.t, icon: '⚠', text: `Assay was closed for ${formatDuration(e.durationMs)}`, notable: e.durationMs >= 60_000, exerciseId: null };
    case 'idle':
      return { t: e.t, icon: '…', text: `Idle for ${formatDuration(e.durationMs)}`, notable: false, exerciseId: e.exerciseId };
    case 'submitted':
      return { t: e.t, icon: '■', text: e.reason === 'expired' ? 'Time ran out: submitted automatically' : 'Submitted', notable: false, exerciseId: null };
    case 'session_resumed':
      return {
        t: e.t,
        icon: '↻',
        text: e.after === 'submitted' ? 'Reopened the pack after submitting (same session, same clock)' : 'Resumed the session (same session, same clock)',
        notable: e.after === 'submitted',
        exerciseId: null,
      };
    case 'clock':
      return { t: e.t, icon: '⏱', text: clockSentence(e), notable: clockSeverity(e) !== 'info', exerciseId: null };
  }
}

/** The whole timeline, or only what concerns one exercise (plus session-wide events). */
export function timelineItems(events: ActivityEvent[], titles: Record<string, string>, exerciseId?: string): TimelineItem[] {
  return events.map((e) => describe(e, titles)).filter((i) => !exerciseId || i.exerciseId === null || i.exerciseId === exerciseId);
}
