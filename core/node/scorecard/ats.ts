// Candidates for an applicant-tracking system: one row per candidate with columns per exercise and per
// competency, the decision, and flags by severity, as CSV (cells through csvCell, the CSV escaping function) and
// as JSON (assay.candidates/1). Columns are the union over the candidates, in first-seen order.
import type { Scorecard } from '../../common/assessment.ts';
import type { Flag } from '../../common/results.ts';
import { csvCell } from './escape.ts';
import { rating } from './format.ts';

type Cell = string | number | null;
export interface AtsTable {
  columns: string[];
  rows: Cell[][];
}

const SEVERITIES = ['critical', 'warning', 'info'] as const;

function allFlags(c: Scorecard): Flag[] {
  const seen = new Set<string>();
  const out: Flag[] = [];
  for (const f of [...c.flags, ...c.exercises.flatMap((e) => e.flags)]) {
    const key = `${f.severity}\0${f.code}\0${f.message}`;
    if (!seen.has(key)) (seen.add(key), out.push(f));
  }
  return out;
}

export function atsTable(cards: readonly Scorecard[]): AtsTable {
  const exercises = [...new Set(cards.flatMap((c) => c.exercises.map((e) => e.id)))];
  const competencies = [...new Set(cards.flatMap((c) => c.competencies.map((x) => x.id)))];
  const columns = [
    'candidate', 'assessment', 'assessment_id', 'role', 'submitted_at', 'time_used_min', 'time_limit_min', 'overall_score', 'decision', 'graded',
    ...exercises.flatMap((id) => [`exercise:${id}:score`, `exercise:${id}:verdict`]),
    ...competencies.map((id) => `competency:${id}:score`),
    ...SEVERITIES.flatMap((s) => [`flags_${s}`, `flags_${s}_text`]),
    'bundle',
  ];
  const rows = cards.map((c): Cell[] => {
    const flags = allFlags(c);
    return [
      c.candidate, c.assessment.title, c.assessment.id, c.assessment.roleTitle ?? '', c.session.submittedAt,
      Math.round(c.session.timeUsedMs / 60_000), c.assessment.timeLimitMinutes, c.overall.score,
      c.rubric.recommendation ? rating(c.rubric.recommendation) : '',
      c.exercises.some((e) => e.verdict !== 'not_graded') ? 'yes' : 'no',
      ...exercises.flatMap((id) => {
        const e = c.exercises.find((x) => x.id === id);
        return e ? [e.score, e.verdict] : [null, null];
      }),
      ...competencies.map((id) => c.competencies.find((x) => x.id === id)?.score ?? null),
      ...SEVERITIES.flatMap((s) => {
        const of = flags.filter((f) => f.severity === s);
        return [of.length, of.map((f) => f.message).join('; ')];
      }),
      c.bundleDigest,
    ];
  });
  return { columns, rows };
}

export function renderAtsCsv(cards: readonly Scorecard[]): string {
  const { columns, rows } = atsTable(cards);
  return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function renderAtsJson(cards: readonly Scorecard[]): string {
  const { columns, rows } = atsTable(cards);
  // Rows as objects with a null prototype: a competency or exercise id like "__proto__" stays a plain key.
  const candidates = rows.map((r) => {
    const o: Record<string, Cell> = Object.create(null);
    columns.forEach((c, i) => (o[c] = r[i] ?? null));
    return o;
  });
  return `${JSON.stringify({ schema: 'assay.candidates/1', generatedAt: new Date().toISOString(), columns, candidates }, null, 2)}\n`;
}
