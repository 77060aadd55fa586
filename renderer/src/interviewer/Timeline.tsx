// The activity timeline: what happened when, relative to the start; notable entries (large pastes, long
// absences) marked. The entry at the replay's moment is highlighted, and each entry can move the replay there.
import type { ActivityEvent } from '../../../core/common/assessment.ts';
import { offset, timelineItems } from './state/timeline.ts';
import { currentItem } from './state/replay.ts';

export interface TimelineProps {
  events: ActivityEvent[];
  start: number;
  titles: Record<string, string>;
  exerciseId?: string;
  /** The replay's moment (ms): the entry at or before it is marked current. */
  at?: number;
  onSeek?(t: number): void;
}

export function Timeline({ events, start, titles, exerciseId, at, onSeek }: TimelineProps) {
  const items = timelineItems(events, titles, exerciseId);
  const current = at === undefined ? -1 : currentItem(items, at);
  return (
    <ol className="iv-timeline" data-testid="timeline">
      {items.map((it, i) => (
        <li key={i} className={`${it.notable ? 'iv-notable' : ''}${i === current ? ' iv-current' : ''}`} data-notable={it.notable} data-current={i === current} aria-current={i === current ? 'step' : undefined}>
          {onSeek ? (
            <button type="button" className="iv-time iv-time-button" onClick={() => onSeek(it.t)} aria-label={`Show ${offset(it.t, start)} in the replay`}>
              {offset(it.t, start)}
            </button>
          ) : (
            <span className="iv-time">{offset(it.t, start)}</span>
          )}
          <span aria-hidden="true" className="iv-icon">
            {it.icon}
          </span>
          <span>
            {it.text}
            {it.notable ? <span className="tone-warn"> ⚠</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
