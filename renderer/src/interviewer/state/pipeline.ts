// The candidates' pipeline: invited (a pack issued, in the register, nothing back) → submitted (to grade) → graded
// (to decide) → decided. "In progress" is not known offline: a candidate's app does not report back before the
// bundle arrives. Assessments are the ids packs were issued under (several candidates share one). Pure.
import type { AssessmentItem, CandidateRow } from '../../../../core/common/lifecycle.ts';

export const STAGES = [
  { key: 'invited', title: 'Invited' },
  { key: 'to-grade', title: 'To grade' },
  { key: 'to-decide', title: 'Graded, to decide' },
  { key: 'decided', title: 'Decided' },
] as const;
export type Stage = (typeof STAGES)[number]['key'];

export type RowStage = Exclude<Stage, 'invited'>;

export function stageOf(r: Pick<CandidateRow, 'gradedAt' | 'recommendation'>): RowStage {
  if (r.gradedAt === null) return 'to-grade';
  return r.recommendation ? 'decided' : 'to-decide';
}

export interface Filter {
  stage: Stage | 'all';
  assessment: string | 'all';
  query: string;
}

export const NO_FILTER: Filter = { stage: 'all', assessment: 'all', query: '' };

/** pack id → the assessment id it was issued under (a pack issued alone is its own). */
export type GroupOf = ReadonlyMap<string, string>;
const groupIn = (groupOf: GroupOf, packId: string) => groupOf.get(packId) ?? packId;

function matches(f: Filter, groupOf: GroupOf, packId: string, candidate: string, title: string): boolean {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  return (
    (f.assessment === 'all' || groupIn(groupOf, packId) === f.assessment) &&
    words.every((w) => candidate.toLowerCase().includes(w) || title.toLowerCase().includes(w))
  );
}

export function filterRows<R extends Pick<CandidateRow, 'candidate' | 'assessmentId' | 'assessmentTitle' | 'gradedAt' | 'recommendation'>>(rows: readonly R[], f: Filter, groupOf: GroupOf = new Map()): R[] {
  return rows.filter((r) => (f.stage === 'all' || stageOf(r) === f.stage) && matches(f, groupOf, r.assessmentId, r.candidate, r.assessmentTitle));
}

/** Issued packs with nothing back yet (from the register's packs and the imported submissions). */
export function invitedPacks<A extends Pick<AssessmentItem, 'id' | 'submissions'>>(packs: readonly A[], rows: readonly Pick<CandidateRow, 'packId'>[]): A[] {
  const back = new Set(rows.map((r) => r.packId));
  return packs.filter((p) => p.submissions === 0 && !back.has(p.id));
}

/** The invited packs the filter lets through (stage all or invited; assessment; search). */
export function filterInvited<A extends Pick<AssessmentItem, 'id' | 'candidateName' | 'title'>>(packs: readonly A[], f: Filter, groupOf: GroupOf): A[] {
  if (f.stage !== 'all' && f.stage !== 'invited') return [];
  return packs.filter((p) => matches(f, groupOf, p.id, p.candidateName, p.title));
}

export function stageCounts(rows: readonly Pick<CandidateRow, 'gradedAt' | 'recommendation'>[], invited = 0): Record<Stage, number> {
  const counts: Record<Stage, number> = { invited, 'to-grade': 0, 'to-decide': 0, decided: 0 };
  for (const r of rows) counts[stageOf(r)] += 1;
  return counts;
}

/** Assessments present in the rows and issued packs, for the filter: id and a title made unique with its id's head. */
export function assessmentOptions(rows: readonly Pick<CandidateRow, 'assessmentId' | 'assessmentTitle'>[], groupOf: GroupOf = new Map()): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const id = groupIn(groupOf, r.assessmentId);
    if (!seen.has(id)) seen.set(id, r.assessmentTitle);
  }
  const titles = [...seen.values()];
  return [...seen].map(([id, title]) => ({ id, title: titles.filter((t) => t === title).length > 1 ? `${title} (${id.slice(0, 8)})` : title }));
}
