// Integrity findings in one vocabulary, grouped by severity (critical first), with exercise ids in messages
// replaced by titles. One place decides the words so the summary, the dashboard badges and the exercise tabs
// never disagree (no "No flags" on a tab while the summary lists a paste into that exercise).
import type { Flag } from '../../../../core/common/results.ts';

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_WORDS: Record<Severity, { icon: string; title: string; short: string; tone: string }> = {
  critical: { icon: '⛔', title: 'Critical', short: 'critical', tone: 'bad' },
  warning: { icon: '⚠', title: 'Needs a look', short: 'to look at', tone: 'warn' },
  info: { icon: 'ⓘ', title: 'For information', short: 'info', tone: 'neutral' },
};

export interface FindingGroup {
  severity: Severity;
  findings: { code: string; name: string; message: string }[];
}

/** "large_paste" → "Large paste". */
export function findingName(code: string): string {
  const words = code.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Replaces a leading "<exercise-id>:" (and ids elsewhere) with the exercise's title. */
export function readableMessage(message: string, titles: Readonly<Record<string, string>>): string {
  let out = message;
  for (const [id, title] of Object.entries(titles)) out = out.split(id).join(`“${title}”`);
  return out;
}

export function groupFindings(flags: readonly Flag[], titles: Readonly<Record<string, string>> = {}): FindingGroup[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: flags
      .filter((f) => f.severity === severity)
      .map((f) => ({ code: f.code, name: findingName(f.code), message: readableMessage(f.message, titles) })),
  })).filter((g) => g.findings.length > 0);
}

/** The one-line verdict over all findings: what the interviewer must know before reading on. */
export function findingsHeadline(flags: readonly Flag[]): string {
  const n = (s: Severity) => flags.filter((f) => f.severity === s).length;
  const parts = [
    n('critical') && `${n('critical')} critical`,
    n('warning') && `${n('warning')} to look at`,
    n('info') && `${n('info')} for information`,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'No integrity findings';
}
