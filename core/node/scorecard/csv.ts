// One CSV row per candidate for an assessment (RFC 4180: CRLF line ends, quotes doubled, fields quoted when
// needed). Text cells starting with = + - @ (or tab / carriage return) get a leading ' so spreadsheets do not
// run them as formulas.
import type { Scorecard } from '../../common/assessment.ts';
import { rating } from './format.ts';

import { csvCell } from './escape.ts';

export { csvCell };

/** A bundle that could not be scored still gets its row: the candidate, the error in the flags column, the digest. */
export interface CsvFailure {
  candidate: string;
  digest: string;
  error: string;
}

export function renderCsv(cards: Scorecard[], failures: CsvFailure[] = []): string {
  const exerciseIds = [...new Set(cards.flatMap((c) => c.exercises.map((e) => e.id)))];
  const head = [
    'candidate', 'assessment', 'role', 'started_at', 'submitted_at', 'submit_reason', 'time_used_min', 'overall_score',
    'exercises_passed', 'exercises_total', 'recommendation',
    ...exerciseIds.flatMap((id) => [`${id}_score`, `${id}_verdict`]),
    'flags', 'bundle', 'wall_clock_time_used_min',
  ];
  const rows: (string | number | null)[][] = cards.map((c) => [
    c.candidate, c.assessment.title, c.assessment.roleTitle ?? '', c.session.startedAt, c.session.submittedAt, c.session.submitReason,
    Math.round(c.session.timeUsedMs / 60_000), c.overall.score, c.overall.passed, c.overall.total,
    c.rubric.recommendation ? rating(c.rubric.recommendation) : '',
    ...exerciseIds.flatMap((id) => {
      const e = c.exercises.find((x) => x.id === id);
      return e ? [e.score, e.verdict] : [null, null];
    }),
    [...c.flags, ...c.exercises.flatMap((e) => e.flags)].map((f) => f.message).join('; '),
    c.bundleDigest,
    c.session.wallTimeUsedMs == null ? null : Math.round(c.session.wallTimeUsedMs / 60_000),
  ]);
  for (const f of failures) {
    const row: (string | number | null)[] = head.map(() => null);
    row[0] = f.candidate;
    row[head.length - 2] = `not scored: ${f.error}`;
    row[head.length - 1] = f.digest;
    rows.push(row);
  }
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
