// The activity timeline: what happened when, relative to the start; notable entries (large pastes, long
// absences) marked.
import type { ActivityEvent } from '../../../core/common/assessment.ts';
import { offset, timelineItems } from './state/timeline.ts';

export function Timeline({ events, start, titles, exerciseId }: { events: ActivityEvent[]; start: number; titles: Record<string, string>; exerciseId?: string }) {
  const items = timelineItems(events, titles, exerciseId);
  return (
    <ol className="iv-timeline" data-testid="timeline">
      {items.map((it, i) => (
        <li key={i} className={it.notable ? 'iv-notable' : ''} data-notable={it.notable}>
          <span className="iv-time">{offset(it.t, start)}</span>
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
