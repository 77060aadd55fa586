// Integrity findings grouped by severity: critical and "needs a look" open, "for information" collapsed.
import type { Flag } from '../../../core/common/results.ts';
import { findingsHeadline, groupFindings, SEVERITY_WORDS } from './state/findings.ts';

export function Findings({ flags, titles, heading = 'Integrity findings' }: { flags: Flag[]; titles: Record<string, string>; heading?: string }) {
  const groups = groupFindings(flags, titles);
  return (
    <section className="iv-findings" aria-label={heading} data-testid="findings">
      <h3 className="iv-findings-title">
        {heading}: <span data-testid="findings-headline">{findingsHeadline(flags)}</span>
      </h3>
      {groups.map((g) => {
        const w = SEVERITY_WORDS[g.severity];
        const list = (
          <ul className="iv-flags" data-testid="flag-list">
            {g.findings.map((f, i) => (
              <li key={i} data-code={f.code} data-severity={g.severity}>
                <span className={`iv-flag-code tone-${w.tone}`}>
                  <span aria-hidden="true">{w.icon}</span> {f.name}
                </span>{' '}
                <span className="iv-flag-text">{f.message}</span>
              </li>
            ))}
          </ul>
        );
        return (
          <details key={g.severity} className="iv-finding-group" data-severity={g.severity} open={g.severity !== 'info'}>
            <summary>
              <span className={`tone-${w.tone}`}>
                <span aria-hidden="true">{w.icon}</span> {w.title}
              </span>{' '}
              <span className="muted">({g.findings.length})</span>
            </summary>
            {list}
          </details>
        );
      })}
    </section>
  );
}
