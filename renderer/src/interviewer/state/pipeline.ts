// The candidates' pipeline as far as the handlers know it today: submitted (to grade) → graded (to decide) →
// decided. Invited / in progress come with the register of issued packs. Search and filters are pure.
import type { CandidateRow } from '../../../../core/common/lifecycle.ts';

export const STAGES = [
  { key: 'to-grade', title: 'To grade' },
  { key: 'to-decide', title: 'Graded, to decide' },
  { key: 'decided', title: 'Decided' },
] as const;
export type Stage = (typeof STAGES)[number]['key'];

export function stageOf(r: Pick<CandidateRow, 'gradedAt' | 'recommendation'>): Stage {
  if (r.gradedAt === null) return 'to-grade';
  return r.recommendation ? 'decided' : 'to-decide';
}

export interface Filter {
  stage: Stage | 'all';
  assessment: string | 'all';
  query: string;
}

export const NO_FILTER: Filter = { stage: 'all', assessment: 'all', query: '' };

export function filterRows<R extends Pick<CandidateRow, 'candidate' | 'assessmentId' | 'assessmentTitle' | 'gradedAt' | 'recommendation'>>(rows: readonly R[], f: Filter): R[] {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (f.stage === 'all' || stageOf(r) === f.stage) &&
      (f.assessment === 'all' || r.assessmentId === f.assessment) &&
      words.every((w) => r.candidate.toLowerCase().includes(w) || r.assessmentTitle.toLowerCase().includes(w)),
  );
}

export function stageCounts(rows: readonly Pick<CandidateRow, 'gradedAt' | 'recommendation'>[]): Record<Stage, number> {
  const counts: Record<Stage, number> = { 'to-grade': 0, 'to-decide': 0, decided: 0 };
  for (const r of rows) counts[stageOf(r)] += 1;
  return counts;
}

/** Assessments present in the rows, for the filter: id and a title made unique with its date-free id tail. */
export function assessmentOptions(rows: readonly Pick<CandidateRow, 'assessmentId' | 'assessmentTitle'>[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.assessmentId)) seen.set(r.assessmentId, r.assessmentTitle);
  const titles = [...seen.values()];
  return [...seen].map(([id, title]) => ({ id, title: titles.filter((t) => t === title).length > 1 ? `${title} (${id.slice(0, 8)})` : title }));
}
