// Flags as badges (icon + word + count) and as a list with their messages.
import type { Flag } from '../../../core/common/results.ts';

const SEVERITY = {
  critical: { icon: '⚠', word: 'critical', tone: 'bad' },
  warning: { icon: '⚠', word: 'warning', tone: 'warn' },
  info: { icon: 'ⓘ', word: 'info', tone: 'neutral' },
} as const;

export function FlagBadges({ flags }: { flags: Flag[] }) {
  if (!flags.length) return <span className="muted small">none</span>;
  return (
    <span className="iv-badges">
      {(['critical', 'warning', 'info'] as const).map((sev) => {
        const n = flags.filter((f) => f.severity === sev).length;
        if (!n) return null;
        const s = SEVERITY[sev];
        return (
          <span key={sev} className={`iv-badge tone-${s.tone}`} title={flags.filter((f) => f.severity === sev).map((f) => f.message).join('\n')}>
            <span aria-hidden="true">{s.icon}</span> {n} {s.word}
          </span>
        );
      })}
    </span>
  );
}

export function FlagList({ flags }: { flags: Flag[] }) {
  if (!flags.length) return <p className="muted small">No flags.</p>;
  return (
    <ul className="iv-flags" data-testid="flag-list">
      {flags.map((f, i) => (
        <li key={i} data-code={f.code} className={`tone-${SEVERITY[f.severity].tone}`}>
          <span aria-hidden="true">{SEVERITY[f.severity].icon}</span> <span className="iv-flag-code">{f.code.replace(/_/g, ' ')}</span>{' '}
          <span className="iv-flag-text">{f.message}</span>
        </li>
      ))}
    </ul>
  );
}
