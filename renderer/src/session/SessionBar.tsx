// The assessment's part of the top bar: its title, the countdown (amber at 10 min, red at 2 min, always with
// the word "remaining"), time on the open exercise, and Submit. It ticks on its own so the workspace does not
// re-render every second; near zero it flushes unsaved edits, at zero it asks the main process to submit.
import { useEffect, useRef } from 'react';
import type { SessionClock } from '../../../core/common/lifecycle.ts';
import { useNow } from '../hooks/useNow.ts';
import { clockTone, formatClock, formatSpent, remainingMs, spentOn } from './clock.ts';

export interface SessionBarProps {
  title: string;
  clock: SessionClock;
  receivedAt: number;
  submitting: boolean;
  onSubmit(): void;
  /** Once, about a second before zero: save what is pending while the session still accepts it. */
  onAlmostUp(): void;
  /** Once, at zero. */
  onTimeUp(): void;
}

const TONE_ICON = { normal: '⏱', amber: '⏱', red: '⚠' };

export function SessionBar(p: SessionBarProps) {
  useNow(250); // re-render four times a second; the time itself is monotonic, like receivedAt
  const now = performance.now();
  const left = remainingMs(p.clock, p.receivedAt, now);
  const tone = clockTone(left);
  const fired = useRef({ almost: false, up: false });
  useEffect(() => {
    if (left <= 1500 && !fired.current.almost) {
      fired.current.almost = true;
      p.onAlmostUp();
    }
    if (left === 0 && !fired.current.up) {
      fired.current.up = true;
      p.onTimeUp();
    }
  });
  const spent = spentOn(p.clock, p.clock.activeExerciseId, p.receivedAt, now);
  return (
    <div className="session-bar">
      <span className="session-title" title="Assessment">
        {p.title}
      </span>
      <span className="session-spent" data-testid="exercise-time" title="Time on this exercise">
        {formatSpent(spent)} on this exercise
      </span>
      <span
        className={`session-clock session-clock-${tone}`}
        data-testid="countdown"
        data-tone={tone}
        role="timer"
        aria-label={`${formatClock(left)} remaining`}
      >
        <span aria-hidden="true">{TONE_ICON[tone]}</span> {formatClock(left)} <span className="session-clock-word">remaining</span>
      </span>
      <button type="button" className="button" data-testid="submit-button" onClick={p.onSubmit} disabled={p.submitting} aria-haspopup="dialog">
        Submit…
      </button>
    </div>
  );
}
