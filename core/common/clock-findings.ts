// Clock findings as the interviewer reads them: one sentence and a severity that grows with the size, shared by
// the scorecard (every format) and the interviewer's timeline. Plain functions, no Node.
import type { ActivityEvent } from './assessment.ts';

export type ClockEvent = Extract<ActivityEvent, { type: 'clock' }>;

function span(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** info below a minute, warning below ten, critical beyond; a reboot is a warning (its gap is only a lower bound). */
export function clockSeverity(e: ClockEvent): 'info' | 'warning' | 'critical' {
  if (e.kind === 'timezone' || e.kind === 'suspend') return 'info';
  if (e.kind === 'reboot') return 'warning';
  const size = Math.abs(e.deltaMs);
  if (size >= 10 * 60_000) return 'critical';
  if (size >= 60_000 || e.kind === 'wall_before_last_seen') return 'warning';
  return 'info';
}

/** "The computer's clock was set back 1 h 0 min while Assay ran" and the like. */
export function clockSentence(e: ClockEvent): string {
  const where = e.during === 'running' ? 'while Assay ran' : 'while Assay was closed';
  switch (e.kind) {
    case 'wall_back':
      return `The computer's clock was set back ${span(e.deltaMs)} ${where}; time was measured by clocks it cannot change`;
    case 'wall_forward':
      return `The computer's clock jumped ahead ${span(e.deltaMs)} more than time passed ${where}; time was measured by clocks it cannot change`;
    case 'wall_before_last_seen':
      return `On reopening, the computer's clock read ${span(e.deltaMs)} earlier than when Assay was last running`;
    case 'reboot':
      return `The computer restarted during the assessment: the time Assay was closed cannot be measured; at least ${span(e.deltaMs)} was counted`;
    case 'timezone': {
      const dir = e.deltaMs >= 0 ? 'ahead' : 'back';
      return `The time zone changed ${where} (local time moved ${dir} ${span(e.deltaMs)}); time used is not affected`;
    }
    case 'suspend':
      return `The computer slept for ${span(e.deltaMs)} ${where}; the time counts as used`;
  }
}
