// Flags as badges (icon + word + count) and as a list with their messages.
import type { Flag } from '../../../core/common/results.ts';

import { SEVERITY_WORDS } from './state/findings.ts';

const SEVERITY = {
  critical: { icon: SEVERITY_WORDS.critical.icon, word: SEVERITY_WORDS.critical.short, tone: SEVERITY_WORDS.critical.tone },
  warning: { icon: SEVERITY_WORDS.warning.icon, word: SEVERITY_WORDS.warning.short, tone: SEVERITY_WORDS.warning.tone },
  info: { icon: SEVERITY_WORDS.info.icon, word: SEVERITY_WORDS.info.short, tone: SEVERITY_WORDS.info.tone },
} as const;

export function FlagBadges({ flags }: { flags: Flag[] }) {
  if (!flags.length) return <span className="muted small">no findings</span>;
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
