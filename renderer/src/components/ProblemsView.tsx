// The Problems tab: compile and syntax errors of the last run; choosing one jumps to file:line:col.
import type { Marker } from '../../../core/common/results.ts';

export interface ProblemsViewProps {
  markers: Marker[];
  canOpen(marker: Marker): boolean;
  onOpen(marker: Marker): void;
}

export function ProblemsView({ markers, canOpen, onOpen }: ProblemsViewProps) {
  if (!markers.length) return <p className="panel-empty">No problems in the last run.</p>;
  return (
    <ul className="problems" aria-label="Problems">
      {markers.map((m, i) => {
        const warning = m.severity === 'warning';
        return (
          <li key={`${m.file}:${m.line}:${m.column}:${i}`}>
            <button
              type="button"
              className="problem-row"
              data-testid="problem-row"
              data-file={m.file}
              data-line={m.line}
              disabled={!canOpen(m)}
              onClick={() => onOpen(m)}
            >
              <span className={warning ? 'tone-warn' : 'tone-bad'}>
                <span aria-hidden="true">{warning ? '⚠' : '✗'}</span>
                <span className="visually-hidden">{warning ? 'warning' : 'error'}</span>
              </span>
              <span className="problem-message">{m.message}</span>
              <span className="problem-location">
                {m.file}:{m.line}:{m.column}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
